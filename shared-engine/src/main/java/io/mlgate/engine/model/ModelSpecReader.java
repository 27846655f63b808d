package io.mlgate.engine.model;

import io.mlgate.engine.config.Origin;
import io.mlgate.engine.config.YList;
import io.mlgate.engine.config.YMap;
import io.mlgate.engine.config.YNode;
import io.mlgate.engine.policy.Policy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the top of the {@code model:} section: {@code task}, {@code label}, {@code features}, {@code train}, {@code test}. */
public final class ModelSpecReader {
    private static final Set<String> KEYS = Set.of("task", "label", "features", "train", "test");

    private ModelSpecReader() {
    }

    /** The policy's model section; a policy without one is an error that says what to add. */
    public static ModelSpec read(Policy policy) {
        YMap m = policy.model().orElseThrow(() -> new io.mlgate.engine.api.BadInputException(policy.file()
                + ": has no 'model:' section; add one with task, label and train/test settings (see docs/model.md)"));
        return read(m, policy.baseDir());
    }

    public static ModelSpec read(YMap m, Path baseDir) {
        m.allowOnly(KEYS);
        ModelTask task = m.required("task").asScalar().asEnum(ModelTask.class);
        String label = m.string("label");
        Optional<List<String>> features = m.optList("features").map(l -> features(l, label));
        return new ModelSpec(task, label, features, m.optMap("train"), m.optMap("test"), baseDir, Origin.of(m));
    }

    private static List<String> features(YList list, String label) {
        List<String> names = list.nonEmpty().strings();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            YNode n = list.items().get(i);
            if (names.get(i).equals(label)) {
                throw n.error("the label column '" + label + "' cannot also be a feature");
            }
            if (!seen.add(names.get(i))) {
                throw n.error("feature '" + names.get(i) + "' is listed twice");
            }
        }
        return names;
    }
}
