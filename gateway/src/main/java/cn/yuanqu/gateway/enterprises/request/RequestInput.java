package cn.yuanqu.gateway.enterprises.request;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A request an enterprise puts to the park (诉求). */
@Description("提交诉求 / submit a request")
@Input("RequestInput")
public record RequestInput(
        @Id @Description("企业ID（企业用户可省略） / enterprise id, an enterprise user may omit it") String enterpriseId,
        @NonNull @Description("类别 / category") RequestCategory category,
        @Description("来源，默认按提交人：企业用户为线上平台，部门为部门转办，干部为电话 / channel; defaults by who submits") RequestChannel channel,
        @NonNull @Description("诉求事项（≤200字） / what is asked") String title,
        @Description("详细描述（≤4000字） / description") String description,
        @Description("提交日期，默认今天 / submitted on, default today") LocalDate submittedOn) {
}
