package io.mlgate.engine.modeltest.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.ReportSection;
import io.mlgate.engine.modeltest.analysis.AnalysisResults;
import io.mlgate.engine.modeltest.analysis.FairnessResults;
import io.mlgate.engine.modeltest.analysis.ImportanceResults;
import io.mlgate.engine.modeltest.analysis.LatencyResults;
import io.mlgate.engine.modeltest.analysis.RobustnessResults;
import io.mlgate.engine.modeltest.analysis.SliceResults;
import io.mlgate.engine.modeltest.policy.FairnessMetric;
import io.mlgate.engine.report.ReportValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One report section per analysis that ran: {@code model-slices}, {@code -fairness}, {@code -robustness}, {@code -latency}, {@code -importance}. */
public final class AnalysisSections {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnalysisSections() {
    }

    public static List<ReportSection> of(AnalysisResults r) {
        List<ReportSection> out = new ArrayList<>();
        r.slices().ifPresent(s -> out.add(slices(s)));
        r.fairness().ifPresent(f -> out.add(fairness(f)));
        r.robustness().ifPresent(x -> out.add(robustness(x)));
        r.latency().ifPresent(l -> out.add(latency(l)));
        r.importance().ifPresent(i -> out.add(importance(i)));
        return out;
    }

    private static ReportSection slices(SliceResults s) {
        List<List<String>> rows = new ArrayList<>();
        s.weakest().forEach(x -> rows.add(List.of("weakest", x.description(), Integer.toString(x.rows()),
                Fmt.num(x.value(s.metric())))));
        s.slices().forEach(x -> rows.add(List.of("configured", x.description(), Integer.toString(x.rows()),
                Fmt.num(x.value(s.metric())) + (x.rows() < s.minRows() ? " (too few rows to judge)" : ""))));
        ObjectNode data = JSON.createObjectNode().put("metric", s.metric().toString()).put("minRows", s.minRows());
        data.set("slices", JSON.valueToTree(s.slices().stream().map(x -> slice(x, s)).toList()));
        data.set("weakest", JSON.valueToTree(s.weakest().stream().map(x -> slice(x, s)).toList()));
        return new TableSection("model-slices", "Slices", data, s.metric() + " per slice; slices with fewer than "
                + s.minRows() + " rows are shown but not ranked or judged", List.of("", "slice", "rows",
                s.metric().toString()), rows, "");
    }

    private static JsonNode slice(SliceResults.Slice x, SliceResults s) {
        ObjectNode o = JSON.createObjectNode().put("column", x.column()).put("slice", x.description()).put("rows", x.rows());
        o.set("value", ModelSectionJson.num(x.value(s.metric())));
        return o;
    }

    private static ReportSection fairness(FairnessResults f) {
        List<List<String>> rows = new ArrayList<>();
        ObjectNode data = JSON.createObjectNode().put("favorable", f.favorable()).put("confidence", f.confidence())
                .put("minRows", f.minRows());
        var attrs = data.putArray("attributes");
        String ci = String.format(Locale.ROOT, "%.0f%%", f.confidence() * 100);
        for (FairnessResults.Attribute a : f.attributes()) {
            ObjectNode an = attrs.addObject().put("column", a.column());
            var groups = an.putArray("groups");
            for (FairnessResults.Group g : a.groups()) {
                ObjectNode gn = groups.addObject().put("group", g.name()).put("rows", g.rows()).put("included", g.included());
                gn.set("selectionRate", ModelSectionJson.num(g.selectionRate()));
                gn.set("truePositiveRate", ModelSectionJson.num(g.truePositiveRate()));
                gn.set("falsePositiveRate", ModelSectionJson.num(g.falsePositiveRate()));
                gn.set("accuracy", ModelSectionJson.num(g.accuracy()));
                rows.add(List.of(a.column() + " = " + g.name(), Integer.toString(g.rows()) + (g.included() ? ""
                        : " (too few)"), Fmt.num(g.selectionRate()), Fmt.num(g.truePositiveRate()),
                        Fmt.num(g.falsePositiveRate()), Fmt.num(g.accuracy())));
            }
            ObjectNode mn = an.putObject("metrics");
            for (FairnessMetric m : FairnessMetric.values()) {
                FairnessResults.Value v = a.metrics().get(m);
                ObjectNode vn = mn.putObject(m.yamlName());
                vn.set("value", ModelSectionJson.num(v.value()));
                vn.set("lower", ModelSectionJson.num(v.lower()));
                vn.set("upper", ModelSectionJson.num(v.upper()));
                rows.add(List.of(a.column() + ": " + m.yamlName(), "", Fmt.num(v.value()), ci + " [" + Fmt.num(v.lower())
                        + ", " + Fmt.num(v.upper()) + "]", "", ""));
            }
        }
        return new TableSection("model-fairness", "Fairness", data, "rates per group; favourable class "
                + f.favorable() + "; groups with fewer than " + f.minRows() + " rows are left out of the differences",
                List.of("group", "rows", "selection rate", "true positive rate", "false positive rate", "accuracy"),
                rows, "");
    }

    private static ReportSection robustness(RobustnessResults r) {
        List<List<String>> rows = new ArrayList<>();
        String ci = String.format(Locale.ROOT, "%.0f%% interval", r.confidence() * 100);
        for (RobustnessResults.Result x : r.results()) {
            rows.add(List.of(x.perturbation().yamlName(), x.description(), Integer.toString(x.changed()),
                    Double.isNaN(x.share()) ? "—" : ReportValues.percent(x.share()),
                    Double.isNaN(x.share()) ? "—" : "[" + ReportValues.percent(x.lower()) + ", "
                            + ReportValues.percent(x.upper()) + "]"));
        }
        ObjectNode data = JSON.createObjectNode().put("rows", r.rows()).put("confidence", r.confidence());
        var results = data.putArray("results");
        for (RobustnessResults.Result x : r.results()) {
            ObjectNode n = results.addObject().put("perturbation", x.perturbation().yamlName())
                    .put("description", x.description()).put("changed", x.changed());
            n.set("share", ModelSectionJson.num(x.share()));
            n.set("lower", ModelSectionJson.num(x.lower()));
            n.set("upper", ModelSectionJson.num(x.upper()));
        }
        return new TableSection("model-robustness", "Robustness", data, r.rows()
                + " rows predicted before and after each perturbation", List.of("perturbation", "what changed",
                "predictions changed", "share", ci), rows, "");
    }

    private static ReportSection latency(LatencyResults l) {
        List<List<String>> rows = List.of(List.of(Fmt.num(l.p50Millis()), Fmt.num(l.p95Millis()), Fmt.num(l.p99Millis()),
                Fmt.num(Math.round(l.rowsPerSecond()))));
        ObjectNode data = JSON.createObjectNode().put("rows", l.rows());
        data.set("p50Millis", ModelSectionJson.num(l.p50Millis()));
        data.set("p95Millis", ModelSectionJson.num(l.p95Millis()));
        data.set("p99Millis", ModelSectionJson.num(l.p99Millis()));
        data.set("rowsPerSecond", ModelSectionJson.num(l.rowsPerSecond()));
        return new TableSection("model-latency", "Latency", data, l.rows() + " rows predicted one at a time "
                + "(milliseconds per row); throughput from predicting the whole test set in batches",
                List.of("p50 ms", "p95 ms", "p99 ms", "rows/s"), rows, "");
    }

    private static ReportSection importance(ImportanceResults i) {
        List<List<String>> rows = new ArrayList<>();
        i.features().forEach(f -> rows.add(List.of(f.column(), Fmt.num(f.importance()), Fmt.num(f.std()))));
        ObjectNode data = JSON.createObjectNode().put("metric", i.metric().toString()).put("rows", i.rows())
                .put("repeats", i.repeats());
        data.set("baseline", ModelSectionJson.num(i.baseline()));
        var fs = data.putArray("features");
        i.features().forEach(f -> {
            ObjectNode n = fs.addObject().put("column", f.column());
            n.set("importance", ModelSectionJson.num(f.importance()));
            n.set("std", ModelSectionJson.num(f.std()));
        });
        return new TableSection("model-importance", "Permutation feature importance", data, "how much "
                + i.metric() + " worsens (from " + Fmt.num(i.baseline()) + ") when a feature column is shuffled, on "
                + i.rows() + " rows, mean of " + i.repeats() + " shuffles; most important first",
                List.of("feature", "importance", "std"), rows, ImportanceChart.svg(i));
    }
}
