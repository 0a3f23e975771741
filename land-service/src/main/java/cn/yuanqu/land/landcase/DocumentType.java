package cn.yuanqu.land.landcase;

import org.eclipse.microprofile.graphql.Description;

/** The documents a case issues, one per step of the procedure. */
@Description("处置文书 / document issued")
public enum DocumentType {
    @Description("调查通知书 / notice of investigation")
    INVESTIGATION_NOTICE("调查通知书"),
    @Description("认定书 / determination")
    DETERMINATION("认定书"),
    @Description("告知书 / notice of rights")
    NOTICE_OF_RIGHTS("告知书"),
    @Description("处置决定书 / disposal decision")
    DISPOSAL_DECISION("处置决定书");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
