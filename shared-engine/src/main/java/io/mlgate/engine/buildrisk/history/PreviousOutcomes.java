package io.mlgate.engine.buildrisk.history;

import java.util.HashMap;
import java.util.Map;

/**
 * A walk over a history's builds in order that knows, for the next build, whether the previous completed build on
 * its branch broke (the previous completed build overall when its branch has none yet; no build at all counts as
 * not broken), and that counts the completed builds walked and the broken ones among them by that previous outcome.
 * It is the previous-outcome baseline's view of a history: its calls and its rates. Canceled builds are passed over.
 * A walk can stop at a build and be resumed later from its counts and each branch's last outcome (a model's saved
 * replay state keeps them), so that the builds before need not be read again.
 */
public final class PreviousOutcomes {
    private final Map<String, Boolean> onBranch;
    private Boolean overall;
    private final int[] builds;
    private final int[] broken;

    private PreviousOutcomes(Map<String, Boolean> onBranch, Boolean overall, int[] builds, int[] broken) {
        this.onBranch = new HashMap<>(onBranch);
        this.overall = overall;
        this.builds = builds.clone();
        this.broken = broken.clone();
    }

    /** Before the first build. */
    public static PreviousOutcomes start() {
        return new PreviousOutcomes(Map.of(), null, new int[2], new int[2]);
    }

    /**
     * Where a walk stood: each branch's last completed outcome (true: broken), the last one overall (null: none yet),
     * and the counts {after a passing build, after a broken one} of completed builds and broken ones.
     */
    public static PreviousOutcomes resume(Map<String, Boolean> lastBrokenOnBranch, Boolean lastBrokenOverall,
                                          int[] builds, int[] broken) {
        if (builds.length != 2 || broken.length != 2 || builds[0] < broken[0] || builds[1] < broken[1]
                || broken[0] < 0 || broken[1] < 0) {
            throw new IllegalArgumentException("counts of builds and broken ones after a passing and after a broken "
                    + "build, with no more broken than builds, expected");
        }
        return new PreviousOutcomes(lastBrokenOnBranch, lastBrokenOverall, builds, broken);
    }

    /** The walk over {@code builds} from the start. */
    public static PreviousOutcomes after(Iterable<Build> builds) {
        PreviousOutcomes walk = start();
        builds.forEach(walk::add);
        return walk;
    }

    /** Whether the previous completed build on {@code b}'s branch (else overall) broke. */
    public boolean previousBroken(Build b) {
        Boolean before = onBranch.getOrDefault(b.branch(), overall);
        return before != null && before;
    }

    /** Walks over {@code b}: counts it when completed, under {@link #previousBroken}, then remembers its outcome. */
    public void add(Build b) {
        if (!b.status().isCompleted()) {
            return;
        }
        int k = previousBroken(b) ? 1 : 0;
        builds[k]++;
        broken[k] += b.status().isBroken() ? 1 : 0;
        onBranch.put(b.branch(), b.status().isBroken());
        overall = b.status().isBroken();
    }

    /** Completed builds walked {after a passing build, after a broken one}. */
    public int[] builds() {
        return builds.clone();
    }

    /** Broken builds among them. */
    public int[] broken() {
        return broken.clone();
    }

    /** Completed builds walked. */
    public int completed() {
        return builds[0] + builds[1];
    }

    /** Broken builds walked. */
    public int brokenCount() {
        return broken[0] + broken[1];
    }

    /** A walk that goes on from here without changing this one. */
    public PreviousOutcomes copy() {
        return new PreviousOutcomes(onBranch, overall, builds, broken);
    }
}
