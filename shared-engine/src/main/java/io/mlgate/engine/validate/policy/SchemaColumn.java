package io.mlgate.engine.validate.policy;

import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.config.Origin;

import java.util.List;

/**
 * One column of a schema file.
 *
 * @param environments the environments where the column is required; empty means all
 * @param values       allowed values (low-cardinality columns), empty for any
 */
public record SchemaColumn(String name, ColumnType type, boolean nullable, Double min, Double max, List<String> values,
                           boolean unique, List<String> environments, Origin origin) {
    public SchemaColumn {
        values = List.copyOf(values);
        environments = List.copyOf(environments);
    }

    /** Whether the column must be present in the given environment ({@code null}: none chosen). */
    public boolean requiredIn(String environment) {
        return environments.isEmpty() || environment == null || environments.contains(environment);
    }
}
