package cn.yuanqu.enterprises.registry;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Enterprise ids: name-based UUIDs (RFC 9562 version 5, SHA-1) of {@code park + ":" + creditCode} in
 * Yuanqu's own namespace. Every service, the realm's demo users and the tests can therefore compute
 * the id of a demo enterprise from its park and credit code. The id is fixed at registration and
 * never changes, even if the credit code is corrected later.
 */
public final class EnterpriseIds {

    /** Yuanqu's namespace for enterprise ids. Never change it: ids in every database derive from it. */
    public static final UUID NAMESPACE = UUID.fromString("09937f5a-f145-40b7-a46d-fb9aff6b4cc1");

    private EnterpriseIds() {
    }

    /** The id of the enterprise with this credit code in this park. */
    public static UUID of(String park, String creditCode) {
        return v5(NAMESPACE, park + ":" + creditCode);
    }

    static UUID v5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by the Java platform", e);
        }
        ByteBuffer ns = ByteBuffer.allocate(16);
        ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
        sha1.update(ns.array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
