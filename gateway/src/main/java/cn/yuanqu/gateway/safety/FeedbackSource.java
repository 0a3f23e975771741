package cn.yuanqu.gateway.safety;

import org.eclipse.microprofile.graphql.Description;

/** Where a feedback item comes from. */
@Description("反馈问题来源 / source of a feedback item")
public enum FeedbackSource {
    @Description("中央生态环境保护督察 / central environmental inspection")
    CENTRAL_INSPECTION,
    @Description("省生态环境保护督察 / provincial environmental inspection")
    PROVINCIAL_INSPECTION,
    @Description("其他 / other")
    OTHER
}
