package io.mlgate.engine.buildrisk.features;

import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What one build changed: the files and lines since its base (the last built commit, or rather its merge base with
 * the build's commit; the first parent when there is no base), and how many commits lie between.
 */
record BuildChange(ChangeStats stats, int commitsSince) {

    /** {@code base} itself when it is a parent of {@code c} (a push on top of the last build: no walk needed). */
    private static RevCommit parentOrMergeBase(Ancestry ancestry, AnyObjectId base, RevCommit c, RevWalk w) throws IOException {
        for (RevCommit p : c.getParents()) {
            if (p.equals(base)) {
                return w.parseCommit(p);
            }
        }
        return ancestry.mergeBase(base, c, w);
    }

    /**
     * Reads the change of {@code commit} from {@code base} (null: none) with one thread's reader; in a shallow clone,
     * fails unless the clone holds all the walks need ({@link ShallowBoundary}).
     */
    static BuildChange read(ObjectReader reader, ChangeReader changes, AnyObjectId base, RevCommit commit,
                            boolean countLines, ShallowBoundary boundary) {
        // what the walks are for, said only when a shallow clone is too shallow: a whole history's builds pass here
        String need = !boundary.isShallow() ? "" : "the change of commit " + ShallowBoundary.abbrev(commit)
                + (base == null ? "" : " since the last built commit " + ShallowBoundary.abbrev(base));
        if (base != null) {
            boundary.require(reader, base, need);
        }
        Ancestry ancestry = new Ancestry(reader, boundary, need);
        try (RevWalk w = new RevWalk(reader)) {
            RevCommit c = w.parseCommit(commit);
            RevCommit from = base == null ? null : parentOrMergeBase(ancestry, base, c, w);
            if (from == null && c.getParentCount() > 0) {
                from = w.parseCommit(c.getParent(0));
            }
            boundary.check(w, need);
            int commits = ancestry.commitsBetween(base, c, FeatureExtractor.COMMITS_CAP);
            if (from != null && from.equals(c)) {
                return new BuildChange(ChangeStats.NONE, commits);
            }
            return new BuildChange(changes.read(from == null ? null : from.getTree(), c.getTree(), countLines), commits);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read commit " + commit.name() + ": " + e.getMessage(), e);
        }
    }
}
