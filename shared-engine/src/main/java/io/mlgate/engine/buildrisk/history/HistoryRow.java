package io.mlgate.engine.buildrisk.history;

import io.mlgate.engine.api.BadInputException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static io.mlgate.engine.buildrisk.history.HistoryColumns.BRANCH;
import static io.mlgate.engine.buildrisk.history.HistoryColumns.COMMIT;
import static io.mlgate.engine.buildrisk.history.HistoryColumns.DURATION;
import static io.mlgate.engine.buildrisk.history.HistoryColumns.EVENT;
import static io.mlgate.engine.buildrisk.history.HistoryColumns.ID;
import static io.mlgate.engine.buildrisk.history.HistoryColumns.PULL_REQUEST;
import static io.mlgate.engine.buildrisk.history.HistoryColumns.RISK;
import static io.mlgate.engine.buildrisk.history.HistoryColumns.STARTED_AT;
import static io.mlgate.engine.buildrisk.history.HistoryColumns.STATUS;

/**
 * One row of a history file (column → text; a missing or empty value is empty) turned into a {@link Build}; every
 * error names the file, the line and the column.
 */
record HistoryRow(String file, int line, Map<String, String> values) {

    Build toBuild() {
        String status = text(STATUS);
        BuildStatus s = StatusNames.parse(status).orElseThrow(() -> error(STATUS, "unknown status '" + status
                + "'; expected one of " + StatusNames.allowed()));
        try {
            return new Build(required(ID), required(COMMIT), required(BRANCH), s, time(STARTED_AT),
                    whole(DURATION), pullRequest(), event(), risk());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + ":" + line + ": " + e.getMessage());
        }
    }

    private String text(String column) {
        String v = values.get(column);
        return v == null ? "" : v.trim();
    }

    private String required(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            throw error(column, "empty; a value is required");
        }
        return v;
    }

    private Optional<Instant> time(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> canonical = UtcTimes.canonical(v);
        if (canonical.isPresent()) {
            return canonical;
        }
        try {
            return Optional.of(Instant.parse(v));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(OffsetDateTime.parse(v).toInstant());
            } catch (DateTimeParseException e2) {
                throw error(column, "'" + v + "' is not an ISO-8601 time such as 2019-01-04T13:58:14Z");
            }
        }
    }

    private OptionalLong whole(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            double d = Double.parseDouble(v);
            if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) {
                throw error(column, "expected seconds >= 0, got '" + v + "'");
            }
            return OptionalLong.of(Math.round(d));
        } catch (NumberFormatException e) {
            throw error(column, "expected a number of seconds, got '" + v + "'");
        }
    }

    private OptionalInt pullRequest() {
        String v = text(PULL_REQUEST);
        if (v.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1) {
                return OptionalInt.of(n);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw error(PULL_REQUEST, "expected a pull request number >= 1 or nothing, got '" + v + "'");
    }

    private OptionalDouble risk() {
        try {
            return Build.parseRisk(text(RISK));
        } catch (IllegalArgumentException e) {
            throw error(RISK, e.getMessage());
        }
    }

    private Optional<BuildEvent> event() {
        String v = text(EVENT);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(BuildEvent.parse(v).orElseThrow(() -> error(EVENT, "unknown event '" + v
                + "'; expected one of " + BuildEvent.allowed())));
    }

    private BadInputException error(String column, String message) {
        return new BadInputException(file + ":" + line + ": column '" + column + "': " + message);
    }
}
