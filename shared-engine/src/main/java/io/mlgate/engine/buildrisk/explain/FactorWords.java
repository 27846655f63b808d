package io.mlgate.engine.buildrisk.explain;

import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.FailureOverlap;
import io.mlgate.engine.buildrisk.features.Feature;
import io.mlgate.engine.buildrisk.features.FileKind;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** A feature of one build in plain words, from the build's own details. */
final class FactorWords {
    private FactorWords() {
    }

    static String describe(Feature f, BuildFeatures b) {
        double v = b.raw(f);
        String branch = b.build().branch();
        return switch (f) {
            case FILES_CHANGED -> "changes " + count(v, "file");
            case LINES_ADDED -> "adds " + count(v, "line");
            case LINES_DELETED -> "deletes " + count(v, "line");
            case SOURCE_FILES -> "changes " + count(v, "source file") + examples(b.change().of(FileKind.SOURCE));
            case TEST_FILES -> "changes " + count(v, "test file") + examples(b.change().of(FileKind.TEST));
            case TOUCHES_BUILD_CONFIG -> v > 0 ? "touches build configuration: " + list(b.change().of(FileKind.BUILD_CONFIG))
                    : "leaves the build configuration alone";
            case TOUCHES_CI_CONFIG -> v > 0 ? "touches CI configuration: " + list(b.change().of(FileKind.CI_CONFIG))
                    : "leaves the CI configuration alone";
            case TOUCHES_DEPENDENCIES -> v > 0 ? "touches dependencies: " + list(b.change().dependencyFiles())
                    : "leaves dependencies alone";
            case DOCS_ONLY -> v > 0 ? "changes documentation only" : "changes more than documentation";
            case DIRECTORIES -> "spans " + count(v, "directory", "directories");
            case COMMITS_SINCE_PREVIOUS_BUILD -> count(v, "commit") + " since the previous build";
            case AUTHOR_EXPERIENCE -> "the author (" + b.author() + ") has " + count(v, "earlier commit");
            case AUTHOR_RECENT_FAILURE_RATE -> percent(v) + " of the author's last " + count(b.raw(Feature.AUTHOR_RECENT_BUILDS),
                    "build") + " broke";
            case AUTHOR_RECENT_BUILDS -> "the author had " + count(v, "recent build");
            case CHANGED_FILES_IN_RECENT_FAILURES, RECENT_FAILURES_SHARING_FILES -> overlap(b.overlap());
            case PREVIOUS_BUILD_BROKEN, PREVIOUS_BUILD_ERRORED -> previous(b, branch);
            case FAILURE_STREAK -> (v > 0 ? count(v, "build") + " in a row broke" : "no build broke") + " before this one"
                    + onBranch(b, branch);
            case BRANCH_RECENT_FAILURE_RATE -> percent(v) + " of the recent builds" + onBranch(b, branch) + " broke";
            case HOURS_SINCE_PREVIOUS_BUILD -> since(v) + " since the previous build";
            case PULL_REQUEST -> v > 0 ? "a pull-request build" : "a push build";
            case HOUR_OF_DAY -> String.format(Locale.ROOT, "starts at %02d:00 UTC", (int) v);
            case PROJECT_RECENT_FAILURE_RATE -> percent(v) + " of the recent builds on all branches broke";
            case FIRST_BUILD_ON_BRANCH -> v > 0 ? "the first build on its branch" : "its branch has built before";
            case RELATED_BUILD_BROKEN, NO_RELATED_BUILD -> related(b, branch);
            case RELATED_OUTCOME_CALL -> "the related-outcome rule calls it " + (v > 0 ? "broken: " : "passing: ")
                    + b.related().words(b.build());
            case WEEKDAY -> "starts on a " + DayOfWeek.of((int) Math.max(1, Math.min(7, v))).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        };
    }

    /** A time in hours, in the unit a reader takes in: hours up to two days, days after. */
    static String since(double hours) {
        if (hours < 48) {
            return String.format(Locale.ROOT, "%.1f hours", hours);
        }
        double days = hours / 24;
        return days < 60 ? String.format(Locale.ROOT, "%.1f days", days) : String.format(Locale.ROOT, "%.0f days", days);
    }

    private static String overlap(FailureOverlap o) {
        if (o.filesInFailures() == 0) {
            return "none of the changed files were in the last " + count(o.window(), "failure");
        }
        int n = o.filesInFailures();
        return n + " of the changed files " + (n == 1 ? "was" : "were") + " in " + o.failuresSharing() + " of the last "
                + count(o.window(), "failure") + examples(o.examples());
    }

    private static String previous(BuildFeatures b, String branch) {
        return b.previous().map(p -> "the previous build" + (p.sameBranch() ? " on " + branch : "") + " (" + p.id() + ") "
                + p.status().historyName()).orElse("no earlier build");
    }

    /** The related build ({@code RelatedBuilds}): a pull request's own previous build, a branch's previous push. */
    private static String related(BuildFeatures b, String branch) {
        if (b.build().isPullRequest() && b.build().pullRequest().isEmpty()) {
            return "a pull-request build without its number";
        }
        String which = b.build().isPullRequest() ? "build of pull request #" + b.build().pullRequest().getAsInt()
                : "push build on " + branch;
        if (b.raw(Feature.NO_RELATED_BUILD) > 0) {
            return "the first " + which;
        }
        return "the previous " + which + (b.raw(Feature.RELATED_BUILD_BROKEN) > 0 ? " broke" : " did not break");
    }

    private static String onBranch(BuildFeatures b, String branch) {
        return b.previous().map(p -> p.sameBranch() ? " on " + branch : "").orElse("");
    }

    private static String count(double v, String one) {
        return count(v, one, one + "s");
    }

    private static String count(double v, String one, String many) {
        long n = Math.round(v);
        return (n == 0 ? "no" : Long.toString(n)) + " " + (n == 1 ? one : many);
    }

    private static String percent(double v) {
        return Math.round(v * 100) + "%";
    }

    private static String list(List<String> paths) {
        String shown = String.join(", ", paths.subList(0, Math.min(3, paths.size())));
        return paths.size() > 3 ? shown + " and " + (paths.size() - 3) + " more" : shown;
    }

    private static String examples(List<String> paths) {
        return paths.isEmpty() ? "" : " (" + list(paths) + ")";
    }
}
