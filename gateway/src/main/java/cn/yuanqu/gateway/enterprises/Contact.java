package cn.yuanqu.gateway.enterprises;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A contact person of an enterprise. */
@Description("联系人 / contact person")
public record Contact(
        @NonNull @Description("姓名 / name") String name,
        @Description("职务 / role") String role,
        @Description("电话 / phone") String phone) {
}
