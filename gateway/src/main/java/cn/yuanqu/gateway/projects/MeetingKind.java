package cn.yuanqu.gateway.projects;

import org.eclipse.microprofile.graphql.Description;

/** The project office's meetings: 每日一通报、每周一调度、每月一现场办公, and the joint review. */
@Description("会议类型 / meeting kind")
public enum MeetingKind {
    @Description("每日通报 / daily briefing")
    DAILY_BRIEFING,
    @Description("每周调度 / weekly scheduling meeting")
    WEEKLY_SCHEDULING,
    @Description("每月现场办公 / monthly on-site office")
    MONTHLY_SITE_OFFICE,
    @Description("联审会议 / joint review (approves projects)")
    JOINT_REVIEW
}
