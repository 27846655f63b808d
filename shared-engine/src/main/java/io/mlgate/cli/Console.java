package io.mlgate.cli;

import io.mlgate.engine.api.Progress;

import java.io.PrintStream;

/** The two streams a command writes to: results on {@code out}, progress and errors on {@code err}. */
public record Console(PrintStream out, PrintStream err, boolean quiet) {

    public Progress progress() {
        return quiet ? Progress.SILENT : line -> err.println("mlgate: " + line);
    }

    public void error(String message) {
        err.println("mlgate: error: " + message);
    }
}
