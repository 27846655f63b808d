package io.mlgate.engine.buildrisk.features;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The commits reachable from some start commits that an earlier walk has not counted: a walk that goes from parent to
 * parent and stops at every counted commit (whose ancestors were all counted with it). Unlike a walk with the counted
 * commits marked uninteresting, it needs no commit-time order, so skewed commit times cannot make it count one twice.
 */
final class NewCommits {
    private NewCommits() {
    }

    /** In a shallow clone, fails when the walk reached where the clone's history stops ({@link ShallowBoundary}). */
    static List<RevCommit> walk(GitRepo git, Collection<RevCommit> starts, Predicate<ObjectId> counted) {
        List<RevCommit> out = new ArrayList<>();
        Set<ObjectId> seen = new HashSet<>();
        Deque<RevCommit> todo = new ArrayDeque<>();
        try (RevWalk w = new RevWalk(git.reader())) {
            for (RevCommit s : starts) {
                if (!counted.test(s) && seen.add(s.copy())) {
                    todo.push(w.parseCommit(s));
                }
            }
            while (!todo.isEmpty()) {
                RevCommit c = todo.pop();
                w.parseHeaders(c);
                out.add(c);
                for (RevCommit p : c.getParents()) {
                    if (!counted.test(p) && seen.add(p.copy())) {
                        todo.push(p);
                    }
                }
            }
            git.boundary().check(w, "counting the authors' commits since the model's saved state");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk commits in " + git.name() + ": " + e.getMessage(), e);
        }
        return out;
    }
}
