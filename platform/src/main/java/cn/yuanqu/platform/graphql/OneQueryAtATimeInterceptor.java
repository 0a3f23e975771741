package cn.yuanqu.platform.graphql;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Chains the {@code Uni}-returning data fetchers of one request on its Vert.x (duplicated) context: each
 * starts when the previous one has finished, so the request's reactive session is used by one of them
 * at a time. Outside a request context it does nothing. Its priority puts it outside the security and
 * validation interceptors, which therefore run in turn too.
 */
@OneQueryAtATime
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class OneQueryAtATimeInterceptor {

    private static final String TAIL = OneQueryAtATimeInterceptor.class.getName() + ".tail";

    @AroundInvoke
    Object inTurn(InvocationContext invocation) throws Exception {
        if (!Uni.class.isAssignableFrom(invocation.getMethod().getReturnType())) {
            return invocation.proceed();
        }
        Context context = Vertx.currentContext();
        if (context == null || !VertxContext.isDuplicatedContext(context)) {
            return invocation.proceed();
        }
        Uni<Void> previous = context.getLocal(TAIL);
        Uni<Object> mine = (previous == null ? Uni.createFrom().voidItem() : previous)
                .onItem().transformToUni(ignored -> proceed(invocation))
                .memoize().indefinitely();
        context.putLocal(TAIL, mine.onItemOrFailure().transform((item, failure) -> null).replaceWithVoid());
        return mine;
    }

    @SuppressWarnings("unchecked")
    private static Uni<Object> proceed(InvocationContext invocation) {
        try {
            return (Uni<Object>) invocation.proceed();
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
    }
}
