package io.mlgate.engine.buildrisk.features;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Each author's commit times, from one walk over every commit reachable from the given commits, so that an author's
 * experience at any commit is a binary search: the number of their commits committed before it.
 * Authors are told apart by e-mail address, ignoring case.
 */
final class AuthorIndex {
    private final Map<String, long[]> times;
    private final List<ObjectId> walked;
    private final List<ObjectId> frontier;

    private AuthorIndex(Map<String, long[]> times, List<ObjectId> walked, List<ObjectId> frontier) {
        this.times = times;
        this.walked = walked;
        this.frontier = frontier;
    }

    /**
     * The index of one author: {@code saved}, their commit times in an index saved earlier, with their commits among
     * {@code added} (commits that index did not hold).
     */
    static AuthorIndex of(String author, long[] saved, List<RevCommit> added) {
        long[] t = Arrays.copyOf(saved, saved.length + added.size());
        int n = saved.length;
        for (RevCommit c : added) {
            if (author(c).equals(author)) {
                t[n++] = c.getCommitTime();
            }
        }
        t = Arrays.copyOf(t, n);
        Arrays.sort(t);
        return new AuthorIndex(Map.of(author, t), List.of(), List.of());
    }

    static AuthorIndex build(GitRepo git, Collection<RevCommit> tips) {
        Map<String, long[]> growing = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        List<ObjectId> walked = new ArrayList<>();
        Set<ObjectId> parents = new HashSet<>();
        try (RevWalk w = new RevWalk(git.reader())) {
            for (RevCommit tip : tips) {
                w.markStart(w.parseCommit(tip));
            }
            for (RevCommit c : w) {
                walked.add(c.copy());
                for (RevCommit p : c.getParents()) {
                    parents.add(p.copy());
                }
                String author = author(c);
                int n = sizes.merge(author, 1, Integer::sum);
                long[] arr = growing.computeIfAbsent(author, a -> new long[8]);
                if (n > arr.length) {
                    arr = Arrays.copyOf(arr, arr.length * 2);
                    growing.put(author, arr);
                }
                arr[n - 1] = c.getCommitTime();
                c.disposeBody();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk commits in " + git.name() + ": " + e.getMessage(), e);
        }
        Map<String, long[]> sorted = new HashMap<>();
        growing.forEach((a, arr) -> {
            long[] t = Arrays.copyOf(arr, sizes.get(a));
            Arrays.sort(t);
            sorted.put(a, t);
        });
        List<ObjectId> frontier = new ArrayList<>();
        for (RevCommit tip : new LinkedHashSet<>(tips)) {
            if (!parents.contains(tip)) {
                frontier.add(tip.copy());
            }
        }
        return new AuthorIndex(sorted, walked, frontier);
    }

    /** Each author's commit times, sorted (what a replay state saves). */
    Map<String, long[]> times() {
        return times;
    }

    /** Every commit the walk reached. */
    List<ObjectId> walked() {
        return walked;
    }

    /** The walk's start commits that no other start commit reaches: every walked commit is reachable from one. */
    List<ObjectId> frontier() {
        return frontier;
    }

    static String author(RevCommit c) {
        return c.getAuthorIdent().getEmailAddress().toLowerCase(Locale.ROOT);
    }

    /** How many commits the index holds. */
    long commits() {
        return times.values().stream().mapToLong(t -> t.length).sum();
    }

    /** How many commits {@code author} committed strictly before {@code commitTime} (seconds since the epoch). */
    int commitsBefore(String author, long commitTime) {
        long[] t = times.get(author);
        if (t == null) {
            return 0;
        }
        int lo = 0;
        int hi = t.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] < commitTime) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
