package io.mlgate.engine.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.Provenance;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * Maps loose values and provenance onto JSON nodes by hand, so the report's shape is decided here and not by
 * Jackson's defaults for records, {@code Instant} or {@code Object}.
 */
final class JsonValues {
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JsonValues() {
    }

    /**
     * A measured value or example cell: numbers, strings and booleans as themselves, {@code null} as null,
     * NaN and infinities as the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}, anything else
     * (dates, times, ...) as its {@code toString()}.
     */
    static JsonNode value(Object v) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? NODES.numberNode(d) : NODES.textNode(Double.toString(d));
        }
        if (v instanceof BigDecimal big) {
            return NODES.numberNode(big);
        }
        if (v instanceof BigInteger big) {
            return NODES.numberNode(big);
        }
        if (v instanceof Number n) {
            return NODES.numberNode(n.longValue());
        }
        return NODES.textNode(v.toString());
    }

    /** A statistic: a finite double as a number, {@code null}, NaN and infinities as null. */
    static JsonNode stat(Double d) {
        return d == null || !Double.isFinite(d) ? NODES.nullNode() : NODES.numberNode(d);
    }

    static JsonNode integer(Integer i) {
        return i == null ? NODES.nullNode() : NODES.numberNode(i);
    }

    static ObjectNode provenance(Provenance p) {
        ObjectNode o = NODES.objectNode();
        o.put("engineVersion", p.engineVersion());
        o.put("algorithmId", p.algorithmId());
        o.put("algorithmVersion", p.algorithmVersion());
        ObjectNode inputs = o.putObject("inputFingerprints");
        for (Map.Entry<String, String> e : p.sortedFingerprints().entrySet()) {
            inputs.put(e.getKey(), e.getValue());
        }
        o.put("time", p.time().toString());
        if (p.seed() == null) {
            o.putNull("seed");
        } else {
            o.put("seed", p.seed());
        }
        return o;
    }
}
