package io.mlgate.engine.config;

/**
 * A node of a YAML document with its position: a mapping, a sequence or a scalar.
 * {@code path} is the key path from the document root, e.g. {@code data.checks[2].level}.
 */
public sealed interface YNode permits YMap, YList, YScalar {
    String file();

    int line();

    int column();

    String path();

    /** What kind of node this is, in words, for error messages. */
    String describe();

    /** A {@link io.mlgate.engine.api.BadInputException} naming this node's file, line and path. */
    default io.mlgate.engine.api.BadInputException error(String message) {
        return new io.mlgate.engine.api.BadInputException(
                file() + ":" + line() + ":" + column() + ": " + (path().isEmpty() ? "" : path() + ": ") + message);
    }

    default YMap asMap() {
        if (this instanceof YMap m) {
            return m;
        }
        throw error("expected a mapping of keys to values, got " + describe());
    }

    default YList asList() {
        if (this instanceof YList l) {
            return l;
        }
        throw error("expected a list, got " + describe());
    }

    default YScalar asScalar() {
        if (this instanceof YScalar s) {
            return s;
        }
        throw error("expected a single value, got " + describe());
    }
}
