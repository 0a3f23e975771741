package cn.yuanqu.gateway.enterprises.visit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.gateway.enterprises.request.RequestCategory;

/** A request an enterprise raised during a visit (enterprises-service's {@code RaisedRequestInput}). */
@Description("走访收集的诉求 / a request raised in a visit")
@Input("RaisedRequestInput")
public record RaisedRequestInput(
        @NonNull @Description("类别 / category") RequestCategory category,
        @NonNull @Description("诉求事项 / what is asked") String title,
        @Description("详细描述 / description") String description) {
}
