package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.buildrisk.history.Build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
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
        StringBuilder text = new StringBuilder(builds.size() * 120);
        for (Build b : builds) {
            field(text, b.id());
            field(text, b.commit());
            field(text, b.branch());
            field(text, b.status().name());
            Instant t = b.startedAt().orElse(null);
            field(text, t == null ? "" : t.getEpochSecond() + "." + t.getNano());
            field(text, b.duration().isPresent() ? Long.toString(b.duration().getAsLong()) : "");
            field(text, b.pullRequest().isPresent() ? Integer.toString(b.pullRequest().getAsInt()) : "");
            field(text, b.event().isPresent() ? b.event().get().name() : "");
            text.append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Length-prefixed, so that no two different builds give the same text. */
    private static void field(StringBuilder line, String value) {
        line.append(value.length()).append(':').append(value);
    }
}
