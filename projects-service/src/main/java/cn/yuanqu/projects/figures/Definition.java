package cn.yuanqu.projects.figures;

import java.util.LinkedHashMap;
import java.util.Map;

/** The name, unit and kind of each figure key of projects-service (docs/projects-service.md). */
record Definition(String name, String unit, boolean rate) {

    static final String SECTION = "projects";

    static final Map<String, Definition> ALL = new LinkedHashMap<>();

    static {
        put("leads.new", "新增招商线索 / new leads", "个", false);
        put("leads.signed", "线索签约 / leads signed", "个", false);
        put("leads.negotiating", "在谈项目 / leads in talks", "个", false);
        put("activities.trips", "外出招商 / promotion trips", "次", false);
        put("activities.receptions", "接待客商 / investors received", "次", false);
        put("activities.events", "推介会 / promotion events", "次", false);
        put("projects.signed", "新签约项目 / projects signed", "个", false);
        put("projects.signedInvestment", "签约总投资 / investment signed", "元", false);
        put("projects.approved", "联审通过 / approved by the joint review", "个", false);
        put("projects.started", "新开工项目 / projects started", "个", false);
        put("projects.startedInvestment", "新开工项目总投资 / investment of the projects started", "元", false);
        put("projects.completed", "竣工项目 / projects completed", "个", false);
        put("projects.inProduction", "投产项目 / projects in production", "个", false);
        put("projects.delivered", "交付使用项目 / projects delivered", "个", false);
        put("projects.terminated", "终止项目 / projects terminated", "个", false);
        put("projects.underConstruction", "在建项目 / projects under construction", "个", false);
        put("projects.signedNotStarted", "签约未开工 / signed, not started", "个", false);
        put("projects.investmentCompleted", "完成投资 / investment completed", "元", false);
        put("projects.pipeKm", "新建管网 / pipes laid", "公里", false);
        put("projects.roadKm", "新建道路 / roads built", "公里", false);
        put("projects.levelledMu", "平整土地 / land levelled", "亩", false);
        put("projects.factoryM2", "新建厂房 / factory floor built", "平方米", false);
        put("projects.avgWorkingDaysToStart", "签约至开工平均工作日 / average working days from signing to start", "工作日", true);
        put("issues.raised", "交办问题 / issues raised", "个", false);
        put("issues.resolved", "解决问题 / issues resolved", "个", false);
        put("issues.overdue", "超期未解决问题 / issues overdue", "个", false);
        put("targets.newStarts", "年度新开工目标 / new-start target of the year", "个", true);
        put("targets.completions", "年度竣工目标 / completion target of the year", "个", true);
        put("targets.fixedAssetInvestment", "年度固定资产投资目标 / fixed-asset investment target", "元", true);
        put("targets.signedInvestment", "年度签约投资目标 / signed-investment target", "元", true);
        put("targets.startsShare", "新开工占年度目标 / starts against the target", "ratio", true);
        put("targets.completionsShare", "竣工占年度目标 / completions against the target", "ratio", true);
        put("targets.investmentShare", "完成投资占年度目标 / investment completed against the target", "ratio", true);
        put("targets.signedInvestmentShare", "签约投资占年度目标 / investment signed against the target", "ratio", true);
    }

    private static void put(String key, String name, String unit, boolean rate) {
        ALL.put(key, new Definition(name, unit, rate));
    }

    static Definition of(String key) {
        Definition d = ALL.get(key);
        if (d == null) {
            throw new IllegalArgumentException("no definition for figure " + key);
        }
        return d;
    }
}
