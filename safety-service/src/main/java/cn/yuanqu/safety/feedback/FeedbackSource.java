package cn.yuanqu.safety.feedback;

import org.eclipse.microprofile.graphql.Description;

/** Where a feedback item comes from. */
@Description("反馈问题来源 / source of a feedback item")
public enum FeedbackSource {
    @Description("中央生态环境保护督察 / central environmental inspection")
    CENTRAL_INSPECTION("中央生态环境保护督察"),
    @Description("省生态环境保护督察 / provincial environmental inspection")
    PROVINCIAL_INSPECTION("省生态环境保护督察"),
    @Description("其他 / other")
    OTHER("其他");

    private final String label;

    FeedbackSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
