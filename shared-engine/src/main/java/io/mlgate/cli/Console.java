package io.mlgate.cli;

import io.mlgate.engine.api.Progress;

import java.io.PrintStream;

/** The two streams a command writes to: results on {@code out}, progress and errors on {@code err}. */
public record Console(PrintStream out, PrintStream err, boolean quiet) {

    /** Progress lines on {@code err} (none with {@code -q}); with {@code MLGATE_TRACE=1} each also as a timed trace line. */
    public Progress progress() {
        if (Trace.enabled) {
            return line -> {
                if (!quiet) {
                    err.println("mlgate: " + line);
                }
                Trace.mark(err, line);
            };
        }
        return quiet ? Progress.SILENT : line -> err.println("mlgate: " + line);
    }

    public void error(String message) {
        err.println("mlgate: error: " + message);
    }
}
