package cn.yuanqu.platform.graphql;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * On a {@code @GraphQLApi} class: its data fetchers that return a {@code Uni} run one after another
 * within a request instead of all at once. GraphQL executes the fields of a query in parallel, but
 * they share the request's Hibernate Reactive session, which must never be used concurrently
 * (quarkusio/quarkus#32870). See {@link OneQueryAtATimeInterceptor}.
 */
@InterceptorBinding
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface OneQueryAtATime {
}
