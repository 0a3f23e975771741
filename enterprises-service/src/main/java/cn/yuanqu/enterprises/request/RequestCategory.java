package cn.yuanqu.enterprises.request;

import org.eclipse.microprofile.graphql.Description;

/** What an enterprise asks for (诉求类别). */
@Description("诉求类别 / request category")
public enum RequestCategory {
    @Description("用工 / labour")
    LABOUR("用工"),
    @Description("融资 / financing")
    FINANCING("融资"),
    @Description("水电路网气 / utilities and roads")
    UTILITIES("水电路网气"),
    @Description("审批代办 / approvals")
    APPROVAL("审批代办"),
    @Description("政策兑现 / policy payouts")
    POLICY("政策兑现"),
    @Description("劳资纠纷 / labour dispute")
    LABOUR_DISPUTE("劳资纠纷"),
    @Description("其他 / other")
    OTHER("其他");

    private final String label;

    RequestCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
