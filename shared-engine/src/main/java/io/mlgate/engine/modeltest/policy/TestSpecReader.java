package io.mlgate.engine.modeltest.policy;

import io.mlgate.engine.config.YList;
import io.mlgate.engine.config.YMap;
import io.mlgate.engine.config.YNode;
import io.mlgate.engine.model.ModelSpec;
import io.mlgate.engine.modeltest.predict.OnnxSpec;
import io.mlgate.engine.modeltest.predict.PredictionsSpec;
import io.mlgate.engine.modeltest.stats.Bootstrap;
import io.mlgate.engine.validate.policy.DatasetSpecReader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code model.test}. */
public final class TestSpecReader {
    private static final Set<String> KEYS = keys();

    private TestSpecReader() {
    }

    private static Set<String> keys() {
        Set<String> k = new java.util.HashSet<>(Set.of("data", "positive_class", "bootstrap", "gates", "predictions",
                "onnx"));
        k.addAll(AnalysisSpecReader.KEYS);
        return Set.copyOf(k);
    }

    public static TestSpec read(ModelSpec model) {
        if (model.test().isEmpty()) {
            return TestSpec.empty();
        }
        YMap t = model.test().get().allowOnly(KEYS);
        Bootstrap bootstrap = t.optMap("bootstrap").map(TestSpecReader::bootstrap).orElse(Bootstrap.defaults());
        List<GateSpec> gates = t.optList("gates").map(l -> GateReader.read(l.items(), model.task(),
                bootstrap.confidence())).orElse(List.of());
        return new TestSpec(t.optMap("data").map(d -> DatasetSpecReader.read("test", d, model.baseDir())),
                t.optString("positive_class"), bootstrap, gates,
                t.optMap("predictions").map(TestSpecReader::predictions), t.optMap("onnx").map(TestSpecReader::onnx)
                .orElse(OnnxSpec.none()), AnalysisSpecReader.read(t, model.task(), gates));
    }

    private static Bootstrap bootstrap(YMap m) {
        m.allowOnly(Set.of("resamples", "confidence", "seed"));
        int resamples = m.get("resamples").map(n -> {
            long v = n.asScalar().asLong();
            if (v < 0 || v > 100_000) {
                throw n.error("expected a number of resamples from 0 (no intervals) to 100000, got " + v);
            }
            return (int) v;
        }).orElse(Bootstrap.DEFAULT_RESAMPLES);
        double confidence = m.get("confidence").map(n -> {
            double c = n.asScalar().asDouble();
            if (!(c > 0.5 && c < 1)) {
                throw n.error("expected a confidence between 0.5 and 1 (e.g. 0.95), got " + c);
            }
            return c;
        }).orElse(Bootstrap.DEFAULT_CONFIDENCE);
        return new Bootstrap(resamples, confidence, m.optLong("seed").orElse(Bootstrap.DEFAULT_SEED));
    }

    private static PredictionsSpec predictions(YMap m) {
        m.allowOnly(Set.of("predicted", "score", "scores", "threshold"));
        Map<String, String> scores = new LinkedHashMap<>();
        m.optMap("scores").ifPresent(s -> s.entries().forEach((k, v) -> scores.put(k, v.asScalar().asNonEmptyString())));
        try {
            return new PredictionsSpec(m.optString("predicted"), m.optString("score"), scores,
                    m.optDouble("threshold").orElse(PredictionsSpec.DEFAULT_THRESHOLD));
        } catch (IllegalArgumentException e) {
            throw m.error(e.getMessage());
        }
    }

    private static OnnxSpec onnx(YMap m) {
        m.allowOnly(Set.of("features", "classes", "input", "output", "probabilities"));
        return new OnnxSpec(m.optList("features").map(YList::strings), m.optList("classes").map(YList::strings),
                m.optString("input"), m.optString("output"), m.get("probabilities").map(YNode::asScalar)
                .map(s -> s.asBoolean()));
    }
}
