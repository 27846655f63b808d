package io.mlgate.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** ISO-8601 times given on the command line. */
final class Times {
    private Times() {
    }

    static Instant parse(String option, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException(option + ": '" + text + "' is not an ISO-8601 time such as 2026-11-22T09:30:00Z");
            }
        }
    }
}
