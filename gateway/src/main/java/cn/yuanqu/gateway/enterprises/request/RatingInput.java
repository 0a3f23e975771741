package cn.yuanqu.gateway.enterprises.request;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The enterprise's rating of a closed request. */
@Description("满意度评价 / rating of a closed request")
@Input("RatingInput")
public record RatingInput(
        @NonNull @Description("满意度 1（很不满意）至 5（非常满意） / satisfaction 1–5") Integer satisfaction,
        @Description("评价意见（≤500字） / comment") String comment,
        @Description("评价日期，默认今天 / rated on, default today") LocalDate ratedOn) {
}
