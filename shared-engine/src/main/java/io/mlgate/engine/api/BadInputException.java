package io.mlgate.engine.api;

/**
 * The user's input is wrong: a missing or unreadable file, a malformed policy, a column that is not there.
 * The message is one line that names the file, line or key and what was expected; front ends show it as is
 * (CLI exit code 2) and write no report.
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
