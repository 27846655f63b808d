package io.mlgate.engine.train;

import io.mlgate.engine.config.YMap;
import io.mlgate.engine.config.YNode;
import io.mlgate.engine.model.ModelSpec;
import io.mlgate.engine.model.ModelTask;
import io.mlgate.engine.validate.policy.DatasetSpecReader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code model.train}: {@code data}, {@code trainer}, {@code params}, {@code seed}, {@code holdout}. */
public final class TrainSpecReader {
    private static final Set<String> KEYS = Set.of("data", "trainer", "params", "seed", "holdout");

    private TrainSpecReader() {
    }

    public static TrainSpec read(ModelSpec model) {
        YMap t = model.train().orElseThrow(() -> model.origin().error(
                "has no 'train:' subsection; add one with at least 'trainer' (see docs/model.md)"));
        t.allowOnly(KEYS);
        YNode kindNode = t.required("trainer");
        TrainerKind kind = kindNode.asScalar().asEnum(TrainerKind.class);
        if (!kind.supports(model.task())) {
            throw kindNode.error(kind.yamlName() + " trains classifiers only; for regression use one of linear_sgd, "
                    + "cart, random_forest, xgboost");
        }
        Map<String, Object> params = params(t, kind, model.task());
        long seed = t.optLong("seed").orElse(TrainSpec.DEFAULT_SEED);
        double holdout = t.get("holdout").map(n -> {
            double h = n.asScalar().asFraction();
            if (h >= 1) {
                throw n.error("expected a share of rows to hold out below 1, got " + h);
            }
            return h;
        }).orElse(TrainSpec.DEFAULT_HOLDOUT);
        return new TrainSpec(t.optMap("data").map(d -> DatasetSpecReader.read("train", d, model.baseDir())),
                new TrainerSpec(kind, model.task(), params, seed), holdout);
    }

    private static Map<String, Object> params(YMap t, TrainerKind kind, ModelTask task) {
        List<Param> declared = TrainerParams.of(kind, task);
        YMap given = t.optMap("params").orElse(new YMap(t.file(), t.line(), t.column(), t.path() + ".params", Map.of()));
        given.allowOnly(declared.stream().map(Param::name).toList());
        Map<String, Object> out = new LinkedHashMap<>();
        for (Param p : declared) {
            out.put(p.name(), given.get(p.name()).map(n -> p.read(n.asScalar())).orElse(p.fallback()));
        }
        if (kind == TrainerKind.RANDOM_FOREST && ((Number) out.get("feature_fraction")).doubleValue() >= 1) {
            YNode at = given.get("feature_fraction").orElse(t);
            throw at.error("a random forest needs feature_fraction below 1 so its trees differ; got "
                    + out.get("feature_fraction"));
        }
        return out;
    }
}
