package io.mlgate.engine.report;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.Status;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** How each {@link Status} looks in human-facing reports: an emoji, a word, a CSS class, and worst-first order. */
final class StatusStyle {
    /** Checks ordered worst status first, policy order kept within a status. */
    static final Comparator<CheckResult> WORST_FIRST =
            Comparator.comparing((CheckResult c) -> c.status().ordinal()).reversed();

    /** Statuses from worst to best, the order summaries list counts in. */
    static final List<Status> WORST_TO_BEST = List.of(Status.ERROR, Status.FAIL, Status.WARN, Status.NO_DATA, Status.PASS);

    private StatusStyle() {
    }

    static String emoji(Status s) {
        return switch (s) {
            case PASS -> "✅";
            case NO_DATA -> "⏸️";
            case WARN -> "⚠️";
            case FAIL -> "❌";
            case ERROR -> "💥";
        };
    }

    /**
     * A symbol for the HTML report that common text fonts carry (colour emoji fonts are often missing where
     * reports are opened or screenshotted), in text presentation.
     */
    static String symbol(Status s) {
        return switch (s) {
            case PASS -> "✓";
            case NO_DATA -> "○";
            case WARN -> "⚠\uFE0E";
            case FAIL -> "✗";
            case ERROR -> "⊘";
        };
    }

    /** The plain word shown next to the emoji, e.g. {@code NO DATA}. */
    static String word(Status s) {
        return s.name().replace('_', ' ');
    }

    /** Emoji and word together: {@code ❌ FAIL}. */
    static String label(Status s) {
        return emoji(s) + " " + word(s);
    }

    /** Lower-case CSS class, e.g. {@code no-data}. */
    static String cssClass(Status s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How a count of checks with this status reads: {@code 2 failed}. */
    static String countPhrase(Status s, long n) {
        return n + " " + switch (s) {
            case PASS -> "passed";
            case NO_DATA -> "no data";
            case WARN -> n == 1 ? "warning" : "warnings";
            case FAIL -> "failed";
            case ERROR -> n == 1 ? "error" : "errors";
        };
    }
}
