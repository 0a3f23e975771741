package cn.yuanqu.safety.feedback;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.graphql.OneQueryAtATime;

/** Feedback items in the subgraph. Thin: delegates to {@link FeedbackService}. */
@GraphQLApi
@OneQueryAtATime
public class FeedbackGraphQLApi {

    private final FeedbackService service;

    public FeedbackGraphQLApi(FeedbackService service) {
        this.service = service;
    }

    @Query("feedbackItems")
    @Description("督察反馈问题清单 / inspection-feedback items")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull FeedbackView>> feedbackItems(String park, FeedbackStatus status,
            FeedbackSource source, Boolean overdue) {
        return service.list(park, status, source, overdue);
    }

    @Mutation("recordFeedbackItem")
    @Description("登记督察反馈问题 / record a feedback item")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull FeedbackView> recordFeedbackItem(String park, @NonNull @Valid FeedbackInput input) {
        return service.record(park, input);
    }

    @Mutation("moveFeedbackItem")
    @Description("已整改、销号或退回 / rectified, closed or sent back")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull FeedbackView> moveFeedbackItem(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid FeedbackStepInput step) {
        return service.move(id, version, step);
    }
}
