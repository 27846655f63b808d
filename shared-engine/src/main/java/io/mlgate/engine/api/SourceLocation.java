package io.mlgate.engine.api;

import java.util.Objects;

/** Where in the user's files a check was declared, so front ends can annotate that line (GitHub, IDEs). */
public record SourceLocation(String file, int line, int column) {
    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 0) {
            throw new IllegalArgumentException("line must be >= 1 and column >= 0, got " + line + ":" + column);
        }
    }
}
