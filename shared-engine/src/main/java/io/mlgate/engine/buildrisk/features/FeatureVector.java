package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildStatus;
import io.mlgate.engine.buildrisk.history.RelatedCall;
import org.eclipse.jgit.revwalk.RevCommit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Fills the {@link Feature} measurements of one build from the history state before it and its change. */
final class FeatureVector {
    private FeatureVector() {
    }

    static BuildFeatures of(HistoryState state, Build b, RevCommit c, Instant time, ChangeStats change,
                            AuthorIndex authors, int commitsSince) {
        double[] v = new double[Feature.values().length];
        String author = AuthorIndex.author(c);
        BranchState prev = state.branchOrAll(b.branch());
        Recent byAuthor = state.author(author);
        FailureOverlap overlap = state.failures().overlap(change.paths());
        set(v, Feature.FILES_CHANGED, change.files());
        set(v, Feature.LINES_ADDED, Math.max(0, change.linesAdded()));
        set(v, Feature.LINES_DELETED, Math.max(0, change.linesDeleted()));
        set(v, Feature.SOURCE_FILES, change.count(FileKind.SOURCE));
        set(v, Feature.TEST_FILES, change.count(FileKind.TEST));
        set(v, Feature.TOUCHES_BUILD_CONFIG, flag(change.count(FileKind.BUILD_CONFIG) > 0));
        set(v, Feature.TOUCHES_CI_CONFIG, flag(change.count(FileKind.CI_CONFIG) > 0));
        set(v, Feature.TOUCHES_DEPENDENCIES, flag(!change.dependencyFiles().isEmpty()));
        set(v, Feature.DOCS_ONLY, flag(change.docsOnly()));
        set(v, Feature.DIRECTORIES, change.directories());
        set(v, Feature.COMMITS_SINCE_PREVIOUS_BUILD, commitsSince);
        set(v, Feature.AUTHOR_EXPERIENCE, authors.commitsBefore(author, c.getCommitTime()));
        set(v, Feature.AUTHOR_RECENT_FAILURE_RATE, byAuthor.rate());
        set(v, Feature.AUTHOR_RECENT_BUILDS, byAuthor.count());
        set(v, Feature.CHANGED_FILES_IN_RECENT_FAILURES, overlap.filesInFailures());
        set(v, Feature.RECENT_FAILURES_SHARING_FILES, overlap.failuresSharing());
        boolean previousBroken = prev.lastStatus != null && prev.lastStatus.isBroken();
        set(v, Feature.PREVIOUS_BUILD_BROKEN, flag(previousBroken));
        set(v, Feature.PREVIOUS_BUILD_ERRORED, flag(prev.lastStatus == BuildStatus.ERRORED));
        set(v, Feature.FAILURE_STREAK, prev.streak);
        set(v, Feature.BRANCH_RECENT_FAILURE_RATE, prev.recent.rate());
        set(v, Feature.HOURS_SINCE_PREVIOUS_BUILD, prev.lastTime == null ? 0
                : Math.max(0, Duration.between(prev.lastTime, time).toSeconds() / 3600.0));
        set(v, Feature.PULL_REQUEST, flag(b.isPullRequest()));
        ZonedDateTime utc = time.atZone(ZoneOffset.UTC);
        set(v, Feature.HOUR_OF_DAY, utc.getHour());
        set(v, Feature.WEEKDAY, utc.getDayOfWeek().getValue());
        set(v, Feature.PROJECT_RECENT_FAILURE_RATE, state.all().recent.rate());
        set(v, Feature.FIRST_BUILD_ON_BRANCH, flag(prev == state.all()));
        Optional<BuildStatus> related = state.related().of(b);
        set(v, Feature.RELATED_BUILD_BROKEN, flag(related.filter(BuildStatus::isBroken).isPresent()));
        set(v, Feature.NO_RELATED_BUILD, flag(related.isEmpty()));
        Optional<BuildFeatures.Previous> previous = prev.lastStatus == null ? Optional.empty()
                : Optional.of(new BuildFeatures.Previous(prev.lastBuildId, prev.lastStatus, state.knowsBranch(b.branch())));
        return new BuildFeatures(b, v, change, overlap, previous, author,
                RelatedCall.of(b, previousBroken, state.related()));
    }

    private static void set(double[] v, Feature f, double value) {
        v[f.ordinal()] = value;
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }
}
