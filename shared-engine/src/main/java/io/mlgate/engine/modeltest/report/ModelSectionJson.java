package io.mlgate.engine.modeltest.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.modeltest.metrics.Curves;
import io.mlgate.engine.modeltest.metrics.MetricValue;

import java.util.List;

/** The section's {@code data}: numbers as JSON numbers, undefined values as null. */
final class ModelSectionJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ModelSectionJson() {
    }

    static JsonNode of(ModelResults r) {
        ObjectNode o = NODES.objectNode();
        o.put("task", r.task().yamlName());
        o.put("model", r.model());
        o.set("baseline", r.baseline().map(NODES::textNode).map(JsonNode.class::cast).orElse(NODES.nullNode()));
        o.put("rows", r.rows());
        ArrayNode classes = o.putArray("classes");
        r.classes().forEach(classes::add);
        o.set("positiveClass", r.positiveClass().map(NODES::textNode).map(JsonNode.class::cast).orElse(NODES.nullNode()));
        ObjectNode b = o.putObject("bootstrap");
        b.put("method", "poisson");
        b.put("resamples", r.bootstrap().resamples());
        b.put("confidence", r.bootstrap().confidence());
        b.put("seed", r.bootstrap().seed());
        ArrayNode metrics = o.putArray("metrics");
        for (int i = 0; i < r.metrics().size(); i++) {
            ObjectNode m = value(r.metrics().get(i));
            m.set("baseline", r.baselineMetrics().isEmpty() ? NODES.nullNode() : value(r.baselineMetrics().get(i)));
            m.set("difference", r.differences().isEmpty() ? NODES.nullNode() : value(r.differences().get(i)));
            metrics.add(m);
        }
        if (r.confusion().length == 0) {
            o.putNull("confusionMatrix");
        } else {
            ObjectNode cm = o.putObject("confusionMatrix");
            ArrayNode names = cm.putArray("classes");
            r.classes().forEach(names::add);
            ArrayNode counts = cm.putArray("counts");
            for (double[] row : r.confusion()) {
                ArrayNode a = counts.addArray();
                for (double v : row) {
                    a.add((long) v);
                }
            }
        }
        ArrayNode curves = o.putArray("curves");
        for (ClassCurves c : r.curves()) {
            ObjectNode n = curves.addObject();
            n.put("class", c.cls());
            points(n.putArray("roc"), c.roc());
            points(n.putArray("pr"), c.pr());
        }
        ArrayNode cal = o.putArray("calibration");
        for (Curves.CalibrationBin bin : r.calibration()) {
            cal.addObject().put("lower", bin.lower()).put("upper", bin.upper()).put("count", bin.count())
                    .put("confidence", bin.confidence()).put("accuracy", bin.accuracy());
        }
        ArrayNode notes = o.putArray("notes");
        r.notes().forEach(notes::add);
        ObjectNode timing = o.putObject("timing");
        timing.put("predictMillis", r.predictMillis());
        timing.set("rowsPerSecond", num(r.rowsPerSecond()));
        return o;
    }

    static ObjectNode value(MetricValue v) {
        ObjectNode m = NODES.objectNode();
        m.put("metric", v.id().toString());
        m.set("value", num(v.value()));
        m.set("lower", num(v.lower()));
        m.set("upper", num(v.upper()));
        return m;
    }

    static JsonNode num(double v) {
        return Double.isFinite(v) ? NODES.numberNode(v) : NODES.nullNode();
    }

    private static void points(ArrayNode a, List<Curves.Point> pts) {
        pts.forEach(p -> a.addArray().add(p.x()).add(p.y()));
    }
}
