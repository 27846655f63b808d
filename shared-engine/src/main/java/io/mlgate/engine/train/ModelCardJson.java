package io.mlgate.engine.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.model.ModelTask;
import io.mlgate.engine.modeltest.metrics.MetricId;
import io.mlgate.engine.modeltest.metrics.MetricKind;
import io.mlgate.engine.modeltest.metrics.MetricValue;
import io.mlgate.engine.modeltest.stats.Bootstrap;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The model card as JSON, and back (fields documented in docs/model.md). Undefined metric values are null. */
public final class ModelCardJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelCardJson() {
    }

    public static String write(ModelCard c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", ModelCard.KIND).put("schemaVersion", ModelCard.SCHEMA_VERSION);
        ObjectNode m = o.putObject("model");
        m.put("file", c.modelFile()).put("sha256", c.modelSha256()).put("type", c.modelType())
                .put("task", c.task().yamlName()).put("label", c.label());
        ArrayNode features = m.putArray("features");
        c.features().forEach(f -> features.addObject().put("column", f.column()).put("encoding", f.encoding())
                .put("indicators", f.indicators()));
        ArrayNode classes = m.putArray("classes");
        c.classes().forEach(classes::add);
        m.put("onnx", c.onnxFile().orElse(null));
        ObjectNode t = o.putObject("trainer");
        t.put("name", c.trainer().kind().yamlName()).put("seed", c.trainer().seed()).put("device", c.device())
                .put("deviceNote", c.deviceNote()).put("trainMillis", c.trainMillis());
        ObjectNode params = t.putObject("params");
        c.trainer().params().forEach((k, v) -> params.set(k, MAPPER.valueToTree(v)));
        ObjectNode d = o.putObject("data");
        ModelCard.Data data = c.data();
        d.put("location", data.location()).put("rows", data.rows()).put("trainRows", data.trainRows())
                .put("holdoutRows", data.holdoutRows()).put("holdout", data.holdout()).put("splitSeed", data.splitSeed());
        ObjectNode fp = d.putObject("fingerprints");
        new TreeMap<>(data.fingerprints()).forEach(fp::put);
        ArrayNode excluded = d.putArray("excludedColumns");
        data.excluded().forEach(excluded::add);
        ObjectNode metrics = o.putObject("holdoutMetrics");
        metrics.put("resamples", c.bootstrap().resamples()).put("confidence", c.bootstrap().confidence())
                .put("seed", c.bootstrap().seed());
        ArrayNode values = metrics.putArray("values");
        for (MetricValue v : c.holdoutMetrics()) {
            ObjectNode n = values.addObject().put("metric", v.id().toString());
            num(n, "value", v.value());
            num(n, "lower", v.lower());
            num(n, "upper", v.upper());
        }
        ObjectNode g = o.putObject("git");
        g.put("commit", c.git().commit()).put("branch", c.git().branch());
        if (c.git().dirty() == null) {
            g.putNull("dirty");
        } else {
            g.put("dirty", c.git().dirty());
        }
        g.put("note", c.git().note());
        o.putObject("provenance").put("engineVersion", c.engineVersion()).put("tribuoVersion", c.tribuoVersion())
                .put("trainedAt", c.trainedAt().toString());
        try {
            return MAPPER.writeValueAsString(o) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot render the model card", e);
        }
    }

    public static ModelCard read(String json, String where) {
        try {
            JsonNode o = MAPPER.readTree(json);
            if (!ModelCard.KIND.equals(o.path("kind").asText())) {
                throw new BadInputException(where + ": is not an mlgate model card (kind is not " + ModelCard.KIND + ")");
            }
            JsonNode m = o.path("model");
            ModelTask task = ModelTask.valueOf(m.path("task").asText().toUpperCase(Locale.ROOT));
            List<ModelCard.Feature> features = new ArrayList<>();
            m.path("features").forEach(f -> features.add(new ModelCard.Feature(f.path("column").asText(),
                    f.path("encoding").asText(), f.path("indicators").asInt())));
            List<String> classes = new ArrayList<>();
            m.path("classes").forEach(c -> classes.add(c.asText()));
            JsonNode t = o.path("trainer");
            Map<String, Object> params = new LinkedHashMap<>();
            t.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().isInt()
                    ? (Object) e.getValue().asInt() : e.getValue().isNumber() ? e.getValue().asDouble() : e.getValue().asText()));
            TrainerSpec trainer = new TrainerSpec(TrainerKind.valueOf(t.path("name").asText().toUpperCase(Locale.ROOT)),
                    task, params, t.path("seed").asLong());
            JsonNode d = o.path("data");
            Map<String, String> fps = new LinkedHashMap<>();
            d.path("fingerprints").fields().forEachRemaining(e -> fps.put(e.getKey(), e.getValue().asText()));
            List<String> excluded = new ArrayList<>();
            d.path("excludedColumns").forEach(x -> excluded.add(x.asText()));
            ModelCard.Data data = new ModelCard.Data(d.path("location").asText(), fps, d.path("rows").asInt(),
                    d.path("trainRows").asInt(), d.path("holdoutRows").asInt(), d.path("holdout").asDouble(),
                    d.path("splitSeed").asLong(), excluded);
            JsonNode hm = o.path("holdoutMetrics");
            Bootstrap b = new Bootstrap(hm.path("resamples").asInt(), hm.path("confidence").asDouble(), hm.path("seed").asLong());
            List<MetricValue> values = new ArrayList<>();
            hm.path("values").forEach(v -> values.add(new MetricValue(metric(v.path("metric").asText()),
                    num(v.path("value")), num(v.path("lower")), num(v.path("upper")))));
            JsonNode g = o.path("git");
            GitState git = new GitState(text(g.path("commit")), text(g.path("branch")),
                    g.path("dirty").isNull() ? null : g.path("dirty").asBoolean(), g.path("note").asText());
            JsonNode p = o.path("provenance");
            return new ModelCard(m.path("file").asText(), m.path("sha256").asText(), m.path("type").asText(), task,
                    m.path("label").asText(), features, classes, trainer, t.path("device").asText(),
                    t.path("deviceNote").asText(), data, b, values, git, p.path("engineVersion").asText(),
                    p.path("tribuoVersion").asText(), Instant.parse(p.path("trainedAt").asText()),
                    t.path("trainMillis").asLong(), Optional.ofNullable(text(m.path("onnx"))));
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException(where + ": cannot read the model card: " + e.getMessage(), e);
        }
    }

    private static MetricId metric(String text) {
        int colon = text.indexOf(':');
        MetricKind k = MetricKind.valueOf((colon < 0 ? text : text.substring(0, colon)).toUpperCase(Locale.ROOT));
        return new MetricId(k, colon < 0 ? null : text.substring(colon + 1));
    }

    private static void num(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, v);
        } else {
            n.putNull(key);
        }
    }

    private static double num(JsonNode n) {
        return n.isNumber() ? n.asDouble() : Double.NaN;
    }

    private static String text(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? null : n.asText();
    }
}
