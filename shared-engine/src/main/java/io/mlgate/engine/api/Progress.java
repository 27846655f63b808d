package io.mlgate.engine.api;

/** Where long work reports what it is doing, one short line at a time (the CLI prints these on stderr). */
@FunctionalInterface
public interface Progress {
    Progress SILENT = line -> { };

    void step(String line);
}
