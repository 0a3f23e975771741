package cn.yuanqu.gateway.enterprises;

import org.eclipse.microprofile.graphql.Description;

/** What a recorded enterprise transition changed. */
@Description("变更类型 / kind of recorded change")
public enum TransitionKind {
    @Description("经营状态 / operating status")
    STATUS,
    @Description("规上标志（入规/退规） / above-scale flag")
    SCALE
}
