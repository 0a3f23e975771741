package cn.yuanqu.enterprises.registry;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact person of an enterprise (联系人). Stored as JSON inside the enterprise row. */
@Description("联系人 / contact person")
@Schema(description = "联系人 / contact person")
public record Contact(
        @NonNull @Description("姓名 / name") @Schema(description = "姓名 / name") String name,
        @Description("职务 / role, e.g. 总经理, 安全员") @Schema(description = "职务 / role") String role,
        @Description("电话 / phone") @Schema(description = "电话 / phone") String phone) {
}
