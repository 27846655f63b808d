package io.mlgate.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SHA-256 fingerprints of input files, recorded in provenance so a report says exactly what it judged. */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = sha256Digest();
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return of(md);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A SHA-256 digest to feed in parts. */
    public static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The fingerprint ({@code sha256:} and 64 hex digits) of what {@code digest}, a SHA-256, was fed; resets it. */
    public static String of(MessageDigest digest) {
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256(byte[] content) {
        return "sha256:" + sha256Hex(content);
    }

    /** The SHA-256 of {@code content} as 64 lower-case hex digits, without the {@code sha256:} prefix. */
    public static String sha256Hex(byte[] content) {
        return HexFormat.of().formatHex(sha256Digest().digest(content));
    }

    /** Fingerprint of each file, keyed by its path as given, in the order given. */
    public static Map<String, String> of(List<Path> files) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Path f : files) {
            out.put(f.toString(), sha256(f));
        }
        return out;
    }
}
