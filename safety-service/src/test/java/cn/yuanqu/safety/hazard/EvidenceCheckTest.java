package cn.yuanqu.safety.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import cn.yuanqu.platform.error.RuleViolationException;

/** The evidence file rules, on bytes: types recognised by content, the 10 MB cap, the declared type's parameters. */
class EvidenceCheckTest {

    @Test
    void typesAreRecognisedByTheirContent() {
        assertThat(EvidenceTypes.detect(EvidenceFileTest.jpeg(10))).contains("image/jpeg");
        assertThat(EvidenceTypes.detect(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0 })).contains("image/png");
        assertThat(EvidenceTypes.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
        assertThat(EvidenceTypes.detect("<html>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(EvidenceTypes.detect(new byte[] { (byte) 0xFF })).isEmpty();
        assertThat(EvidenceService.declared("image/jpeg; charset=ISO-8859-1")).isEqualTo("image/jpeg");
    }

    @Test
    void emptyOversizedAndMismatchedFilesAreRefused() {
        assertThatThrownBy(() -> EvidenceService.check("a.jpg", "image/jpeg", new byte[0]))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("file");
        assertThatThrownBy(() -> EvidenceService.check("a.jpg", "image/jpeg", EvidenceFileTest.jpeg(EvidenceTypes.MAX_BYTES + 1)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("MaxSize"));
        assertThatThrownBy(() -> EvidenceService.check("a.pdf", "application/pdf", EvidenceFileTest.jpeg(100)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("Type"));
        EvidenceService.check("a.jpg", "image/jpeg", EvidenceFileTest.jpeg(EvidenceTypes.MAX_BYTES));
    }
}
