package io.mlgate.engine.drift.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.ReportSection;
import io.mlgate.engine.drift.ChartBin;
import io.mlgate.engine.drift.ColumnResult;
import io.mlgate.engine.drift.DriftOutcome;
import io.mlgate.engine.drift.data.ColumnStats;
import io.mlgate.engine.drift.data.MeasuredDataset;
import io.mlgate.engine.drift.policy.DriftPolicy;

import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;

/** The {@code drift} section of a report: see {@code docs/report-schema.md} for the shape of {@link #data()}. */
public final class DriftSection implements ReportSection {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final DriftOutcome outcome;
    private final MeasuredDataset reference;
    private final MeasuredDataset current;
    private final DriftPolicy policy;
    private final TreeSet<String> excluded;

    public DriftSection(DriftOutcome outcome, MeasuredDataset reference, MeasuredDataset current, DriftPolicy policy,
                        Collection<String> excluded) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.current = Objects.requireNonNull(current, "current");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.excluded = new TreeSet<>(excluded);
    }

    public DriftOutcome outcome() {
        return outcome;
    }

    @Override
    public String kind() {
        return "drift";
    }

    @Override
    public String title() {
        return "Drift: current data against the reference";
    }

    @Override
    public JsonNode data() {
        ObjectNode d = NODES.objectNode();
        ObjectNode ref = d.putObject("reference");
        ref.put("location", reference.location());
        ref.put("rows", reference.rows());
        ref.put("saved", reference.storedAt().map(Object::toString).orElse(null));
        ref.put("measured", reference.measured().toString());
        ObjectNode cur = d.putObject("current");
        cur.put("location", current.location());
        cur.put("rows", current.rows());
        d.put("correction", outcome.correction().yamlName());
        d.put("pValueTests", outcome.pValueTests());
        d.put("bins", policy.bins());
        ObjectNode ds = d.putObject("dataset");
        ds.put("tested", outcome.dataset().tested());
        ds.put("drifted", outcome.dataset().drifted());
        ds.put("share", outcome.dataset().share());
        ds.put("threshold", outcome.dataset().threshold());
        ds.put("drift", outcome.dataset().drift());
        ds.put("status", outcome.dataset().status().name());
        // the key figures a CI step exports as outputs (the GitHub Action: steps.<id>.outputs.drift-share, ...)
        ObjectNode figures = d.putObject("figures");
        double share = outcome.dataset().share();
        if (Double.isFinite(share)) {
            figures.put("driftShare", share);
        }
        figures.put("driftedFeatures", outcome.dataset().drifted());
        ArrayNode columns = d.putArray("columns");
        outcome.columns().forEach(c -> columns.add(column(c)));
        ArrayNode skipped = d.putArray("skipped");
        outcome.skipped().forEach(s -> skipped.addObject().put("column", s.column()).put("reason", s.reason()));
        ArrayNode ex = d.putArray("excluded");
        excluded.forEach(ex::add);
        return d;
    }

    private static ObjectNode column(ColumnResult c) {
        ObjectNode o = NODES.objectNode();
        o.put("column", c.plan().column());
        o.put("role", c.plan().role().yamlName());
        o.put("kind", c.plan().kind().yamlName());
        o.put("test", c.plan().test().yamlName());
        o.put("automatic", c.plan().automatic());
        number(o, "statistic", c.statistic());
        number(o, "statisticUpperBound", c.upperBound());
        o.put("approximate", c.approximate());
        number(o, "pValue", c.pValue());
        number(o, "adjustedPValue", c.adjustedPValue());
        o.put("threshold", c.plan().threshold());
        o.put("drift", c.drifted());
        o.put("status", c.status().name());
        o.put("level", c.plan().level().name());
        o.put("message", c.message());
        o.put("newValues", c.newValues());
        o.set("reference", stats(c.reference()));
        o.set("current", stats(c.current()));
        ArrayNode chart = o.putArray("chart");
        for (ChartBin b : c.chart()) {
            ObjectNode bin = chart.addObject().put("value", b.value());
            number(bin, "from", b.from());
            number(bin, "to", b.to());
            bin.put("reference", b.reference()).put("current", b.current());
        }
        return o;
    }

    private static ObjectNode stats(ColumnStats s) {
        ObjectNode o = NODES.objectNode();
        o.put("rows", s.rows());
        o.put("nulls", s.nulls());
        number(o, "min", s.min());
        number(o, "max", s.max());
        number(o, "mean", s.mean());
        number(o, "std", s.std());
        return o;
    }

    /** Numbers as numbers, non-finite ones as their name (as the report's cells), {@code null} as null. */
    static void number(ObjectNode o, String field, Double v) {
        if (v == null) {
            o.putNull(field);
        } else if (Double.isFinite(v)) {
            o.put(field, v);
        } else {
            o.put(field, Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
        }
    }

    @Override
    public String markdown() {
        return DriftMarkdown.render(outcome, reference, current);
    }

    @Override
    public String html() {
        return DriftHtml.render(outcome, reference, current);
    }
}
