package cn.yuanqu.projects.scheduling;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A meeting as recorded. */
@Name("MeetingInput")
@Description("调度会议 / a scheduling meeting")
@Schema(name = "MeetingInput", description = "调度会议 / a scheduling meeting")
public record MeetingInput(
        @NonNull @NotNull @Description("会议类型 / kind") @Schema(required = true) MeetingKind kind,
        @NonNull @NotNull @PastOrPresent @Description("召开日期 / held on") @Schema(required = true) LocalDate heldOn,
        @NonNull @NotBlank @Size(max = 200) @Description("会议名称 / title") @Schema(required = true, maxLength = 200) String title,
        @Size(max = 50) @Description("主持人 / chair") @Schema(maxLength = 50) String chair,
        @Size(max = 1000) @Description("参会人员 / attendees") @Schema(maxLength = 1000) String attendees,
        @Size(max = 4000) @Description("会议纪要 / notes") @Schema(maxLength = 4000) String notes) {
}
