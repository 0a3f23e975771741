package cn.yuanqu.land.figures;

import java.util.LinkedHashMap;
import java.util.Map;

/** The name, unit and kind of each figure key of land-service (docs/land-service.md). */
record Definition(String name, String unit, boolean rate) {

    static final String SECTION = "land";

    static final Map<String, Definition> ALL = new LinkedHashMap<>();

    static {
        put("land.idleParcels", "闲置土地（宗） / idle parcels", "宗", false);
        put("land.idleMu", "闲置土地面积 / idle land", "亩", false);
        put("land.inefficientParcels", "低效用地（宗） / inefficient parcels", "宗", false);
        put("land.inefficientMu", "低效用地面积 / inefficient land", "亩", false);
        put("land.inApprovalParcels", "报批中宗地 / parcels in approval", "宗", false);
        put("land.inApprovalMu", "报批中面积 / land in approval", "亩", false);
        put("land.recoveredParcels", "收回土地（宗） / parcels recovered", "宗", false);
        put("land.recoveredMu", "收回土地面积 / land recovered", "亩", false);
        put("cases.opened", "立案调查 / cases opened", "宗", false);
        put("cases.open", "在办处置案件 / cases under way", "宗", false);
        put("cases.disposed", "处置完成 / cases disposed", "宗", false);
        put("cases.disposedMu", "处置闲置低效用地面积 / area disposed", "亩", false);
        put("cases.revitalisedMu", "盘活土地面积 / area brought back into use", "亩", false);
        put("cases.stockAtStartMu", "期初闲置低效存量 / idle and inefficient stock at the start", "亩", false);
        put("cases.clearedShare", "存量处置率 / share of the stock disposed", "ratio", true);
        put("cases.idleFees", "征缴土地闲置费 / idle fees decided", "元", false);
        put("factories.areaM2", "标准厂房面积 / factory floor area", "平方米", false);
        put("factories.leasedM2", "已出租面积 / area let", "平方米", false);
        put("factories.vacantM2", "空置面积 / area vacant", "平方米", false);
        put("factories.vacancyRate", "空置率 / vacancy rate", "ratio", true);
        put("factories.clearances", "清退腾退（户） / leases cleared or vacated", "户", false);
        put("factories.clearedM2", "清退腾退面积 / area cleared or vacated", "平方米", false);
        put("factories.rentCollected", "收取租金 / rent collected", "元", false);
        put("factories.depositCollected", "收取履约保证金 / deposits collected", "元", false);
        put("factories.propertyFeeCollected", "收取物业费 / property fees collected", "元", false);
        put("factories.arrears", "欠缴租金物业费 / arrears", "元", false);
    }

    private static void put(String key, String name, String unit, boolean rate) {
        ALL.put(key, new Definition(name, unit, rate));
    }
}
