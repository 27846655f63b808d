package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.buildrisk.history.Build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 of builds, field by field and in order: a replay state names the builds it replayed by it, so that a
 * history changed in place (a rerun recorded over an old build, a rewritten file) is told from one that only grew.
 */
final class HistoryDigest {
    private HistoryDigest() {
    }

    static String of(List<Build> builds) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        StringBuilder line = new StringBuilder(160);
        for (Build b : builds) {
            line.setLength(0);
            field(line, b.id());
            field(line, b.commit());
            field(line, b.branch());
            field(line, b.status().name());
            field(line, b.startedAt().map(t -> t.getEpochSecond() + "." + t.getNano()).orElse(""));
            field(line, b.duration().isPresent() ? Long.toString(b.duration().getAsLong()) : "");
            field(line, b.pullRequest().isPresent() ? Integer.toString(b.pullRequest().getAsInt()) : "");
            field(line, b.event().map(Enum::name).orElse(""));
            md.update(line.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Length-prefixed, so that no two different builds give the same text. */
    private static void field(StringBuilder line, String value) {
        line.append(value.length()).append(':').append(value);
    }
}
