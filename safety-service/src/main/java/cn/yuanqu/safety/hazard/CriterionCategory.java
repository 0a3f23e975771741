package cn.yuanqu.safety.hazard;

import org.eclipse.microprofile.graphql.Description;

/** The three parts of the 2023 major-hazard criteria. */
@Description("判定标准类别 / criterion category")
public enum CriterionCategory {
    @Description("管理类 / management")
    MANAGEMENT("管理类"),
    @Description("行业类 / industry")
    INDUSTRY("行业类"),
    @Description("专项类 / special")
    SPECIAL("专项类");

    private final String label;

    CriterionCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
