package io.mlgate.engine.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.io.JsonText;
import java.util.Map;

/**
 * {@code mlgate-report.json}: the machine-readable report, described by the shipped JSON Schema
 * {@code mlgate-report-1.1.schema.json} and {@code docs/report-schema.md}. Statuses and levels are written as
 * their enum names, instants as ISO-8601 UTC strings.
 */
public final class JsonReport {
    /** Version of the report's schema: additive changes bump the minor part, removals and renames the major. */
    public static final String SCHEMA_VERSION = "1.1";
    /** The value of the top-level {@code kind} field. */
    public static final String KIND = "mlgate-report";
    /** Classpath location of the JSON Schema for this version. */
    public static final String SCHEMA_RESOURCE = "/io/mlgate/engine/report/mlgate-report-1.1.schema.json";

    private JsonReport() {
    }

    /** The report as pretty-printed JSON text, ending with a newline. */
    public static String render(GateReport report) {
        return JsonText.pretty(toTree(report)) + "\n";
    }

    /** The report as a JSON tree. */
    public static ObjectNode toTree(GateReport report) {
        ObjectNode root = JsonValues.NODES.objectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("kind", KIND);
        root.put("command", report.command());
        root.put("title", report.title());
        root.put("status", report.status().name());
        ObjectNode counts = root.putObject("counts");
        counts.put("total", report.checks().size());
        for (Status s : Status.values()) {
            counts.put(s.name(), report.count(s));
        }
        root.put("started", report.started().toString());
        root.put("elapsedMillis", report.elapsed().toMillis());
        root.set("provenance", JsonValues.provenance(report.provenance()));
        ArrayNode checks = root.putArray("checks");
        report.checks().forEach(c -> checks.add(check(c)));
        ArrayNode sections = root.putArray("sections");
        report.sections().forEach(sec -> sections.addObject().put("kind", sec.kind()).put("title", sec.title())
                .set("data", sec.data()));
        ArrayNode profiles = root.putArray("profiles");
        report.profiles().forEach(p -> profiles.add(JsonProfiles.dataset(p)));
        return root;
    }

    static ObjectNode check(CheckResult c) {
        ObjectNode o = JsonValues.NODES.objectNode();
        o.put("id", c.id());
        o.put("kind", c.kind());
        o.put("target", c.target());
        o.put("level", c.level().name());
        o.put("status", c.status().name());
        o.set("measured", JsonValues.value(c.measured()));
        o.put("threshold", c.threshold());
        o.put("message", c.message());
        ArrayNode examples = o.putArray("examples");
        for (Map<String, Object> row : c.examples()) {
            ObjectNode r = examples.addObject();
            row.forEach((k, v) -> r.set(String.valueOf(k), JsonValues.value(v)));
        }
        o.set("provenance", JsonValues.provenance(c.provenance()));
        if (c.origin() == null) {
            o.putNull("origin");
        } else {
            o.putObject("origin").put("file", c.origin().file()).put("line", c.origin().line())
                    .put("column", c.origin().column());
        }
        return o;
    }
}
