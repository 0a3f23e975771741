package cn.yuanqu.safety.figures;

import java.util.LinkedHashMap;
import java.util.Map;

/** The name, unit and kind of each figure key of safety-service (docs/safety-service.md). */
record Definition(String name, String unit, boolean rate) {

    static final String SECTION = "safety";

    static final Map<String, Definition> ALL = new LinkedHashMap<>();

    static {
        put("campaigns.count", "专项行动 / campaigns", "次", false);
        put("inspections.total", "检查 / inspections", "次", false);
        put("inspections.daily", "日常检查 / routine inspections", "次", false);
        put("inspections.specialRemediation", "专项整治检查 / special remediation inspections", "次", false);
        put("inspections.jointEnforcement", "联合执法 / joint enforcement", "次", false);
        put("inspections.night", "夜查 / night checks", "次", false);
        put("inspections.followUp", "回头看 / follow-up checks", "次", false);
        put("inspections.thirdParty", "第三方/环保管家检查 / third-party checks", "次", false);
        put("inspections.enterprises", "检查企业 / enterprises inspected", "家", false);
        put("hazards.found", "排查隐患 / hazards found", "条", false);
        put("hazards.major", "重大隐患 / major hazards found", "条", false);
        put("hazards.environmental", "监测超标隐患 / hazards raised by exceedances", "条", false);
        put("hazards.closed", "整改销号隐患 / hazards closed", "条", false);
        put("hazards.rectificationRate", "整改率（本期发现已销号） / share of the period's hazards closed", "ratio", true);
        put("hazards.open", "未销号隐患 / hazards open", "条", false);
        put("hazards.overdue", "逾期未整改隐患 / hazards overdue", "条", false);
        put("hazards.majorOpen", "挂牌督办重大隐患 / major hazards under supervision", "条", false);
        put("notices.issued", "下发整改文书 / notices issued", "份", false);
        put("notices.rectification", "整改通知书 / rectification notices", "份", false);
        put("notices.directives", "安全生产指令书 / work-safety directives", "份", false);
        put("notices.supervision", "整改督办单 / supervision orders", "份", false);
        put("escalations.notified", "通报主管部门 / reported to departments", "次", false);
        put("escalations.interviews", "约谈 / interviews", "次", false);
        put("penalties.count", "行政处罚 / penalties", "次", false);
        put("penalties.amount", "罚款金额 / penalty amount", "元", false);
        put("letters.signed", "签订安全生产责任状（本年累计） / responsibility letters of the year", "家", false);
        put("trainings.count", "培训与警示教育 / trainings and warning education", "次", false);
        put("trainings.warningEducation", "警示教育 / warning-education sessions", "次", false);
        put("trainings.attendees", "参训人次 / attendees", "人次", false);
        put("trainings.enterprises", "参训企业 / enterprises trained", "家", false);
        put("drills.count", "应急演练 / emergency drills", "次", false);
        put("drills.participants", "演练参与人次 / drill participants", "人次", false);
        put("samples.count", "监测样品 / samples", "个", false);
        put("samples.indicators", "监测指标项次 / indicators measured", "项次", false);
        put("samples.exceeded", "超标样品 / samples over the limits", "个", false);
        put("samples.exceedances", "超标项次 / measurements over the limits", "项次", false);
        put("feedback.closed", "督察反馈问题销号 / feedback items closed", "个", false);
    }

    private static void put(String key, String name, String unit, boolean rate) {
        ALL.put(key, new Definition(name, unit, rate));
    }
}
