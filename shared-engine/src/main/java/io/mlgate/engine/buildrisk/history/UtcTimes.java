package io.mlgate.engine.buildrisk.history;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads the one time format a canonical history writes, {@code 2019-01-04T13:58:14Z}, without the general ISO-8601
 * parser (a history has one time per build, and {@code predict} reads them all in a fresh process). Anything else,
 * a bad date included, is left to {@link Instant#parse}, so that the results and the errors are Instant.parse's.
 */
final class UtcTimes {
    private static final int LENGTH = "2019-01-04T13:58:14Z".length();

    private UtcTimes() {
    }

    /** The instant {@code v} names when it is in the canonical form and a valid time; empty otherwise. */
    static Optional<Instant> canonical(String v) {
        if (v.length() != LENGTH || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T'
                || v.charAt(13) != ':' || v.charAt(16) != ':' || v.charAt(19) != 'Z') {
            return Optional.empty();
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 2);
        int day = digits(v, 8, 2);
        int hour = digits(v, 11, 2);
        int minute = digits(v, 14, 2);
        int second = digits(v, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return Optional.empty();
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Optional.of(Instant.ofEpochSecond(days * 86_400 + hour * 3600L + minute * 60L + second));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The decimal number of {@code n} digits at {@code from}; -1 when one is not a digit. */
    private static int digits(String v, int from, int n) {
        int x = 0;
        for (int i = from; i < from + n; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            x = x * 10 + (c - '0');
        }
        return x;
    }
}
