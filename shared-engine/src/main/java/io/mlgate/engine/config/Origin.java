package io.mlgate.engine.config;

import io.mlgate.engine.api.BadInputException;

/** Where a setting was written (file, line, column, key path), so later errors can point back at it. */
public record Origin(String file, int line, int column, String path) {

    public static Origin of(YNode node) {
        return new Origin(node.file(), node.line(), node.column(), node.path());
    }

    /** For settings given on the command line rather than in a file. */
    public static Origin commandLine(String option) {
        return new Origin("command line", 0, 0, option);
    }

    /** The location for reports, or {@code null} when the setting came from no file line (command line, defaults). */
    public io.mlgate.engine.api.SourceLocation location() {
        return line < 1 ? null : new io.mlgate.engine.api.SourceLocation(file, line, column);
    }

    public BadInputException error(String message) {
        String where = line == 0 ? file : file + ":" + line + ":" + column;
        return new BadInputException(where + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }
}
