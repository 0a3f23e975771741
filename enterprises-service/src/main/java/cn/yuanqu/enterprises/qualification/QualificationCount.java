package cn.yuanqu.enterprises.qualification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many qualifications of a type and level are in force on a date. */
@Description("有效资质数 / qualifications in force, by type and level")
@Schema(description = "有效资质数 / qualifications in force, by type and level")
public record QualificationCount(
        @NonNull @Description("类型 / type") QualificationType type,
        @NonNull @Description("类型名称 / type name") String typeName,
        @NonNull @Description("级别 / level") QualificationLevel level,
        @NonNull @Description("企业数 / enterprises") Long count) {
}
