package io.mlgate.engine.buildrisk.features;

import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Merge bases and commit counts between two commits, through one object reader (one thread's); in a shallow clone,
 * each walk fails when it reached where the clone's history stops ({@link ShallowBoundary#check}).
 */
final class Ancestry {
    private final ObjectReader reader;
    private final ShallowBoundary boundary;
    private final String need;

    /** {@code need}: what the walks are for, for the message of a clone too shallow. */
    Ancestry(ObjectReader reader, ShallowBoundary boundary, String need) {
        this.reader = reader;
        this.boundary = boundary;
        this.need = need;
    }

    /** The best common ancestor of {@code a} and {@code b}, parsed in {@code into}; null when they share none. */
    RevCommit mergeBase(AnyObjectId a, AnyObjectId b, RevWalk into) {
        try {
            if (a.equals(b)) {
                return into.parseCommit(a);
            }
            try (RevWalk w = new RevWalk(reader)) {
                w.setRevFilter(RevFilter.MERGE_BASE);
                w.markStart(w.parseCommit(a));
                w.markStart(w.parseCommit(b));
                RevCommit base = w.next();
                boundary.check(w, need);
                return base == null ? null : into.parseCommit(base);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk commits: " + e.getMessage(), e);
        }
    }

    /** Commits reachable from {@code to} but not from {@code from} (all of {@code to}'s when null), at most {@code cap}. */
    int commitsBetween(AnyObjectId from, AnyObjectId to, int cap) {
        try (RevWalk w = new RevWalk(reader)) {
            w.setRetainBody(false);
            w.markStart(w.parseCommit(to));
            if (from != null) {
                w.markUninteresting(w.parseCommit(from));
            }
            int n = 0;
            while (n < cap && w.next() != null) {
                n++;
            }
            boundary.check(w, need);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk commits: " + e.getMessage(), e);
        }
    }
}
