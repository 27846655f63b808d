package io.mlgate.engine.modeltest.analysis;

import io.mlgate.engine.model.CategoricalColumn;
import io.mlgate.engine.model.Column;
import io.mlgate.engine.model.NumericColumn;
import io.mlgate.engine.report.ReportValues;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A column as categories: text columns as they are, numbers by their value's text (for group columns read as numbers). */
final class Categories {
    private Categories() {
    }

    static CategoricalColumn of(Column c) {
        if (c instanceof CategoricalColumn cat) {
            return cat;
        }
        double[] v = ((NumericColumn) c).values();
        Map<Double, Integer> codes = new HashMap<>();
        List<String> levels = new ArrayList<>();
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                out[i] = -1;
                continue;
            }
            out[i] = codes.computeIfAbsent(v[i], x -> {
                levels.add(ReportValues.number(x));
                return levels.size() - 1;
            });
        }
        return new CategoricalColumn(c.name(), out, levels);
    }
}
