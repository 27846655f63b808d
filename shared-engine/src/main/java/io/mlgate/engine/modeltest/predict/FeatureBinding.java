package io.mlgate.engine.modeltest.predict;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.data.ColumnInfo;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.model.ColumnRequest;
import io.mlgate.engine.model.FeatureNames;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a model's feature names to data columns (see {@link FeatureNames}): a name equal to a column is a number; a
 * name {@code column=value} is an indicator of a text column. Every column the model needs must be present; a
 * column the model reads as numbers must hold numbers.
 *
 * @param columns what to read: numeric features as numbers, indicator columns as text
 * @param feature for each feature name, its column
 * @param level   for each feature name, its indicator value, or {@code null} for numeric features
 */
record FeatureBinding(List<ColumnRequest> columns, List<String> feature, List<String> level) {

    static FeatureBinding bind(List<String> names, Dataset data, String model) {
        Map<String, ColumnRequest> cols = new LinkedHashMap<>();
        List<String> feature = new ArrayList<>();
        List<String> level = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (data.column(name).isPresent()) {
                cols.putIfAbsent(name, new ColumnRequest(name, ColumnRequest.ReadAs.NUMBER,
                        "feature " + model + " reads as a number"));
                feature.add(name);
                level.add(null);
                continue;
            }
            String col = longestPrefixColumn(name, data);
            if (col == null) {
                missing.add(name);
                feature.add(null);
                level.add(null);
                continue;
            }
            cols.putIfAbsent(col, new ColumnRequest(col, ColumnRequest.ReadAs.TEXT, "feature " + model + " reads as text"));
            feature.add(col);
            level.add(name.substring(col.length() + 1));
        }
        if (!missing.isEmpty()) {
            List<String> shown = missing.subList(0, Math.min(5, missing.size()));
            throw new BadInputException(data.source().location() + ": lacks " + missing.size() + " of the "
                    + names.size() + " features " + model + " was trained on: " + String.join(", ", shown)
                    + (missing.size() > shown.size() ? ", …" : "") + "; data columns: "
                    + String.join(", ", data.columns().stream().map(ColumnInfo::name).toList()));
        }
        return new FeatureBinding(List.copyOf(cols.values()), feature, level);
    }

    private static String longestPrefixColumn(String name, Dataset data) {
        String best = null;
        for (ColumnInfo c : data.columns()) {
            if (name.startsWith(c.name() + FeatureNames.SEPARATOR)
                    && (best == null || c.name().length() > best.length())) {
                best = c.name();
            }
        }
        return best;
    }

    /** The distinct columns, in first-use order. */
    List<String> columnNames() {
        return columns.stream().map(ColumnRequest::name).toList();
    }
}
