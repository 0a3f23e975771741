package cn.yuanqu.safety.hazard;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A hazard as an officer records it in an inspection. {@code criteria} are the codes of the major-hazard
 * criteria it matches: any active one makes it major, whatever {@code level} says.
 */
@Name("HazardInput")
@Description("隐患登记 / a hazard found in an inspection")
@Schema(name = "HazardInput", description = "隐患登记 / a hazard found in an inspection")
public record HazardInput(
        @NonNull @NotBlank @Description("发现隐患的检查记录ID / the inspection it was found in") @Schema(required = true) String inspectionId,
        @NonNull @NotNull @Description("等级（命中重大隐患判定标准时自动为重大） / level") @Schema(required = true) HazardLevel level,
        @DefaultValue("[]") @Size(max = 20) @Description("命中的重大隐患判定标准编号 / codes of the major-hazard criteria matched") List<@NotBlank String> criteria,
        @NonNull @NotBlank @Size(max = 50) @Description("隐患类别，如 消防通道、电气线路、特种作业 / category") @Schema(required = true, maxLength = 50) String category,
        @Size(max = 200) @Description("部位 / location") @Schema(maxLength = 200) String location,
        @NonNull @NotBlank @Size(max = 2000) @Description("隐患描述 / description") @Schema(required = true, maxLength = 2000) String description,
        @NonNull @NotNull @Description("整改期限 / deadline") @Schema(required = true) LocalDate deadline,
        @NonNull @NotBlank @Size(max = 50) @Description("整改责任人 / responsible person") @Schema(required = true, maxLength = 50) String responsiblePerson,
        @Description("下达的文书 / notice issued") NoticeType noticeType,
        @Size(max = 50) @Description("文书编号（园区内唯一） / notice number, unique in the park") @Schema(maxLength = 50) String noticeNo) {
}
