package io.mlgate.engine.buildrisk.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.io.JsonText;

/**
 * A plain-Java scorer as the {@code scorer.json} that models trained before {@code scorer.bin} carry, so that tests
 * can check {@link ScorerJson} still reads them. (Train writes the binary file only.)
 */
final class LegacyScorerJson {
    private LegacyScorerJson() {
    }

    static ObjectNode of(Scorer s) {
        if (s instanceof LinearScorer l) {
            ObjectNode o = JsonText.NODES.objectNode();
            o.put("kind", LinearScorer.KIND);
            o.put("intercept", l.intercept());
            ArrayNode w = o.putArray("weights");
            for (double v : l.weights()) {
                w.add(v);
            }
            return o;
        }
        if (s instanceof TreeScorer t) {
            return trees(t);
        }
        if (s instanceof AverageScorer a) {
            ObjectNode o = JsonText.NODES.objectNode();
            o.put("kind", AverageScorer.KIND);
            ArrayNode members = o.putArray("members");
            a.members().forEach(m -> members.add(of(m)));
            return o;
        }
        throw new IllegalArgumentException("no JSON form for " + s.getClass().getSimpleName());
    }

    private static ObjectNode trees(TreeScorer t) {
        ObjectNode o = JsonText.NODES.objectNode();
        o.put("kind", TreeScorer.KIND);
        o.put("classes", t.classes());
        o.put("broken_class", t.brokenClass());
        ArrayNode ts = o.putArray("trees");
        for (TreeScorer.Tree tree : t.trees()) {
            ObjectNode j = ts.addObject();
            ArrayNode f = j.putArray("feature");
            ArrayNode th = j.putArray("threshold");
            ArrayNode y = j.putArray("yes");
            ArrayNode n = j.putArray("no");
            ArrayNode m = j.putArray("missing");
            ArrayNode l = j.putArray("leaf");
            for (int i = 0; i < tree.feature().length; i++) {
                f.add(tree.feature()[i]);
                th.add(tree.threshold()[i]);
                y.add(tree.yes()[i]);
                n.add(tree.no()[i]);
                m.add(tree.missing()[i]);
                l.add(tree.leaf()[i]);
            }
        }
        return o;
    }
}
