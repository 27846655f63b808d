package io.mlgate.engine.drift;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.drift.policy.ColumnPolicy;
import io.mlgate.engine.drift.policy.DriftPolicy;
import io.mlgate.engine.drift.policy.NamedColumn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks, before any scan, that the two sides can be compared: every column the policy names exists, both sides
 * have the same columns apart from those in {@code exclude}, and each column's types are compatible (any two numeric
 * types, otherwise the same type). Any failure is bad input naming the columns.
 */
final class ColumnSets {
    private ColumnSets() {
    }

    /** The columns to compare, in the current data's order. */
    static List<String> compared(Map<String, ColumnType> reference, Map<String, ColumnType> current, DriftPolicy policy,
                                 String refName, String curName) {
        Set<String> all = new java.util.LinkedHashSet<>(current.keySet());
        all.addAll(reference.keySet());
        List<NamedColumn> named = new ArrayList<>(policy.exclude());
        policy.label().ifPresent(named::add);
        policy.prediction().ifPresent(named::add);
        policy.columns().values().stream().map(ColumnPolicy::column).forEach(named::add);
        for (NamedColumn n : named) {
            if (!all.contains(n.name())) {
                throw n.origin().error("no column '" + n.name() + "' in " + refName + " or " + curName + "; columns: "
                        + String.join(", ", all));
            }
        }
        Set<String> excluded = policy.exclude().stream().map(NamedColumn::name).collect(Collectors.toSet());
        List<String> onlyRef = reference.keySet().stream().filter(c -> !current.containsKey(c) && !excluded.contains(c)).toList();
        List<String> onlyCur = current.keySet().stream().filter(c -> !reference.containsKey(c) && !excluded.contains(c)).toList();
        if (!onlyRef.isEmpty() || !onlyCur.isEmpty()) {
            List<String> parts = new ArrayList<>();
            if (!onlyRef.isEmpty()) {
                parts.add("only in the reference (" + refName + "): " + String.join(", ", onlyRef));
            }
            if (!onlyCur.isEmpty()) {
                parts.add("only in the current data (" + curName + "): " + String.join(", ", onlyCur));
            }
            throw new BadInputException("the reference and the current data have different columns: "
                    + String.join("; ", parts) + " (list columns to leave out under drift.exclude in the policy)");
        }
        Map<String, ColumnType> compared = new LinkedHashMap<>();
        current.forEach((name, type) -> {
            if (!excluded.contains(name)) {
                compared.put(name, type);
            }
        });
        for (Map.Entry<String, ColumnType> e : compared.entrySet()) {
            ColumnType r = reference.get(e.getKey());
            ColumnType c = e.getValue();
            if (r != c && !(r.isNumeric() && c.isNumeric())) {
                throw new BadInputException("column '" + e.getKey() + "' is " + r.yamlName() + " in the reference ("
                        + refName + ") but " + c.yamlName() + " in the current data (" + curName
                        + "); drift compares like with like (list it under drift.exclude to leave it out)");
            }
        }
        return List.copyOf(compared.keySet());
    }
}
