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
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The JDK's SHA-256: a streamed file may be large, and a long run compiles its digest with C2. */
    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The fingerprint of content in memory (by {@link Sha256}, quicker than the JDK's in a short run). */
    public static String sha256(byte[] content) {
        return Sha256.fingerprint(content);
    }

    /** The SHA-256 of {@code content} as 64 lower-case hex digits, without the {@code sha256:} prefix. */
    public static String sha256Hex(byte[] content) {
        return sha256(content).substring("sha256:".length());
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
