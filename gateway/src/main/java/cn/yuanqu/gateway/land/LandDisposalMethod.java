package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;

/** How idle or inefficient land is disposed of (处置方式). */
@Description("闲置低效用地处置方式 / disposal method")
public enum LandDisposalMethod {
    @Description("限期动工 / start within a deadline")
    DEADLINE_START,
    @Description("延长动工期限 / extend the start date")
    EXTEND_START,
    @Description("调整用途或规划条件 / change use or planning conditions")
    CHANGE_USE,
    @Description("临时使用 / temporary use")
    TEMPORARY_USE,
    @Description("征缴闲置费 / levy the idle fee")
    IDLE_FEE,
    @Description("无偿收回 / recover without compensation")
    FREE_RECOVERY,
    @Description("协议收回 / recover by agreement")
    AGREED_RECOVERY,
    @Description("置换土地 / swap land")
    LAND_SWAP,
    @Description("司法拍卖 / judicial auction")
    JUDICIAL_AUCTION,
    @Description("腾笼换鸟 / replace the occupant")
    REPLACEMENT,
    @Description("先租后让 / lease, then transfer")
    LEASE_THEN_TRANSFER,
    @Description("协议转让 / transfer by agreement")
    AGREED_TRANSFER,
    @Description("兼并重组 / merger")
    MERGER,
    @Description("破产重组 / bankruptcy reorganisation")
    BANKRUPTCY_REORGANISATION,
    @Description("充能扩产 / expand capacity")
    CAPACITY_EXPANSION,
    @Description("改造升级 / renovate and upgrade")
    RENOVATION
}
