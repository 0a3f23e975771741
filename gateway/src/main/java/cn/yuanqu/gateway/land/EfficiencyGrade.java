package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;

/** A per-mu efficiency class (亩均效益分类). */
@Description("亩均效益分类 / efficiency class")
public enum EfficiencyGrade {
    @Description("A类 优先发展 / class A, to develop first")
    A,
    @Description("B类 支持发展 / class B, to support")
    B,
    @Description("C类 提升发展 / class C, to improve")
    C,
    @Description("D类 限制发展 / class D, to restrict")
    D
}
