package io.mlgate.spark;

import io.mlgate.engine.api.BadInputException;

import java.io.FileNotFoundException;

/** Spark's exceptions as the one line a user needs. */
final class SparkErrors {
    private SparkErrors() {
    }

    /** The first meaningful line of the innermost Spark error that has a message. */
    static String firstLine(Throwable e) {
        Throwable t = e;
        String best = message(e);
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (isSparkError(t) && message(t) != null) {
                best = message(t);
            }
        }
        return best == null ? e.toString() : best;
    }

    /**
     * A query over {@code location} failed: Spark rejecting the SQL itself (analysis or parse error) is a bug in SQL
     * mlgate built, an internal error; anything else is bad input, {@link #badInput}.
     */
    static RuntimeException of(Throwable e, String location) {
        String cls = e.getClass().getName();
        if (cls.equals("org.apache.spark.sql.AnalysisException") || cls.endsWith(".ParseException")) {
            return new IllegalStateException("Spark rejected SQL built by mlgate: " + firstLine(e), e);
        }
        return badInput(e, location);
    }

    /** A one-line {@link BadInputException} for a failure reading {@code location}. */
    static BadInputException badInput(Throwable e, String location) {
        String line = firstLine(e);
        if (line.contains("PATH_NOT_FOUND") || rootCause(e) instanceof FileNotFoundException) {
            return new BadInputException(location + ": no such file or directory", e);
        }
        if (line.contains("MALFORMED_RECORD")) {
            return new BadInputException(location + ": a row does not fit the column types Spark inferred: " + line, e);
        }
        return new BadInputException(location + ": cannot be read: " + line, e);
    }

    private static boolean isSparkError(Throwable t) {
        return t.getClass().getName().startsWith("org.apache.spark");
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        if (m == null) {
            return null;
        }
        return m.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(null);
    }
}
