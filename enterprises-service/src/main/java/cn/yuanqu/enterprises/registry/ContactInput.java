package cn.yuanqu.enterprises.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact person as entered by a user or a department. */
@Name("ContactInput")
@Description("联系人 / contact person")
@Schema(name = "ContactInput", description = "联系人 / contact person")
public record ContactInput(
        @NonNull @NotBlank @Size(max = 50) @Description("姓名 / name") @Schema(description = "姓名 / name", maxLength = 50) String name,
        @Size(max = 50) @Description("职务 / role") @Schema(description = "职务 / role", maxLength = 50) String role,
        @Pattern(regexp = "^[0-9+\\- ]{5,20}$") @Description("电话（数字、+、-） / phone (digits, +, -)")
        @Schema(description = "电话（数字、+、-） / phone (digits, +, -)", pattern = "^[0-9+\\- ]{5,20}$") String phone) {
}
