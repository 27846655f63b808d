package io.mlgate.engine.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The judged outcome of one check.
 *
 * @param id          stable identifier, unique within a report (used as the JUnit test-case name)
 * @param kind        check kind as written in policy, e.g. {@code completeness}
 * @param target      what was checked: a column, a column list, or the dataset name
 * @param level       how much a failure matters
 * @param status      the verdict
 * @param measured    measured value: a number, a string or {@code null} when nothing could be measured
 * @param threshold   what the value was judged against, in words ({@code ">= 0.99"})
 * @param message     one sentence for a person
 * @param examples    up to N offending rows (column → value), empty when not applicable
 * @param provenance  how the value was computed
 * @param origin      where the check was declared (policy or schema file and line), or {@code null}
 */
public record CheckResult(
        String id,
        String kind,
        String target,
        Level level,
        Status status,
        Object measured,
        String threshold,
        String message,
        List<Map<String, Object>> examples,
        Provenance provenance,
        SourceLocation origin) {

    /** A check result with no known declaration site. */
    public CheckResult(String id, String kind, String target, Level level, Status status, Object measured,
                       String threshold, String message, List<Map<String, Object>> examples, Provenance provenance) {
        this(id, kind, target, level, status, measured, threshold, message, examples, provenance, null);
    }

    public CheckResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(provenance, "provenance");
        if (measured != null && !(measured instanceof Number || measured instanceof String || measured instanceof Boolean)) {
            throw new IllegalArgumentException("measured must be a number, string or boolean, not " + measured.getClass());
        }
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    /** Whether this check counts as a failure in test reports (JUnit): FAIL and ERROR do, WARN does not. */
    public boolean isFailure() {
        return status == Status.FAIL || status == Status.ERROR;
    }
}
