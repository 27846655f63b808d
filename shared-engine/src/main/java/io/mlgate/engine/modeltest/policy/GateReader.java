package io.mlgate.engine.modeltest.policy;

import io.mlgate.engine.api.Level;
import io.mlgate.engine.config.Origin;
import io.mlgate.engine.config.YMap;
import io.mlgate.engine.config.YNode;
import io.mlgate.engine.model.ModelTask;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads {@code model.test.gates}: a list of gates, each {@code gate:} threshold (the default), change, challenger,
 * slice, fairness, robustness or latency, with the keys of its kind.
 */
final class GateReader {
    private static final Set<String> COMMON = Set.of("gate", "name", "level");

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
        Set<String> keys = new HashSet<>(COMMON);
        keys.addAll(keys(kind));
        m.allowOnly(keys);
        Level level = m.enumOr("level", Level.class, Level.ERROR);
        Origin origin = Origin.of(m);
        return switch (kind) {
            case THRESHOLD -> {
                MetricRef metric = MetricRefReader.read(m, task);
                yield new GateSpec.Threshold(id(m, kind, metric.toString()), level, origin, metric, range(m, "a threshold"),
                        m.enumOr("bound", Bound.class, Bound.VALUE));
            }
            case CHANGE -> {
                MetricRef metric = MetricRefReader.read(m, task);
                OptionalDouble abs = nonNegative(m, "max_worse");
                OptionalDouble rel = nonNegative(m, "max_worse_relative");
                if (abs.isEmpty() && rel.isEmpty()) {
                    throw m.error("a change gate needs 'max_worse' and/or 'max_worse_relative'");
                }
                yield new GateSpec.Change(id(m, kind, metric.toString()), level, origin, metric, abs, rel);
            }
            case CHALLENGER -> challenger(m, task, confidence, level, origin);
            case SLICE -> {
                MetricRef metric = MetricRefReader.read(m, task);
                yield new GateSpec.Slice(id(m, kind, metric.toString()), level, origin, metric, range(m, "a slice"));
            }
            case FAIRNESS -> {
                if (task != ModelTask.CLASSIFICATION) {
                    throw m.error("fairness gates judge classifiers (selection and error rates per group)");
                }
                FairnessMetric metric = m.required("metric").asScalar().asEnum(FairnessMetric.class);
                var attribute = m.optString("attribute");
                yield new GateSpec.Fairness(id(m, kind, metric.yamlName() + attribute.map(a -> "." + a).orElse("")),
                        level, origin, metric, attribute, range(m, "a fairness"), m.enumOr("bound", Bound.class, Bound.VALUE));
            }
            case ROBUSTNESS -> {
                var p = m.get("perturbation").map(n -> n.asScalar().asEnum(Perturbation.class));
                double max = m.required("max").asScalar().asFraction();
                yield new GateSpec.Robustness(id(m, kind, p.map(Perturbation::yamlName).orElse("all")), level, origin,
                        p, max);
            }
            case LATENCY -> {
                LatencyMetric metric = m.required("metric").asScalar().asEnum(LatencyMetric.class);
                yield new GateSpec.Latency(id(m, kind, metric.yamlName()), level, origin, metric, range(m, "a latency"));
            }
        };
    }

    private static GateSpec challenger(YMap m, ModelTask task, double confidence, Level level, Origin origin) {
        MetricRef metric = MetricRefReader.read(m, task);
        ChallengerMethod method = m.enumOr("method", ChallengerMethod.class, ChallengerMethod.AUTO);
        if (!method.applies(metric.kind())) {
            throw m.required("method").error(method.name().toLowerCase(Locale.ROOT) + " does not apply to "
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
        return new GateSpec.Challenger(id(m, GateKind.CHALLENGER, metric.toString()), level, origin, metric, margin,
                method, conf);
    }

    private static List<String> keys(GateKind kind) {
        return switch (kind) {
            case THRESHOLD -> List.of("metric", "class", "min", "max", "bound");
            case CHANGE -> List.of("metric", "class", "max_worse", "max_worse_relative");
            case CHALLENGER -> List.of("metric", "class", "margin", "method", "confidence");
            case SLICE -> List.of("metric", "class", "min", "max");
            case FAIRNESS -> List.of("metric", "attribute", "min", "max", "bound");
            case ROBUSTNESS -> List.of("perturbation", "max");
            case LATENCY -> List.of("metric", "min", "max");
        };
    }

    private static String id(YMap m, GateKind kind, String what) {
        return m.optString("name").orElse(kind.yamlName() + "." + what);
    }

    private static GateSpec.Range range(YMap m, String what) {
        OptionalDouble min = m.optDouble("min").map(OptionalDouble::of).orElse(OptionalDouble.empty());
        OptionalDouble max = m.optDouble("max").map(OptionalDouble::of).orElse(OptionalDouble.empty());
        if (min.isEmpty() && max.isEmpty()) {
            throw m.error(what + " gate needs 'min' and/or 'max'");
        }
        return new GateSpec.Range(min, max);
    }

    private static OptionalDouble nonNegative(YMap m, String key) {
        OptionalDouble v = m.optDouble(key).map(OptionalDouble::of).orElse(OptionalDouble.empty());
        if (v.isPresent() && v.getAsDouble() < 0) {
            throw m.required(key).error("expected a number >= 0, got " + v.getAsDouble());
        }
        return v;
    }
}
