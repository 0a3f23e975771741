package cn.yuanqu.gateway.enterprises.cultivation;

import org.eclipse.microprofile.graphql.Description;

/** Steps of a cultivation entry. */
@Description("培育状态 / status of a cultivation entry")
public enum CultivationStatus {
    @Description("储备 / in reserve")
    RESERVE,
    @Description("培育中 / being cultivated")
    CULTIVATING,
    @Description("已申报 / applied")
    APPLIED,
    @Description("已认定 / achieved")
    ACHIEVED,
    @Description("退出 / withdrawn")
    WITHDRAWN
}
