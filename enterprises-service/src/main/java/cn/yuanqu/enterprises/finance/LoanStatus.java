package cn.yuanqu.enterprises.finance;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;

/**
 * The state machine of a loan. Overdue (逾期) is not a state: it is computed from the due date.
 * <pre>
 * 在贷 ACTIVE           → 已结清 REPAID, 不良 NON_PERFORMING (风险池代偿，转入追偿)
 * 不良 NON_PERFORMING   → 追偿终结 SETTLED (recovered in full or closed after recovery)
 * 已结清 REPAID, 追偿终结 SETTLED → (final)
 * </pre>
 */
@Description("贷款状态 / loan status")
public enum LoanStatus {
    @Description("在贷 / outstanding")
    ACTIVE("在贷"),
    @Description("已结清 / repaid")
    REPAID("已结清"),
    @Description("不良（追偿中） / non-performing, being recovered")
    NON_PERFORMING("不良"),
    @Description("追偿终结 / recovery settled")
    SETTLED("追偿终结");

    private static final Map<LoanStatus, Set<LoanStatus>> NEXT = Map.of(
            ACTIVE, EnumSet.of(REPAID, NON_PERFORMING),
            NON_PERFORMING, EnumSet.of(SETTLED),
            REPAID, EnumSet.noneOf(LoanStatus.class),
            SETTLED, EnumSet.noneOf(LoanStatus.class));

    private final String label;

    LoanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canMoveTo(LoanStatus target) {
        return NEXT.get(this).contains(target);
    }

    public Set<LoanStatus> next() {
        return Set.copyOf(NEXT.get(this));
    }
}
