package io.mlgate.engine.buildrisk.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.mlgate.engine.io.JsonText;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a plain-Java scorer back from the {@code scorer.json} of models trained before {@code scorer.bin}
 * ({@link ScorerBinary}), by its {@code kind}. Token by token, the numbers going straight
 * into the scorers' arrays (a 5 x 200-tree model is 230 KB of numbers).
 */
final class ScorerJson {
    private ScorerJson() {
    }

    /** A linear, tree or average scorer over {@code features} model values. */
    static Scorer read(byte[] json, int features) throws IOException {
        try (JsonParser p = JsonText.factory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("expected a JSON object");
            }
            return scorer(p, features, true);
        }
    }

    /** The scorer whose object {@code p} has just entered; an average's members are linear or tree scorers. */
    private static Scorer scorer(JsonParser p, int features, boolean top) throws IOException {
        String kind = "";
        int classes = -1;
        int broken = -1;
        Double intercept = null;
        double[] weights = null;
        List<TreeScorer.Tree> trees = new ArrayList<>();
        List<Scorer> members = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "kind" -> kind = p.getValueAsString("");
                case "classes" -> classes = p.getValueAsInt(-1);
                case "broken_class" -> broken = p.getValueAsInt(-1);
                case "intercept" -> intercept = number(p);
                case "weights" -> weights = numbers(p);
                case "trees" -> {
                    expect(p.currentToken(), JsonToken.START_ARRAY, "trees");
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        trees.add(tree(p, features));
                    }
                }
                case "members" -> {
                    expect(p.currentToken(), JsonToken.START_ARRAY, "members");
                    while (top && p.nextToken() == JsonToken.START_OBJECT) {
                        members.add(scorer(p, features, false));
                    }
                }
                default -> p.skipChildren();
            }
        }
        switch (kind) {
            case LinearScorer.KIND -> {
                if (weights == null || weights.length != features) {
                    throw new IllegalArgumentException("expected " + features + " weights, found "
                            + (weights == null ? 0 : weights.length));
                }
                if (intercept == null) {
                    throw new IllegalArgumentException("a linear scorer without an intercept");
                }
                return new LinearScorer(intercept, weights);
            }
            case TreeScorer.KIND -> {
                return new TreeScorer(classes, broken, trees);
            }
            case AverageScorer.KIND -> {
                if (!top) {
                    throw new IllegalArgumentException("an average inside an average");
                }
                return new AverageScorer(members);
            }
            default -> throw new IllegalArgumentException("unknown scorer kind '" + kind + "'");
        }
    }

    /** One tree: parallel arrays indexed by node id. */
    private static TreeScorer.Tree tree(JsonParser p, int features) throws IOException {
        double[][] arrays = new double[6][];
        List<String> names = List.of("feature", "threshold", "yes", "no", "missing", "leaf");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            int i = names.indexOf(p.currentName());
            p.nextToken();
            if (i < 0) {
                p.skipChildren();
            } else {
                arrays[i] = numbers(p);
            }
        }
        for (int i = 0; i < arrays.length; i++) {
            if (arrays[i] == null || arrays[i].length != arrays[0].length) {
                throw new IllegalArgumentException("a tree's '" + names.get(i) + "' is missing or of another length");
            }
        }
        TreeScorer.Tree t = TreeScorer.Tree.sized(arrays[0].length);
        for (int n = 0; n < arrays[0].length; n++) {
            t.feature()[n] = (int) arrays[0][n];
            if (t.feature()[n] >= features) {
                throw new IllegalArgumentException("tree splits on feature " + t.feature()[n] + " of " + features);
            }
            t.threshold()[n] = (float) arrays[1][n];
            t.yes()[n] = (int) arrays[2][n];
            t.no()[n] = (int) arrays[3][n];
            t.missing()[n] = (int) arrays[4][n];
            t.leaf()[n] = arrays[5][n];
        }
        return t;
    }

    private static double number(JsonParser p) throws IOException {
        if (!p.currentToken().isNumeric()) {
            throw new IllegalArgumentException("expected a number at '" + p.currentName() + "', got " + p.currentToken());
        }
        return p.getDoubleValue();
    }

    /** The array of numbers {@code p} is at. */
    private static double[] numbers(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY, p.currentName());
        double[] out = new double[16];
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = number(p);
        }
        return Arrays.copyOf(out, n);
    }

    private static void expect(JsonToken got, JsonToken wanted, String what) {
        if (got != wanted) {
            throw new IllegalArgumentException("expected " + wanted + " at '" + what + "', got " + got);
        }
    }
}
