package cn.yuanqu.gateway.projects;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A project an enterprise invests in (projects-service). */
@Description("项目（项目服务） / a project, from projects-service")
public record Project(
        @NonNull @Id String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("项目名称 / name") String name,
        @Description("类别名称 / category") String categoryName,
        @Id @Description("投资主体企业ID / investor enterprise id") String investorId,
        @Description("宗地编号 / parcel reference") String parcelRef,
        @NonNull @Description("阶段 / stage") String stage,
        @NonNull @Description("阶段名称，如 在建、竣工 / stage name") String stageName,
        @Description("总投资（元） / total investment") BigDecimal totalInvestment,
        @Description("签约日期 / signed on") LocalDate signedOn,
        @Description("开工日期 / started on") LocalDate startedOn,
        @Description("竣工日期 / completed on") LocalDate completedOn) {
}
