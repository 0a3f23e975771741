package cn.yuanqu.safety.monitoring;

import org.eclipse.microprofile.graphql.Description;

/** Where a monitoring point samples. */
@Description("监测点类型 / kind of monitoring point")
public enum PointKind {
    @Description("雨水排口 / rainwater outlet")
    RAIN_OUTLET("雨水排口"),
    @Description("污水排口 / sewage outlet")
    SEWAGE_OUTLET("污水排口"),
    @Description("车间排口 / workshop outlet")
    WORKSHOP_OUTLET("车间排口"),
    @Description("污水处理厂进出水口 / treatment plant inlet or outlet")
    TREATMENT_PLANT("污水处理厂进出水口"),
    @Description("地表水断面 / surface-water section")
    SURFACE_WATER("地表水断面");

    private final String label;

    PointKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
