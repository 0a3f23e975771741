package cn.yuanqu.platform.error;

import java.util.List;

/**
 * A request the domain refuses. REST answers it with {@link Problem} details of {@link #status()};
 * GraphQL with an error whose {@code extensions.code} is {@link #code()} (each subclass carries
 * SmallRye's {@code @ErrorCode}). The message is "中文 / English".
 *
 * <p>Services make the message visible to GraphQL clients with
 * {@code quarkus.smallrye-graphql.show-runtime-exception-message=cn.yuanqu.platform.error.DomainException}
 * plus its subclasses (see {@code platform/README.md}).
 */
public abstract class DomainException extends RuntimeException {

    private final String titleZh;
    private final String titleEn;

    protected DomainException(String messageZh, String messageEn, String titleZh, String titleEn) {
        super(messageZh + " / " + messageEn);
        this.titleZh = titleZh;
        this.titleEn = titleEn;
    }

    /** The HTTP status of the REST answer. */
    public abstract int status();

    /** The stable error code (REST {@code code}, GraphQL {@code extensions.code}). */
    public abstract String code();

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    /** The broken rules, each naming its field. */
    public List<Violation> violations() {
        return List.of();
    }

    /** The REST body. */
    public Problem toProblem() {
        return Problem.of(status(), code(), titleZh, titleEn, getMessage(), violations());
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // expected outcomes of requests, not bugs: no stack traces to build or log
        return this;
    }
}
