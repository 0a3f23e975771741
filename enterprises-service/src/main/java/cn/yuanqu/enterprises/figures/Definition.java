package cn.yuanqu.enterprises.figures;

import java.util.Map;

import cn.yuanqu.enterprises.qualification.QualificationLevel;
import cn.yuanqu.enterprises.qualification.QualificationType;

/** The name, unit and section of each figure key; qualification keys are named from their type and level. */
record Definition(String section, String name, String unit, boolean rate) {

    private static final Map<String, Definition> FIXED = Map.ofEntries(
            Map.entry("enterprises.total", new Definition("enterprises", "在园企业 / enterprises in the park", "家", false)),
            Map.entry("enterprises.aboveScale", new Definition("enterprises", "规上企业 / above-scale enterprises", "家", false)),
            Map.entry("enterprises.newAboveScale", new Definition("enterprises", "新增规上企业 / newly above scale", "家", false)),
            Map.entry("enterprises.settled", new Definition("enterprises", "新入驻企业 / newly settled", "家", false)),
            Map.entry("enterprises.grids", new Definition("service", "服务网格 / service grids of the enterprises in the park", "个", false)),
            Map.entry("cultivation.open", new Definition("enterprises", "培育库在培条目 / open cultivation entries", "个", false)),
            Map.entry("cultivation.entered", new Definition("enterprises", "新纳入培育库 / entered the pool", "个", false)),
            Map.entry("cultivation.achieved", new Definition("enterprises", "培育达成 / cultivation goals achieved", "个", false)),
            Map.entry("requests.received", new Definition("service", "收集诉求 / requests received", "件", false)),
            Map.entry("requests.returned", new Definition("service", "退回诉求 / requests returned", "件", false)),
            Map.entry("requests.closedOfReceived", new Definition("service", "本期诉求已办结 / of those received, closed", "件", false)),
            Map.entry("requests.closed", new Definition("service", "办结诉求 / requests closed in the period", "件", false)),
            Map.entry("requests.overdue", new Definition("service", "超期未办结诉求 / requests overdue", "件", false)),
            Map.entry("requests.closedLate", new Definition("service", "超期办结诉求 / requests closed late", "件", false)),
            Map.entry("requests.closeRate", new Definition("service", "诉求办结率 / share of requests closed", "ratio", true)),
            Map.entry("requests.avgHandlingDays", new Definition("service", "平均办理天数 / average days to close", "天", true)),
            Map.entry("requests.satisfaction", new Definition("service", "平均满意度（1–5） / average satisfaction", "分", true)),
            Map.entry("visits.count", new Definition("service", "走访企业次数 / visits", "次", false)),
            Map.entry("visits.enterprises", new Definition("service", "走访企业数 / enterprises visited", "家", false)),
            Map.entry("agency.received", new Definition("service", "帮代办事项 / matters received", "件", false)),
            Map.entry("agency.closed", new Definition("service", "帮代办办结 / matters closed", "件", false)),
            Map.entry("agency.terminated", new Definition("service", "帮代办终止 / matters terminated", "件", false)),
            Map.entry("agency.overdue", new Definition("service", "帮代办超期 / matters past their promise", "件", false)),
            Map.entry("agency.closeRate", new Definition("service", "帮代办办结率 / share of matters closed", "ratio", true)),
            Map.entry("loans.issuedCount", new Definition("finance", "发放贷款笔数 / loans issued", "笔", false)),
            Map.entry("loans.issuedAmount", new Definition("finance", "发放贷款金额 / amount issued", "元", false)),
            Map.entry("loans.issuedEnterprises", new Definition("finance", "获贷企业数 / enterprises financed", "家", false)),
            Map.entry("loans.outstandingCount", new Definition("finance", "在贷笔数 / loans outstanding", "笔", false)),
            Map.entry("loans.outstandingAmount", new Definition("finance", "在贷余额 / amount outstanding", "元", false)),
            Map.entry("loans.overdueCount", new Definition("finance", "逾期笔数 / loans overdue", "笔", false)),
            Map.entry("loans.overdueAmount", new Definition("finance", "逾期金额 / amount overdue", "元", false)),
            Map.entry("loans.nonPerformingCount", new Definition("finance", "不良笔数 / non-performing loans", "笔", false)),
            Map.entry("loans.nonPerformingAmount", new Definition("finance", "不良金额 / non-performing amount", "元", false)),
            Map.entry("loans.recoveredAmount", new Definition("finance", "追偿回款 / amount recovered", "元", false)),
            Map.entry("loans.recoveredEnterprises", new Definition("finance", "追偿企业数 / enterprises recovered from", "家", false)),
            Map.entry("payouts.count", new Definition("finance", "政策兑现笔数 / payouts", "笔", false)),
            Map.entry("payouts.amount", new Definition("finance", "政策兑现金额 / amount paid out", "元", false)),
            Map.entry("payouts.enterprises", new Definition("finance", "兑现企业数 / enterprises paid", "家", false)));

    static Definition of(String key) {
        Definition fixed = FIXED.get(key);
        if (fixed != null) {
            return fixed;
        }
        // qualifications.valid.TYPE[.LEVEL] and qualifications.awarded.TYPE[.LEVEL]
        String[] parts = key.split("\\.");
        if (parts.length >= 3 && parts[0].equals("qualifications")) {
            QualificationType type = QualificationType.valueOf(parts[2]);
            String level = parts.length > 3 ? QualificationLevel.valueOf(parts[3]).label() : "";
            boolean valid = parts[1].equals("valid");
            return new Definition("enterprises", (valid ? "有效" : "新认定") + level + type.label()
                    + (valid ? " / valid " : " / awarded ") + type.name() + (parts.length > 3 ? " " + parts[3] : ""), "家", false);
        }
        throw new IllegalArgumentException("no definition for figure " + key);
    }
}
