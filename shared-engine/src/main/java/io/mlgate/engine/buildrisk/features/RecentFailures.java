package io.mlgate.engine.buildrisk.features;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changed files of the last {@link #WINDOW} broken builds (a broken build whose commit is missing counts, with no
 * files), and how a new change overlaps them.
 */
final class RecentFailures {
    static final int WINDOW = 20;
    private final Deque<Set<String>> failures = new ArrayDeque<>();
    private final Map<String, Integer> pathCounts = new HashMap<>();

    void addFailure(Set<String> paths) {
        failures.addLast(paths);
        paths.forEach(p -> pathCounts.merge(p, 1, Integer::sum));
        if (failures.size() > WINDOW) {
            failures.removeFirst().forEach(p -> pathCounts.computeIfPresent(p, (k, v) -> v == 1 ? null : v - 1));
        }
    }

    /** The kept failures' changed files, oldest first. */
    List<Set<String>> failures() {
        return List.copyOf(failures);
    }

    FailureOverlap overlap(Set<String> changed) {
        List<String> examples = new java.util.ArrayList<>();
        int files = 0;
        for (String p : changed) {
            if (pathCounts.containsKey(p)) {
                files++;
                if (examples.size() < 3) {
                    examples.add(p);
                }
            }
        }
        int sharing = 0;
        if (files > 0) {
            for (Set<String> f : failures) {
                if (shares(f, changed)) {
                    sharing++;
                }
            }
        }
        return new FailureOverlap(files, sharing, failures.size(), examples);
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String p : small) {
            if (large.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
