package cn.yuanqu.gateway.safety;

import org.eclipse.microprofile.graphql.Description;

/** Where a monitoring point samples. */
@Description("监测点类型 / kind of monitoring point")
public enum PointKind {
    @Description("雨水排口 / rainwater outlet")
    RAIN_OUTLET,
    @Description("污水排口 / sewage outlet")
    SEWAGE_OUTLET,
    @Description("车间排口 / workshop outlet")
    WORKSHOP_OUTLET,
    @Description("污水处理厂进出水口 / treatment plant inlet or outlet")
    TREATMENT_PLANT,
    @Description("地表水断面 / surface-water section")
    SURFACE_WATER
}
