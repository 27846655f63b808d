package io.mlgate.engine.buildrisk.features;

import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Each author's commit times, from one walk over every commit reachable from the given commits, so that an author's
 * experience at any commit is a binary search: the number of their commits committed before it.
 * Authors are told apart by e-mail address, ignoring case.
 */
final class AuthorIndex {
    private final Map<String, long[]> times;

    private AuthorIndex(Map<String, long[]> times) {
        this.times = times;
    }

    static AuthorIndex build(GitRepo git, Collection<RevCommit> tips) {
        Map<String, long[]> growing = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        try (RevWalk w = new RevWalk(git.reader())) {
            for (RevCommit tip : tips) {
                w.markStart(w.parseCommit(tip));
            }
            for (RevCommit c : w) {
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
        return new AuthorIndex(sorted);
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
