package io.mlgate.engine.validate.policy;

import io.mlgate.engine.config.Origin;
import io.mlgate.engine.data.DataSource;

/** A dataset declared in a policy (or on the command line) and where it was declared. */
public record DatasetSpec(String name, DataSource source, Origin origin) {
}
