package cn.yuanqu.platform.error;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * The REST answers of refused requests, all as RFC 9457 problem details: domain exceptions with
 * their status, Bean Validation failures as 400 naming each field, unreadable JSON bodies as 400
 * naming the field, optimistic-lock failures as 409. Security exceptions keep Quarkus's 401/403.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(DomainException e) {
        return problem(e.toProblem());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Violation> violations = e.getConstraintViolations().stream().map(ViolationMessages::of)
                .sorted(java.util.Comparator.comparing(Violation::field)).toList();
        return problem(new InvalidInputException(violations).toProblem());
    }

    @ServerExceptionMapper
    public Response unreadable(MismatchedInputException e) {
        return problem(new InvalidInputException(List.of(jsonViolation(e))).toProblem());
    }

    @ServerExceptionMapper
    public Response unreadable(InvalidFormatException e) {
        return problem(new InvalidInputException(List.of(jsonViolation(e))).toProblem());
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        Violation v = e instanceof JsonMappingException m ? jsonViolation(m)
                : new Violation("", "Json", "请求体不是有效的 JSON", "the request body is not valid JSON");
        return problem(new InvalidInputException(List.of(v)).toProblem());
    }

    @ServerExceptionMapper
    public Response stale(StaleStateException e) {
        return staleProblem(e);
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e) {
        return staleProblem(e);
    }

    private static Response staleProblem(Exception e) {
        String id = UUID.randomUUID().toString();
        LOG.debugf(e, "concurrent update refused (%s)", id);
        return problem(Problem.of(409, "stale-version", "版本冲突", "Stale version",
                "记录已被他人同时修改，请刷新后重试 / the record was changed concurrently; reload and retry", null)
                .withInstance("urn:uuid:" + id));
    }

    static Violation jsonViolation(JsonMappingException e) {
        String field = JsonPaths.of(e.getPath());
        if (e instanceof InvalidFormatException f) {
            String type = f.getTargetType() == null ? "value" : f.getTargetType().getSimpleName();
            String allowed = f.getTargetType() != null && f.getTargetType().isEnum()
                    ? "，可选：" + java.util.Arrays.toString(f.getTargetType().getEnumConstants()) : "";
            String allowedEn = allowed.isEmpty() ? "" : "; one of " + java.util.Arrays.toString(f.getTargetType().getEnumConstants());
            return new Violation(field, "Type", "值 " + f.getValue() + " 不是有效的 " + type + allowed,
                    "value " + f.getValue() + " is not a valid " + type + allowedEn);
        }
        return new Violation(field, "Type", "类型或格式不正确", "wrong type or format");
    }

    static Response problem(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
