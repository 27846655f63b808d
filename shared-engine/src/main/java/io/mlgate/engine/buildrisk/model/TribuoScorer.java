package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.buildrisk.features.Feature;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.transform.TransformedModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores with the Tribuo model itself (training, evaluation, and a saved model without a plain-Java scorer), and
 * compiles a trained Tribuo model into a plain-Java {@link Scorer} that predictions can load without Tribuo or
 * XGBoost's native library.
 */
final class TribuoScorer implements Scorer {
    /** Largest difference in score a compiled scorer may show against Tribuo on the training builds. */
    static final double TOLERANCE = 1e-6;
    private final Model<Label> model;

    TribuoScorer(Model<Label> model) {
        this.model = model;
    }

    static byte[] bytes(Model<Label> model) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            model.serializeToStream(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot serialize the model: " + e.getMessage(), e);
        }
    }

    /** Deserializes a saved Tribuo classification model. */
    static TribuoScorer read(byte[] bytes, java.nio.file.Path file) {
        Model<?> m;
        try {
            m = Model.deserializeFromStream(new java.io.ByteArrayInputStream(bytes));
        } catch (java.io.IOException | RuntimeException e) {
            throw new io.mlgate.engine.api.BadInputException(file + ": not a readable Tribuo model: " + e.getMessage());
        }
        if (!m.validate(Label.class)) {
            throw new io.mlgate.engine.api.BadInputException(file + ": not a classification model");
        }
        @SuppressWarnings("unchecked")
        Model<Label> labels = (Model<Label>) m;
        return new TribuoScorer(labels);
    }

    Model<Label> model() {
        return model;
    }

    @Override
    public double score(double[] modelValues) {
        return scores(List.of(modelValues))[0];
    }

    @Override
    public double[] scores(List<double[]> rows) {
        List<Example<Label>> examples = new ArrayList<>(rows.size());
        rows.forEach(r -> examples.add(Examples.unlabeled(r)));
        if (model instanceof org.tribuo.ensemble.WeightedEnsembleModel<Label> e) {
            Optional<double[]> batched = EnsembleBatch.scores(e, examples);
            if (batched.isPresent()) {
                return batched.get();
            }
        }
        List<Prediction<Label>> preds = model.predict(examples);
        double[] s = new double[preds.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = brokenScore(preds.get(i));
        }
        return s;
    }

    /** A prediction's score for the broken label. */
    static double brokenScore(Prediction<Label> p) {
        Label broken = p.getOutputScores().get(Examples.BROKEN);
        if (broken == null) {
            throw new IllegalStateException("the model has no '" + Examples.BROKEN + "' output; outputs: "
                    + p.getOutputScores().keySet());
        }
        return broken.getScore();
    }

    /** The compiled scorer and how far it strays from Tribuo on the rows it was checked on. */
    record Compiled(Scorer scorer, String kind, double maxDifference) {
    }

    /**
     * The plain-Java equivalent of the model, when there is one that reproduces Tribuo's scores on {@code check}
     * (the training rows' model values) within {@link #TOLERANCE}.
     */
    Optional<Compiled> compile(Family family, List<double[]> check) {
        Compiled c;
        try {
            if (model instanceof org.tribuo.ensemble.WeightedEnsembleModel<Label> e) {
                List<Compiled> members = new ArrayList<>();
                for (Model<Label> m : e.getModels()) {
                    members.add(new TribuoScorer(m).plain(family == Family.BOTH ? familyOf(m) : family));
                }
                AverageScorer a = new AverageScorer(members.stream().map(Compiled::scorer).toList());
                // "average of 5 trees", "average of 5 linear and 5 trees"
                Map<String, Long> kinds = new java.util.TreeMap<>();
                members.forEach(m -> kinds.merge(m.kind(), 1L, Long::sum));
                c = new Compiled(a, kinds.entrySet().stream().map(k -> k.getValue() + " " + k.getKey())
                        .collect(java.util.stream.Collectors.joining(" and ", AverageScorer.KIND + " of ", "")), 0);
            } else {
                c = plain(family);
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        double[] expected = scores(check);
        double[] got = c.scorer().scores(check);
        double max = 0;
        for (int i = 0; i < expected.length; i++) {
            max = Math.max(max, Math.abs(expected[i] - got[i]));
        }
        if (!(max <= TOLERANCE)) {
            return Optional.empty();
        }
        return Optional.of(new Compiled(c.scorer(), c.kind(), max));
    }

    private Compiled plain(Family family) {
        return switch (family) {
            case LOGISTIC -> {
                LinearScorer l = LinearScorer.probe(this, Feature.values().length);
                yield new Compiled(l, LinearScorer.KIND, 0);
            }
            case XGBOOST -> {
                TreeScorer t = trees();
                yield new Compiled(t, TreeScorer.KIND, 0);
            }
            case BOTH -> throw new IllegalStateException("both families make an ensemble; its members are compiled");
        };
    }

    /** The single family a fitted member is of: XGBoost's trees, else the logistic regression. */
    private static Family familyOf(Model<Label> m) {
        return inner(m) instanceof XGBoostModel<Label> ? Family.XGBOOST : Family.LOGISTIC;
    }

    /** The model a feature transformation wraps (the logistic family standardizes), else the model itself. */
    private static Model<Label> inner(Model<Label> m) {
        return m instanceof TransformedModel<Label> t ? t.getInnerModel() : m;
    }

    private TreeScorer trees() {
        Model<Label> m = inner(model);
        if (!(m instanceof XGBoostModel<Label> x)) {
            throw new IllegalStateException("not an XGBoost model: " + m.getClass().getName());
        }
        String[] names = new String[m.getFeatureIDMap().size()];
        Map<String, Integer> index = new HashMap<>();
        for (Feature f : Feature.values()) {
            int id = m.getFeatureIDMap().getID(f.id());
            if (id >= 0) {
                names[id] = f.id();
                index.put(f.id(), f.ordinal());
            }
        }
        List<String> dumps = new ArrayList<>();
        for (ml.dmlc.xgboost4j.java.Booster b : x.getInnerModels()) {
            try {
                dumps.addAll(List.of(b.getModelDump(names, false, "json")));
            } catch (ml.dmlc.xgboost4j.java.XGBoostError e) {
                throw new IllegalStateException(e);
            }
        }
        if (x.getInnerModels().size() != 1) {
            throw new IllegalStateException("expected one booster, found " + x.getInnerModels().size());
        }
        int classes = m.getOutputIDInfo().size();
        int broken = m.getOutputIDInfo().getID(new Label(Examples.BROKEN));
        return TreeScorer.fromDump(dumps, index, classes, broken);
    }

}
