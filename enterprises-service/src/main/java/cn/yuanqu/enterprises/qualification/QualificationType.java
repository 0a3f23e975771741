package cn.yuanqu.enterprises.qualification;

import org.eclipse.microprofile.graphql.Description;

/**
 * Kinds of qualification and honour (资质荣誉) with their usual validity. A {@code null} validity
 * means the title has no fixed term (it stays until revoked or re-evaluated). The validity of an
 * award can always be given explicitly.
 */
@Description("资质荣誉类型 / qualification or honour type")
public enum QualificationType {
    @Description("科技型中小企业（每年评价入库） / technology-based SME (registered yearly)")
    TECH_SME("科技型中小企业", 1),
    @Description("创新型中小企业 / innovative SME")
    INNOVATIVE_SME("创新型中小企业", 3),
    @Description("专精特新中小企业 / specialised, refined, distinctive and innovative SME")
    SPECIALIZED_SME("专精特新中小企业", 3),
    @Description("专精特新“小巨人” / specialised and innovative 'little giant'")
    LITTLE_GIANT("专精特新“小巨人”", 3),
    @Description("高新技术企业（证书3年） / high and new technology enterprise (3-year certificate)")
    HIGH_TECH("高新技术企业", 3),
    @Description("瞪羚企业 / gazelle enterprise")
    GAZELLE("瞪羚企业", 3),
    @Description("潜在瞪羚企业 / potential gazelle enterprise")
    POTENTIAL_GAZELLE("潜在瞪羚企业", 3),
    @Description("企业技术中心 / enterprise technology centre")
    TECH_CENTER("企业技术中心", null),
    @Description("工业设计中心 / industrial design centre")
    DESIGN_CENTER("工业设计中心", null),
    @Description("绿色工厂（绿色制造名单） / green factory (green manufacturing list)")
    GREEN_FACTORY("绿色工厂", null),
    @Description("智能工厂 / smart factory")
    SMART_FACTORY("智能工厂", null),
    @Description("数智工厂 / digital-intelligent factory")
    DIGITAL_FACTORY("数智工厂", null),
    @Description("小灯塔企业 / 'little lighthouse' enterprise")
    LIGHTHOUSE("小灯塔企业", null);

    private final String label;
    private final Integer validityYears;

    QualificationType(String label, Integer validityYears) {
        this.label = label;
        this.validityYears = validityYears;
    }

    /** Chinese name. */
    public String label() {
        return label;
    }

    /** Usual validity in years, or null when the title has no fixed term. */
    public Integer validityYears() {
        return validityYears;
    }
}
