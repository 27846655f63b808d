package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.io.Fingerprints;

import java.nio.charset.StandardCharsets;
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
        StringBuilder value = new StringBuilder(24);
        for (Build b : builds) {
            field(text, b.id());
            field(text, b.commit());
            field(text, b.branch());
            field(text, b.status().name());
            value.setLength(0);
            if (b.startedAt().isPresent()) {
                value.append(b.startedAt().get().getEpochSecond()).append('.').append(b.startedAt().get().getNano());
            }
            field(text, value);
            value.setLength(0);
            if (b.duration().isPresent()) {
                value.append(b.duration().getAsLong());
            }
            field(text, value);
            value.setLength(0);
            if (b.pullRequest().isPresent()) {
                value.append(b.pullRequest().getAsInt());
            }
            field(text, value);
            field(text, b.event().isPresent() ? b.event().get().name() : "");
            text.append('\n');
        }
        return Fingerprints.sha256Hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Length-prefixed, so that no two different builds give the same text. */
    private static void field(StringBuilder line, CharSequence value) {
        line.append(value.length()).append(':').append(value);
    }
}
