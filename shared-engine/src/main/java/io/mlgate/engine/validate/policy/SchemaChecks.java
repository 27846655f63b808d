package io.mlgate.engine.validate.policy;

import io.mlgate.engine.api.Level;
import io.mlgate.engine.config.Origin;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.validate.Bounds;
import io.mlgate.engine.validate.Check;
import io.mlgate.engine.validate.Check.CheckHeader;
import io.mlgate.engine.validate.checks.AllowedValuesCheck;
import io.mlgate.engine.validate.checks.ColumnPresenceCheck;
import io.mlgate.engine.validate.checks.ColumnTypeCheck;
import io.mlgate.engine.validate.checks.CompletenessCheck;
import io.mlgate.engine.validate.checks.RangeCheck;
import io.mlgate.engine.validate.checks.UniquenessCheck;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a schema into checks for one dataset and environment: every column's presence (unless the environment
 * excuses it) and, for columns present, type, nullability, range, allowed values and uniqueness. All at level
 * {@code error}; ids start with {@code schema:}.
 */
public final class SchemaChecks {
    private SchemaChecks() {
    }

    public static List<Check> compile(DataSchema schema, Dataset dataset, String environment) {
        List<Check> out = new ArrayList<>();
        for (SchemaColumn c : schema.columns()) {
            out.add(new ColumnPresenceCheck(header("column_present", c.name(), c.origin()), c.name(),
                    c.requiredIn(environment)));
            if (dataset.column(c.name()).isEmpty()) {
                continue;
            }
            out.add(new ColumnTypeCheck(header("column_type", c.name(), c.origin()), c.name(), c.type()));
            if (!c.nullable()) {
                out.add(new CompletenessCheck(header("completeness", c.name(), c.origin()), c.name(), 1.0));
            }
            boolean typeFits = dataset.column(c.name()).get().type().isNumeric();
            if ((c.min() != null || c.max() != null) && typeFits) {
                out.add(new RangeCheck(header("range", c.name(), c.origin()), c.name(), new Bounds(c.min(), c.max()), 1.0));
            }
            if (!c.values().isEmpty()) {
                out.add(new AllowedValuesCheck(header("allowed_values", c.name(), c.origin()), c.name(), c.values(), 1.0));
            }
            if (c.unique()) {
                out.add(new UniquenessCheck(header("unique", c.name(), c.origin()), List.of(c.name()), 1.0));
            }
        }
        for (List<String> key : schema.uniqueKeys()) {
            boolean allPresent = key.stream().allMatch(k -> dataset.column(k).isPresent());
            if (allPresent) {
                Origin o = new Origin(schema.file(), 0, 0, "unique_keys");
                out.add(new UniquenessCheck(header("unique", String.join(",", key), o), key, 1.0));
            }
        }
        return out;
    }

    private static CheckHeader header(String kind, String target, Origin origin) {
        return new CheckHeader("schema:" + kind + ":" + target, kind, target, Level.ERROR, origin);
    }
}
