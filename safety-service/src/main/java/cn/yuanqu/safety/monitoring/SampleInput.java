package cn.yuanqu.safety.monitoring;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sample pushed by a department or recorded by an officer; point + sampled time identify it. */
@Name("SampleInput")
@Description("监测样品（监测点+采样时间唯一，重复推送幂等） / a sample; point and sampled time identify it")
@Schema(name = "SampleInput", description = "监测样品（监测点+采样时间唯一，重复推送幂等） / a sample")
public record SampleInput(
        @NonNull @NotBlank @Description("监测点ID / monitoring point id") @Schema(required = true) String pointId,
        @NonNull @NotNull @Description("采样时间（带时区，精确到秒） / sampled at, with offset, to the second") @Schema(required = true) OffsetDateTime sampledAt,
        @Size(max = 100) @Description("检测机构 / laboratory") @Schema(maxLength = 100) String laboratory,
        @NonNull @NotEmpty @Size(max = 40) @Description("检测结果 / measurements") @Schema(required = true, minItems = 1, maxItems = 40) List<@NonNull @NotNull @Valid MeasurementInput> measurements) {
}
