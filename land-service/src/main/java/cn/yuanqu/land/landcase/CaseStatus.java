package cn.yuanqu.land.landcase;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;

/**
 * The procedure of a case (53号令 第九条 to 第十六条, and local practice for the other kinds):
 * <pre>
 * 调查 INVESTIGATING  → 认定, 撤销        (opened with the 调查通知书)
 * 认定 DETERMINED     → 告知, 撤销        (认定书; an idle case records whose cause)
 * 告知 NOTIFIED       → 处置决定, 撤销    (告知书: the holder's rights, hearing)
 * 处置决定 DECIDED     → 执行, 撤销        (处置决定书 with the method)
 * 执行 EXECUTING      → 已处置, 撤销
 * 已处置 DISPOSED, 撤销 WITHDRAWN: final
 * </pre>
 */
@Description("处置案件状态 / case status")
public enum CaseStatus {
    @Description("调查 / under investigation")
    INVESTIGATING("调查"),
    @Description("认定 / determined")
    DETERMINED("认定"),
    @Description("告知 / holder notified")
    NOTIFIED("告知"),
    @Description("处置决定 / disposal decided")
    DECIDED("处置决定"),
    @Description("执行 / being executed")
    EXECUTING("执行"),
    @Description("已处置 / disposed")
    DISPOSED("已处置"),
    @Description("撤销 / withdrawn")
    WITHDRAWN("撤销");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<CaseStatus> next() {
        return switch (this) {
            case INVESTIGATING -> EnumSet.of(DETERMINED, WITHDRAWN);
            case DETERMINED -> EnumSet.of(NOTIFIED, WITHDRAWN);
            case NOTIFIED -> EnumSet.of(DECIDED, WITHDRAWN);
            case DECIDED -> EnumSet.of(EXECUTING, WITHDRAWN);
            case EXECUTING -> EnumSet.of(DISPOSED, WITHDRAWN);
            case DISPOSED, WITHDRAWN -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus to) {
        return next().contains(to);
    }

    public boolean open() {
        return this != DISPOSED && this != WITHDRAWN;
    }

    /** The document a step into this status issues, if one is required. */
    public DocumentType document() {
        return switch (this) {
            case INVESTIGATING -> DocumentType.INVESTIGATION_NOTICE;
            case DETERMINED -> DocumentType.DETERMINATION;
            case NOTIFIED -> DocumentType.NOTICE_OF_RIGHTS;
            case DECIDED -> DocumentType.DISPOSAL_DECISION;
            default -> null;
        };
    }
}
