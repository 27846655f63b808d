package io.mlgate.engine.buildrisk.history;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome names CI systems use, mapped onto {@link BuildStatus}. Matching ignores case, so Jenkins'
 * {@code SUCCESS} and GitHub's {@code success} are one name.
 *
 * <table>
 * <caption>mapping</caption>
 * <tr><th>status</th><th>Travis CI</th><th>GitHub Actions conclusion</th><th>Jenkins result</th></tr>
 * <tr><td>passed</td><td>passed</td><td>success, neutral</td><td>SUCCESS</td></tr>
 * <tr><td>failed</td><td>failed</td><td>failure</td><td>FAILURE, UNSTABLE</td></tr>
 * <tr><td>errored</td><td>errored</td><td>timed_out, startup_failure</td><td>-</td></tr>
 * <tr><td>canceled</td><td>canceled</td><td>cancelled, skipped, stale, action_required</td><td>ABORTED, NOT_BUILT</td></tr>
 * </table>
 */
public final class StatusNames {
    private static final Map<String, BuildStatus> NAMES = new LinkedHashMap<>();

    static {
        put(BuildStatus.PASSED, "passed", "success", "neutral");
        put(BuildStatus.FAILED, "failed", "failure", "unstable");
        put(BuildStatus.ERRORED, "errored", "timed_out", "startup_failure");
        put(BuildStatus.CANCELED, "canceled", "cancelled", "aborted", "not_built", "skipped", "stale", "action_required");
    }

    private StatusNames() {
    }

    private static void put(BuildStatus status, String... names) {
        for (String n : names) {
            NAMES.put(n, status);
        }
    }

    /** The status a CI system's outcome name means, if it is one of the known names. */
    public static Optional<BuildStatus> parse(String name) {
        return Optional.ofNullable(NAMES.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    /** Every known name, for error messages. */
    public static String allowed() {
        return String.join(", ", NAMES.keySet());
    }
}
