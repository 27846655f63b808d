package io.mlgate.engine.modeltest.policy;

import io.mlgate.engine.config.YMap;
import io.mlgate.engine.config.YNode;
import io.mlgate.engine.model.ModelTask;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code model.test.slices}, {@code fairness}, {@code robustness}, {@code latency} and {@code importance}. */
final class AnalysisSpecReader {
    static final Set<String> KEYS = Set.of("slices", "fairness", "robustness", "latency", "importance");

    private AnalysisSpecReader() {
    }

    static AnalysisSpecs read(YMap test, ModelTask task, List<GateSpec> gates) {
        Optional<AnalysisSpecs.Slices> slices = test.optMap("slices").map(m -> slices(m, task));
        Optional<AnalysisSpecs.Fairness> fairness = test.optMap("fairness").map(m -> fairness(m, task));
        Optional<AnalysisSpecs.Robustness> robustness = test.optMap("robustness").map(AnalysisSpecReader::robustness);
        Optional<AnalysisSpecs.Latency> latency = test.optMap("latency").map(AnalysisSpecReader::latency);
        if (latency.isEmpty() && gates.stream().anyMatch(g -> g.kind() == GateKind.LATENCY)) {
            latency = Optional.of(new AnalysisSpecs.Latency(1000, 100));
        }
        Optional<AnalysisSpecs.Importance> importance = test.optMap("importance").map(m -> importance(m, task));
        for (GateSpec g : gates) {
            boolean missing = (g.kind() == GateKind.SLICE && slices.isEmpty())
                    || (g.kind() == GateKind.FAIRNESS && fairness.isEmpty())
                    || (g.kind() == GateKind.ROBUSTNESS && robustness.isEmpty());
            if (missing) {
                throw g.origin().error("a " + g.kind().yamlName() + " gate needs model.test."
                        + (g.kind() == GateKind.SLICE ? "slices" : g.kind().yamlName()) + " to say what to measure");
            }
        }
        return new AnalysisSpecs(slices, fairness, robustness, latency, importance);
    }

    private static AnalysisSpecs.Slices slices(YMap m, ModelTask task) {
        m.allowOnly(Set.of("columns", "metric", "class", "min_rows", "search"));
        List<AnalysisSpecs.SliceColumn> columns = new ArrayList<>();
        m.optList("columns").ifPresent(l -> l.items().forEach(n -> columns.add(column(n))));
        MetricRef metric = m.has("metric") ? MetricRefReader.read(m, task) : MetricRefReader.defaultFor(task);
        int search = m.get("search").map(n -> nonNegativeInt(n, 1000)).orElse(5);
        if (columns.isEmpty() && search == 0) {
            throw m.error("slices need 'columns' or the automatic 'search' (a number of weakest slices to report)");
        }
        return new AnalysisSpecs.Slices(columns, metric, m.intOr("min_rows", 30), search);
    }

    private static AnalysisSpecs.SliceColumn column(YNode n) {
        YMap c = n.asMap().allowOnly(Set.of("column", "bins"));
        Optional<List<Double>> bins = c.optList("bins").map(l -> {
            List<Double> edges = l.nonEmpty().items().stream().map(x -> x.asScalar().asDouble()).toList();
            for (int i = 1; i < edges.size(); i++) {
                if (edges.get(i) <= edges.get(i - 1)) {
                    throw l.items().get(i).error("bin edges must increase");
                }
            }
            return edges;
        });
        return new AnalysisSpecs.SliceColumn(c.string("column"), bins);
    }

    private static AnalysisSpecs.Fairness fairness(YMap m, ModelTask task) {
        if (task != ModelTask.CLASSIFICATION) {
            throw m.error("fairness compares selection and error rates of a classifier; this model is a regression");
        }
        m.allowOnly(Set.of("sensitive", "favorable", "min_rows"));
        return new AnalysisSpecs.Fairness(m.required("sensitive").asList().nonEmpty().strings(), m.optString("favorable"),
                m.intOr("min_rows", 30));
    }

    private static AnalysisSpecs.Robustness robustness(YMap m) {
        m.allowOnly(Set.of("noise", "missing", "swap", "rows", "seed", "tolerance"));
        double noise = m.optDouble("noise").orElse(0.1);
        if (noise < 0) {
            throw m.required("noise").error("expected a number of standard deviations >= 0");
        }
        return new AnalysisSpecs.Robustness(noise, m.optFraction("missing").orElse(0.05), m.optFraction("swap").orElse(0.05),
                m.intOr("rows", 10_000), m.optLong("seed").orElse(1L), m.optDouble("tolerance").orElse(0.01));
    }

    private static AnalysisSpecs.Latency latency(YMap m) {
        m.allowOnly(Set.of("rows", "warmup"));
        return new AnalysisSpecs.Latency(m.intOr("rows", 1000), m.get("warmup").map(n -> nonNegativeInt(n, 100_000))
                .orElse(100));
    }

    private static AnalysisSpecs.Importance importance(YMap m, ModelTask task) {
        m.allowOnly(Set.of("metric", "class", "repeats", "rows", "seed"));
        MetricRef metric = m.has("metric") ? MetricRefReader.read(m, task) : MetricRefReader.defaultFor(task);
        return new AnalysisSpecs.Importance(metric, m.intOr("repeats", 3), m.intOr("rows", 20_000),
                m.optLong("seed").orElse(1L));
    }

    private static int nonNegativeInt(YNode n, int max) {
        long v = n.asScalar().asLong();
        if (v < 0 || v > max) {
            throw n.error("expected a whole number from 0 to " + max + ", got " + v);
        }
        return (int) v;
    }
}
