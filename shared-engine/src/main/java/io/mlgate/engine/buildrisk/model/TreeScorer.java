package io.mlgate.engine.buildrisk.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlgate.engine.io.JsonText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Boosted trees in plain Java, read from XGBoost's JSON dump: one margin per class (the sum of that class's trees;
 * tree {@code t} belongs to class {@code t % classes}), the probability of "broken" their softmax. A split sends a
 * value to "yes" when {@code (float) x < split_condition}, as XGBoost compares in single precision; a NaN value
 * takes the "missing" branch.
 */
final class TreeScorer implements Scorer {
    static final String KIND = "trees";
    private final int classes;
    private final int broken;
    private final List<Tree> trees;

    /** One tree as flat arrays indexed by node id; {@code feature[n] < 0} marks a leaf. */
    record Tree(int[] feature, float[] threshold, int[] yes, int[] no, int[] missing, double[] leaf) {
        /** A tree of {@code size} nodes, every array zeroed. */
        static Tree sized(int size) {
            return new Tree(new int[size], new float[size], new int[size], new int[size], new int[size],
                    new double[size]);
        }

        double eval(double[] x) {
            int n = 0;
            while (feature[n] >= 0) {
                double v = x[feature[n]];
                n = Double.isNaN(v) ? missing[n] : (float) v < threshold[n] ? yes[n] : no[n];
            }
            return leaf[n];
        }
    }

    TreeScorer(int classes, int broken, List<Tree> trees) {
        if (classes < 1 || broken < 0 || broken >= Math.max(classes, 2) || trees.isEmpty()) {
            throw new IllegalArgumentException("bad tree model: " + classes + " classes, broken " + broken);
        }
        this.classes = classes;
        this.broken = broken;
        this.trees = List.copyOf(trees);
    }

    @Override
    public double score(double[] x) {
        double[] margin = new double[classes];
        for (int t = 0; t < trees.size(); t++) {
            margin[t % classes] += trees.get(t).eval(x);
        }
        if (classes == 1) {
            double p = 1 / (1 + Math.exp(-margin[0]));
            return broken == 1 ? p : 1 - p;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double m : margin) {
            max = Math.max(max, m);
        }
        double sum = 0;
        for (double m : margin) {
            sum += Math.exp(m - max);
        }
        return Math.exp(margin[broken] - max) / sum;
    }

    /**
     * Reads XGBoost JSON tree dumps whose split names are keys of {@code featureIndex}.
     *
     * @param dumps one JSON object per tree, in boosting order
     */
    static TreeScorer fromDump(List<String> dumps, Map<String, Integer> featureIndex, int classes, int broken) {
        List<Tree> trees = new ArrayList<>();
        for (String d : dumps) {
            try {
                trees.add(tree(JsonText.read(d), featureIndex));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("unreadable tree dump: " + e.getMessage(), e);
            }
        }
        return new TreeScorer(classes, broken, trees);
    }

    private static Tree tree(JsonNode root, Map<String, Integer> featureIndex) {
        List<JsonNode> nodes = new ArrayList<>();
        collect(root, nodes);
        int size = nodes.stream().mapToInt(n -> n.path("nodeid").asInt()).max().orElse(0) + 1;
        Tree t = Tree.sized(size);
        int[] feature = t.feature();
        float[] threshold = t.threshold();
        int[] yes = t.yes();
        int[] no = t.no();
        int[] missing = t.missing();
        double[] leaf = t.leaf();
        java.util.Arrays.fill(feature, -1);
        for (JsonNode n : nodes) {
            int id = n.path("nodeid").asInt();
            if (n.has("leaf")) {
                leaf[id] = n.path("leaf").asDouble();
                continue;
            }
            Integer f = featureIndex.get(n.path("split").asText());
            if (f == null) {
                throw new IllegalArgumentException("tree splits on an unknown feature '" + n.path("split").asText() + "'");
            }
            feature[id] = f;
            threshold[id] = (float) n.path("split_condition").asDouble();
            yes[id] = n.path("yes").asInt();
            no[id] = n.path("no").asInt();
            missing[id] = n.path("missing").asInt();
        }
        return t;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        out.add(n);
        n.path("children").forEach(c -> collect(c, out));
    }

    int classes() {
        return classes;
    }

    int brokenClass() {
        return broken;
    }

    List<Tree> trees() {
        return trees;
    }
}
