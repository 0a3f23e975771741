package cn.yuanqu.land.idle;

import org.eclipse.microprofile.graphql.Description;

/**
 * The disposal methods of DESIGN.md: the statutory ones of 53号令 and the local ones the reports use. One
 * list for the rule engine's suggestions and the officers' decisions.
 */
@Description("处置方式 / disposal method")
public enum DisposalMethod {
    @Description("限期动工 / start by a deadline")
    DEADLINE_START("限期动工"),
    @Description("延长动工期限 / extend the start date")
    EXTEND_START("延长动工期限"),
    @Description("调整用途或规划条件 / change use or planning conditions")
    CHANGE_USE("调整用途或规划条件"),
    @Description("临时使用 / temporary use")
    TEMPORARY_USE("临时使用"),
    @Description("征缴闲置费 / idle-land fee")
    IDLE_FEE("征缴闲置费"),
    @Description("无偿收回 / recovery without compensation")
    FREE_RECOVERY("无偿收回"),
    @Description("协议收回 / recovery by agreement")
    AGREED_RECOVERY("协议收回"),
    @Description("置换土地 / land swap")
    LAND_SWAP("置换土地"),
    @Description("司法拍卖 / judicial auction")
    JUDICIAL_AUCTION("司法拍卖"),
    @Description("腾笼换鸟 / replace the occupant")
    REPLACEMENT("腾笼换鸟"),
    @Description("先租后让 / lease, then transfer")
    LEASE_THEN_TRANSFER("先租后让"),
    @Description("协议转让 / transfer by agreement")
    AGREED_TRANSFER("协议转让"),
    @Description("兼并重组 / merger")
    MERGER("兼并重组"),
    @Description("破产重组 / bankruptcy reorganisation")
    BANKRUPTCY_REORGANISATION("破产重组"),
    @Description("充能扩产 / expand capacity")
    CAPACITY_EXPANSION("充能扩产"),
    @Description("改造升级 / renovate and upgrade")
    RENOVATION("改造升级");

    private final String label;

    DisposalMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the land leaves its holder (counted as 收回 in the figures). */
    public boolean recovers() {
        return this == FREE_RECOVERY || this == AGREED_RECOVERY || this == JUDICIAL_AUCTION || this == LAND_SWAP;
    }
}
