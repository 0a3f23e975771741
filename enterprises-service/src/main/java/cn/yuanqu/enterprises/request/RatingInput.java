package cn.yuanqu.enterprises.request;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The enterprise's rating of a closed request (满意度 1–5). */
@Name("RatingInput")
@Description("满意度评价 / rating of a closed request")
@Schema(name = "RatingInput", description = "满意度评价 / rating of a closed request")
public record RatingInput(
        @NonNull @NotNull @Min(1) @Max(5) @Description("满意度 1（很不满意）至 5（非常满意） / satisfaction 1–5") @Schema(required = true, minimum = "1", maximum = "5") Integer satisfaction,
        @Size(max = 500) @Description("评价意见 / comment") @Schema(maxLength = 500) String comment,
        @PastOrPresent @Description("评价日期，默认今天 / rated on, default today") LocalDate ratedOn) {
}
