package cn.yuanqu.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class ErrorModelTest {

    @Test
    void aProblemOmitsAbsentFields() throws Exception {
        String json = new ObjectMapper().writeValueAsString(new NotFoundException("企业", "enterprise", "x").toProblem());
        assertThat(json).contains("\"status\":404", "\"code\":\"not-found\"", "https://yuanqu.cn/problems/not-found")
                .doesNotContain("violations", "instance");
    }

    @Test
    void messagesCarryBothLanguages() {
        assertThat(new ForbiddenException("无权访问园区", "not allowed").getMessage()).isEqualTo("无权访问园区 / not allowed");
        RuleViolationException e = new RuleViolationException(
                List.of(new Violation("effectiveDate", "NotBefore", "太早", "too early")));
        assertThat(e.getMessage()).isEqualTo("effectiveDate: 太早 / effectiveDate: too early");
        assertThat(e.toProblem().violations()).hasSize(1);
        assertThat(e.status()).isEqualTo(422);
    }

    @Test
    void commonConstraintsGetChineseAndEnglishText() {
        Violation size = ViolationMessages.of("grid", "Size", Map.of("min", 0, "max", 50), "size must be…", "x");
        assertThat(size.message()).isEqualTo("长度不能超过 50");
        assertThat(size.messageEn()).isEqualTo("size must be at most 50");
        Violation code = ViolationMessages.of("creditCode", "UnifiedCreditCode", Map.of(), "…", "91310110666007217A");
        assertThat(code.message()).startsWith("统一社会信用代码无效").contains("check character should be T");
        Violation unknown = ViolationMessages.of("x", "SomethingElse", Map.of(), "interpolated", null);
        assertThat(unknown.message()).isEqualTo("interpolated");
    }
}
