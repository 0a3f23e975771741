package cn.yuanqu.safety.hazard;

import java.util.Map;
import java.util.Optional;

/**
 * The evidence file types accepted, recognised by their content (magic bytes), not by what the client
 * says: a file whose bytes do not match its declared type is refused.
 */
public final class EvidenceTypes {

    /** 10 MB per file. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF },
            "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' },
            "application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' });

    private EvidenceTypes() {
    }

    public static boolean accepted(String contentType) {
        return SIGNATURES.containsKey(contentType);
    }

    /** The type the content really is, if it is one of the accepted ones. */
    public static Optional<String> detect(byte[] content) {
        return SIGNATURES.entrySet().stream().filter(e -> startsWith(content, e.getValue())).map(Map.Entry::getKey)
                .findFirst();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
