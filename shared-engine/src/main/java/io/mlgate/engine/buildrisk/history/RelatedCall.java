package io.mlgate.engine.buildrisk.history;

/**
 * The related-outcome rule's call on a build, and why. It keeps the previous-outcome baseline's call (broken when
 * the previous completed build on the branch, else overall, broke) except where the build's related builds
 * ({@link RelatedBuilds}) say otherwise:
 * <ul>
 *   <li>a build of a commit among the last {@value RelatedBuilds#COMMITS} built takes the outcome of its latest
 *       build;</li>
 *   <li>a build that is not a pull request's, after a broken build, is called passing when the previous push on its
 *       branch passed (the broken build was some pull request's);</li>
 *   <li>a pull-request build after a passing build is called broken when the same pull request's previous build
 *       broke.</li>
 * </ul>
 * Each overrules the baseline only where, pooled over TravisTorrent's Java histories, the builds broke on the far
 * side of about 0.3 from the baseline's call — half the F1 such histories reach, where a call starts to gain F1
 * (docs/buildrisk-measured.md, "The related-outcome rule").
 */
public enum RelatedCall {
    PREVIOUS_BROKE(true),
    PREVIOUS_PASSED(false),
    COMMIT_BROKE(true),
    COMMIT_PASSED(false),
    PUSH_PASSED(false),
    PULL_REQUEST_BROKE(true);

    private final boolean broken;

    RelatedCall(boolean broken) {
        this.broken = broken;
    }

    /** The rule's call on {@code b}, the next build, after a broken build or not, with the builds before it. */
    public static RelatedCall of(Build b, boolean previousBroken, RelatedBuilds related) {
        var commit = related.sameCommit(b);
        if (commit.isPresent()) {
            return commit.get().isBroken() ? COMMIT_BROKE : COMMIT_PASSED;
        }
        var other = related.of(b);
        if (previousBroken && !b.isPullRequest() && other.filter(s -> !s.isBroken()).isPresent()) {
            return PUSH_PASSED;
        }
        if (!previousBroken && b.isPullRequest() && other.filter(BuildStatus::isBroken).isPresent()) {
            return PULL_REQUEST_BROKE;
        }
        return previousBroken ? PREVIOUS_BROKE : PREVIOUS_PASSED;
    }

    /** The baseline's own call, for a build the rule was not worked out for (features made before it was). */
    public static RelatedCall baseline(boolean previousBroken) {
        return previousBroken ? PREVIOUS_BROKE : PREVIOUS_PASSED;
    }

    /** Whether the rule calls the build broken. */
    public boolean broken() {
        return broken;
    }

    /** Why, in words: "the previous push on main passed". */
    public String words(Build b) {
        String pr = b.pullRequest().isPresent() ? "pull request #" + b.pullRequest().getAsInt() : "the pull request";
        return switch (this) {
            case PREVIOUS_BROKE -> "the previous build broke";
            case PREVIOUS_PASSED -> "the previous build passed";
            case COMMIT_BROKE -> "an earlier build of commit " + abbreviated(b.commit()) + " broke";
            case COMMIT_PASSED -> "an earlier build of commit " + abbreviated(b.commit()) + " passed";
            case PUSH_PASSED -> "the previous push on " + b.branch() + " passed (the broken build before it was a pull "
                    + "request's)";
            case PULL_REQUEST_BROKE -> "the previous build of " + pr + " broke";
        };
    }

    private static String abbreviated(String commit) {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }
}
