package cn.yuanqu.enterprises.cultivation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measure taken for an enterprise in the pool (帮扶措施：走访、协调、辅导申报 …). */
@Name("MeasureInput")
@Description("帮扶措施 / a measure taken")
@Schema(name = "Measure", description = "帮扶措施 / a measure taken")
public record MeasureInput(
        @NonNull @NotNull @PastOrPresent @Description("日期 / date") @Schema(required = true) LocalDate on,
        @NonNull @NotBlank @Size(max = 2000) @Description("内容 / what was done") @Schema(required = true, maxLength = 2000) String text) {
}
