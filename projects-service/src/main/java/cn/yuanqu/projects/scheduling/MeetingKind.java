package cn.yuanqu.projects.scheduling;

import org.eclipse.microprofile.graphql.Description;

/** The project office's rhythm: "每日一通报、每周一调度、每月一现场办公", and the joint review. */
@Description("会议类型 / meeting kind")
public enum MeetingKind {
    @Description("每日通报 / daily briefing")
    DAILY_BRIEFING("每日通报"),
    @Description("每周调度 / weekly scheduling meeting")
    WEEKLY_SCHEDULING("每周调度"),
    @Description("每月现场办公 / monthly on-site office")
    MONTHLY_SITE_OFFICE("每月现场办公"),
    @Description("联审会议 / joint review (approves projects)")
    JOINT_REVIEW("联审会议");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
