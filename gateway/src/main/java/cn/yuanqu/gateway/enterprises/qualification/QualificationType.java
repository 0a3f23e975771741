package cn.yuanqu.gateway.enterprises.qualification;

import org.eclipse.microprofile.graphql.Description;

/** Kinds of qualification and honour (资质荣誉). */
@Description("资质荣誉类型 / qualification type")
public enum QualificationType {
    @Description("科技型中小企业 / technology-based SME")
    TECH_SME,
    @Description("创新型中小企业 / innovative SME")
    INNOVATIVE_SME,
    @Description("专精特新中小企业 / specialised, refined, distinctive and novel SME")
    SPECIALIZED_SME,
    @Description("专精特新“小巨人” / little giant")
    LITTLE_GIANT,
    @Description("高新技术企业 / high-tech enterprise")
    HIGH_TECH,
    @Description("瞪羚企业 / gazelle")
    GAZELLE,
    @Description("潜在瞪羚企业 / potential gazelle")
    POTENTIAL_GAZELLE,
    @Description("企业技术中心 / enterprise technology centre")
    TECH_CENTER,
    @Description("工业设计中心 / industrial design centre")
    DESIGN_CENTER,
    @Description("绿色工厂 / green factory")
    GREEN_FACTORY,
    @Description("智能工厂 / smart factory")
    SMART_FACTORY,
    @Description("数智工厂 / digital factory")
    DIGITAL_FACTORY,
    @Description("小灯塔企业 / little lighthouse")
    LIGHTHOUSE
}
