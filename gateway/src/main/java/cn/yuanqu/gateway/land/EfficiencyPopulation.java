package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;

/** Which enterprises an evaluation ranks together (评价对象). */
@Description("亩均效益评价对象 / population evaluated")
public enum EfficiencyPopulation {
    @Description("规上企业 / above designated size")
    ABOVE_SCALE,
    @Description("规下企业 / below designated size")
    BELOW_SCALE
}
