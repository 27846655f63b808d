package io.mlgate.engine.validate.policy;

import io.mlgate.engine.api.ColumnProfile;
import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.api.DatasetProfile;
import io.mlgate.engine.api.ValueCount;
import io.mlgate.engine.config.Origin;

import java.util.ArrayList;
import java.util.List;

/**
 * Proposes a schema from a profile, for a person to review and commit: types; nullability (nullable only where
 * nulls were seen); numeric ranges as observed; allowed values for low-cardinality text, integer and boolean
 * columns (at most {@code maxValues} distinct values, each seen at least twice on average); and uniqueness for
 * key-like columns (integer, text or date, no nulls, every value distinct, more than one row).
 */
public final class SchemaInference {
    private final int maxValues;

    public SchemaInference(int maxValues) {
        this.maxValues = maxValues;
    }

    public DataSchema infer(DatasetProfile profile) {
        List<SchemaColumn> cols = new ArrayList<>();
        Origin origin = new Origin(profile.location(), 0, 0, "");
        for (ColumnProfile c : profile.columns()) {
            boolean numeric = c.type().isNumeric();
            Double min = numeric ? parse(c.min()) : null;
            Double max = numeric ? parse(c.max()) : null;
            cols.add(new SchemaColumn(c.name(), c.type(), c.nullCount() > 0, min, max, allowedValues(c), keyLike(c),
                    List.of(), origin));
        }
        return new DataSchema(cols, List.of(), profile.location());
    }

    private List<String> allowedValues(ColumnProfile c) {
        boolean categorical = c.type() == ColumnType.STRING || c.type() == ColumnType.BOOLEAN
                || c.type() == ColumnType.INTEGER;
        long nonNull = c.rowCount() - c.nullCount();
        if (!categorical || !c.distinctExact() || c.distinct() == 0 || c.distinct() > maxValues
                || c.distinct() > c.topValues().size() || nonNull < 2L * c.distinct()) {
            return List.of();
        }
        return c.topValues().stream().map(ValueCount::value).sorted().toList();
    }

    private static boolean keyLike(ColumnProfile c) {
        boolean keyType = c.type() == ColumnType.INTEGER || c.type() == ColumnType.STRING || c.type() == ColumnType.DATE;
        return keyType && c.distinctExact() && c.nullCount() == 0 && c.rowCount() > 1 && c.distinct() == c.rowCount();
    }

    private static Double parse(String s) {
        try {
            return s == null ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
