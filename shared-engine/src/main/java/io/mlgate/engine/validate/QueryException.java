package io.mlgate.engine.validate;

/** An engine rejected a query or failed running it; the message is the engine's first meaningful line. */
public final class QueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueryException(String firstLine, Throwable cause) {
        super(firstLine, cause);
    }
}
