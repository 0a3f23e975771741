package cn.yuanqu.land.efficiency;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The classes of 亩均效益评价; differentiated water, power and gas prices follow them. */
@Description("亩均效益分类 / efficiency class")
@Schema(description = "亩均效益分类：A 优先发展、B 支持发展、C 提升发展、D 限制发展 / efficiency class")
@Name("EfficiencyGrade")
public enum Grade {
    @Description("A类 优先发展 / develop first")
    A("优先发展"),
    @Description("B类 支持发展 / support")
    B("支持发展"),
    @Description("C类 提升发展 / improve")
    C("提升发展"),
    @Description("D类 限制发展（倒逼整治） / restrict; candidates for 低效用地 cases")
    D("限制发展");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
