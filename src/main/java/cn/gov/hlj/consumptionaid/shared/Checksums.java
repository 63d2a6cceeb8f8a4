package cn.gov.hlj.consumptionaid.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** File fingerprints: what import batches and attachments record so that a file can be recognised again. */
public final class Checksums {

    private Checksums() {
    }

    /** The SHA-256 of the bytes, as 64 lower-case hex digits. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
