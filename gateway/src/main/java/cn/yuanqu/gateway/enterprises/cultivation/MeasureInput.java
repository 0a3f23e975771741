package cn.yuanqu.gateway.enterprises.cultivation;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A measure taken for an enterprise of the pool (帮扶措施). */
@Description("帮扶措施 / a measure taken")
@Input("MeasureInput")
public record MeasureInput(
        @NonNull @Description("日期 / date") LocalDate on,
        @NonNull @Description("内容（≤2000字） / what was done") String text) {
}
