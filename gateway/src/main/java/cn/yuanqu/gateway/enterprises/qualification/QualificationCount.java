package cn.yuanqu.gateway.enterprises.qualification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Qualifications in force on a date, by type and level. */
@Description("有效资质数（按类型、级别） / qualifications in force, by type and level")
public record QualificationCount(
        @NonNull @Description("类型 / type") QualificationType type,
        @NonNull @Description("类型名称 / type name") String typeName,
        @NonNull @Description("级别 / level") QualificationLevel level,
        @NonNull @Description("企业数 / enterprises") Long count) {
}
