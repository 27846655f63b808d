package io.mlgate.engine.drift.policy;

import io.mlgate.engine.config.Origin;

import java.util.Objects;

/** A column named in the policy, with where it was written, so that a name not in the data can be reported there. */
public record NamedColumn(String name, Origin origin) {
    public NamedColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
    }
}
