package io.mlgate.engine.buildrisk.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A project's builds, oldest first, as the CI system triggered them (for Travis, GitHub Actions and Jenkins: by
 * build id). Features of a build may use only the builds before it in this order.
 *
 * @param source where the history was read from, for messages
 * @param builds the builds; ids are unique
 */
public record BuildHistory(String source, List<Build> builds) {
    public BuildHistory {
        Objects.requireNonNull(source, "source");
        builds = List.copyOf(builds);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < builds.size(); i++) {
            Integer first = seen.putIfAbsent(builds.get(i).id(), i);
            if (first != null) {
                throw new IllegalArgumentException("duplicate build id '" + builds.get(i).id() + "' (builds "
                        + (first + 1) + " and " + (i + 1) + ")");
            }
        }
    }

    public int size() {
        return builds.size();
    }

    /** Builds that produced an outcome (canceled builds left out), in order. */
    public List<Build> completed() {
        return builds.stream().filter(b -> b.status().isCompleted()).toList();
    }

    /**
     * This history with {@code incoming} merged in: a build whose id is already here replaces it in place (its
     * outcome may have changed since; a risk recorded with it stays unless the incoming build has one), new builds
     * are appended in their order.
     */
    public BuildHistory merge(List<Build> incoming) {
        Map<String, Build> byId = new LinkedHashMap<>();
        builds.forEach(b -> byId.put(b.id(), b));
        Map<String, Build> added = new LinkedHashMap<>();
        for (Build b : incoming) {
            if (byId.containsKey(b.id())) {
                byId.put(b.id(), b.keepingRiskOf(byId.get(b.id())));
            } else {
                added.put(b.id(), b);
            }
        }
        List<Build> all = new ArrayList<>(byId.values());
        all.addAll(added.values());
        return new BuildHistory(source, all);
    }
}
