package io.mlgate.engine.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.ColumnProfile;
import io.mlgate.engine.api.DatasetProfile;
import io.mlgate.engine.api.Histogram;
import io.mlgate.engine.api.ValueCount;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/** The {@code profiles} part of the JSON report: datasets, their columns, histograms and top values. */
final class JsonProfiles {
    /** Quantile keys in numeric order ("0.05" before "0.5"), keys that are not numbers after them by text. */
    static final Comparator<String> QUANTILE_ORDER = Comparator
            .comparingDouble(JsonProfiles::quantileKey).thenComparing(Comparator.naturalOrder());

    private JsonProfiles() {
    }

    static ObjectNode dataset(DatasetProfile d) {
        ObjectNode o = JsonValues.NODES.objectNode();
        o.put("name", d.name());
        o.put("location", d.location());
        o.put("rowCount", d.rowCount());
        ArrayNode columns = o.putArray("columns");
        d.columns().forEach(c -> columns.add(column(c)));
        o.set("provenance", JsonValues.provenance(d.provenance()));
        return o;
    }

    static ObjectNode column(ColumnProfile c) {
        ObjectNode o = JsonValues.NODES.objectNode();
        o.put("name", c.name());
        o.put("type", c.type().name());
        o.put("physicalType", c.physicalType());
        o.put("rowCount", c.rowCount());
        o.put("nullCount", c.nullCount());
        o.put("nullFraction", c.nullFraction());
        o.put("distinct", c.distinct());
        o.put("distinctExact", c.distinctExact());
        o.put("min", c.min());
        o.put("max", c.max());
        o.set("mean", JsonValues.stat(c.mean()));
        o.set("stddev", JsonValues.stat(c.stddev()));
        ObjectNode quantiles = o.putObject("quantiles");
        Map<String, Double> sorted = new TreeMap<>(QUANTILE_ORDER);
        sorted.putAll(c.quantiles());
        sorted.forEach((k, v) -> quantiles.set(k, JsonValues.stat(v)));
        ArrayNode top = o.putArray("topValues");
        for (ValueCount vc : c.topValues()) {
            top.addObject().put("value", vc.value()).put("count", vc.count());
        }
        o.set("minLength", JsonValues.integer(c.minLength()));
        o.set("maxLength", JsonValues.integer(c.maxLength()));
        o.set("meanLength", JsonValues.stat(c.meanLength()));
        if (c.histogram() == null) {
            o.putNull("histogram");
        } else {
            o.set("histogram", histogram(c.histogram()));
        }
        return o;
    }

    private static ObjectNode histogram(Histogram h) {
        ObjectNode o = JsonValues.NODES.objectNode();
        ArrayNode edges = o.putArray("edges");
        h.edges().forEach(e -> edges.add(JsonValues.stat(e)));
        ArrayNode counts = o.putArray("counts");
        h.counts().forEach(counts::add);
        return o;
    }

    private static double quantileKey(String key) {
        try {
            return Double.parseDouble(key);
        } catch (NumberFormatException e) {
            return Double.POSITIVE_INFINITY;
        }
    }
}
