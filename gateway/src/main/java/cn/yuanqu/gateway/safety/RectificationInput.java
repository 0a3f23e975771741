package cn.yuanqu.gateway.safety;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What the enterprise did about a hazard: measures, the date, evidence and links. {@code completed} says the
 * rectification is finished and the hazard goes to review (待复查).
 */
@Input("RectificationInput")
@Description("整改情况 / a rectification record")
public record RectificationInput(
        @NonNull @Description("整改日期 / date") LocalDate doneOn,
        @NonNull @Description("整改措施 / measures taken") String measures,
        @Description("佐证说明 / evidence") String evidence,
        @DefaultValue("[]") @Description("佐证链接（照片、视频） / evidence links") List<String> links,
        @NonNull @Description("整改完成，申请复查 / finished: ask for review") Boolean completed) {
}
