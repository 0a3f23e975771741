package cn.yuanqu.safety.duty;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A training or warning-education session with the enterprises that attended. */
@Name("TrainingInput")
@Description("安全培训或警示教育 / a training or warning-education session")
@Schema(name = "TrainingInput", description = "安全培训或警示教育 / a training or warning-education session")
public record TrainingInput(
        @NonNull @NotNull @Description("类型 / kind") @Schema(required = true) TrainingKind kind,
        @NonNull @NotNull @PastOrPresent @Description("日期 / held on") @Schema(required = true) LocalDate heldOn,
        @NonNull @NotBlank @Size(max = 200) @Description("主题 / title") @Schema(required = true, maxLength = 200) String title,
        @Size(max = 100) @Description("组织单位 / organiser") @Schema(maxLength = 100) String organiser,
        @Size(max = 2000) @Description("备注 / notes") @Schema(maxLength = 2000) String notes,
        @NonNull @NotNull @Size(min = 1, max = 500) @Description("参加企业 / the enterprises that attended") @Schema(required = true) List<@NonNull @NotNull @Valid AttendeeInput> attendees) {

    /** An enterprise that attended, with how many of its people. */
    @Name("AttendeeInput")
    @Description("参加企业 / an attending enterprise")
    @Schema(name = "AttendeeInput", description = "参加企业 / an attending enterprise")
    public record AttendeeInput(
            @NonNull @NotBlank @Description("企业ID / enterprise id") @Schema(required = true) String enterpriseId,
            @NonNull @NotNull @Min(1) @Max(10000) @Description("参加人数 / people") @Schema(required = true) Integer people) {
    }
}
