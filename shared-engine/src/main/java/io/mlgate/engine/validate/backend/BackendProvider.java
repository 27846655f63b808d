package io.mlgate.engine.validate.backend;

/**
 * A {@link java.util.ServiceLoader} service for engines that live outside the CLI jar (Spark, in the spark-backend
 * jar): it names its {@link EngineKind} and opens sessions.
 */
public interface BackendProvider {

    EngineKind kind();

    /** A new session as {@code settings} ask. */
    Backend open(BackendSettings settings);
}
