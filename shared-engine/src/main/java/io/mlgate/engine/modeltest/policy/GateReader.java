package io.mlgate.engine.modeltest.policy;

import io.mlgate.engine.api.Level;
import io.mlgate.engine.config.Origin;
import io.mlgate.engine.config.YMap;
import io.mlgate.engine.config.YNode;
import io.mlgate.engine.model.ModelTask;
import io.mlgate.engine.modeltest.metrics.MetricKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads {@code model.test.gates}: a list of gates, each {@code gate:} threshold (default), change or challenger. */
final class GateReader {
    private static final Set<String> COMMON = Set.of("gate", "name", "level", "metric", "class");

    private GateReader() {
    }

    static List<GateSpec> read(List<YNode> items, ModelTask task, double confidence) {
        List<GateSpec> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YNode item : items) {
            GateSpec g = one(item.asMap(), task, confidence);
            if (!ids.add(g.id())) {
                throw item.error("two gates are named '" + g.id() + "'; give each a distinct 'name'");
            }
            out.add(g);
        }
        return out;
    }

    private static GateSpec one(YMap m, ModelTask task, double confidence) {
        GateKind kind = m.enumOr("gate", GateKind.class, GateKind.THRESHOLD);
        m.allowOnly(keys(kind));
        MetricRef metric = metric(m, task);
        String id = m.optString("name").orElse(kind.yamlName() + "." + metric);
        Level level = m.enumOr("level", Level.class, Level.ERROR);
        Origin origin = Origin.of(m);
        return switch (kind) {
            case THRESHOLD -> {
                OptionalDouble min = opt(m, "min");
                OptionalDouble max = opt(m, "max");
                if (min.isEmpty() && max.isEmpty()) {
                    throw m.error("a threshold gate needs 'min' and/or 'max'");
                }
                yield new GateSpec.Threshold(id, level, origin, metric, min, max,
                        m.enumOr("bound", Bound.class, Bound.VALUE));
            }
            case CHANGE -> {
                OptionalDouble abs = nonNegative(m, "max_worse");
                OptionalDouble rel = nonNegative(m, "max_worse_relative");
                if (abs.isEmpty() && rel.isEmpty()) {
                    throw m.error("a change gate needs 'max_worse' and/or 'max_worse_relative'");
                }
                yield new GateSpec.Change(id, level, origin, metric, abs, rel);
            }
            case CHALLENGER -> {
                ChallengerMethod method = m.enumOr("method", ChallengerMethod.class, ChallengerMethod.AUTO);
                if (!method.applies(metric.kind())) {
                    throw m.required("method").error(method.name().toLowerCase() + " does not apply to "
                            + metric.kind().yamlName() + (method == ChallengerMethod.MCNEMAR ? "; McNemar compares accuracy"
                            : "; DeLong compares ROC AUC") + "; use paired_bootstrap");
                }
                double margin = nonNegative(m, "margin").orElse(0);
                double conf = m.get("confidence").map(n -> {
                    double c = n.asScalar().asDouble();
                    if (!(c > 0.5 && c < 1)) {
                        throw n.error("expected a confidence between 0.5 and 1 (e.g. 0.95), got " + c);
                    }
                    return c;
                }).orElse(confidence);
                yield new GateSpec.Challenger(id, level, origin, metric, margin, method, conf);
            }
        };
    }

    private static MetricRef metric(YMap m, ModelTask task) {
        YNode node = m.required("metric");
        MetricKind kind = node.asScalar().asEnum(MetricKind.class);
        if (kind.task() != task) {
            throw node.error(kind.yamlName() + " is a " + kind.task().yamlName() + " metric; for " + task.yamlName()
                    + " use one of " + Arrays.stream(MetricKind.values()).filter(k -> k.task() == task)
                    .map(MetricKind::yamlName).collect(Collectors.joining(", ")));
        }
        Optional<String> cls = m.optString("class");
        if (kind.perClass() && cls.isEmpty()) {
            throw node.error(kind.yamlName() + " is measured per class; add 'class:' naming one, or use macro_"
                    + kind.yamlName() + " or weighted_" + kind.yamlName());
        }
        if (!kind.perClass() && cls.isPresent()) {
            throw m.required("class").error(kind.yamlName() + " is not measured per class; remove 'class'");
        }
        return new MetricRef(kind, cls);
    }

    private static Set<String> keys(GateKind kind) {
        Set<String> k = new HashSet<>(COMMON);
        k.addAll(switch (kind) {
            case THRESHOLD -> List.of("min", "max", "bound");
            case CHANGE -> List.of("max_worse", "max_worse_relative");
            case CHALLENGER -> List.of("margin", "method", "confidence");
        });
        return k;
    }

    private static OptionalDouble opt(YMap m, String key) {
        return m.optDouble(key).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    private static OptionalDouble nonNegative(YMap m, String key) {
        OptionalDouble v = opt(m, key);
        if (v.isPresent() && v.getAsDouble() < 0) {
            throw m.required(key).error("expected a number >= 0, got " + v.getAsDouble());
        }
        return v;
    }
}
