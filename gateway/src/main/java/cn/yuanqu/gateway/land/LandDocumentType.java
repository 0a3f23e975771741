package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;

/** A document issued in a land case (处置文书). */
@Description("处置文书 / document of a land case")
public enum LandDocumentType {
    @Description("调查通知书 / investigation notice")
    INVESTIGATION_NOTICE,
    @Description("认定书 / determination")
    DETERMINATION,
    @Description("告知书 / notice of rights")
    NOTICE_OF_RIGHTS,
    @Description("处置决定书 / disposal decision")
    DISPOSAL_DECISION
}
