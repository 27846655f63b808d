package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.api.BadInputException;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Set;

/**
 * Where a shallow clone's history stops: the commits whose parents the clone cut off (JGit gives them none). A
 * commit walk that parsed none of them saw every commit it reached with its true parents, so it went as it would in
 * the full repository, and so did the features it fed; a walk that parsed one may have stopped short of what a full
 * clone holds. {@link #check} makes that bad input that says what to fetch, rather than features computed from a
 * cut history (a change measured from the empty tree, an author's earlier commits uncounted). Checks are
 * conservative: a walk that parsed a boundary commit but would not have gone past it also fails (a few commits more
 * history then pass). In a full clone there is no boundary and nothing is checked.
 */
final class ShallowBoundary {
    /** How to fetch a clone's whole history. */
    static final String UNSHALLOW = "git fetch --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0";
    /** What the user can do about a clone that is too shallow for a prediction. */
    static final String FETCH_MORE = "git fetch --deepen=N or " + UNSHALLOW;

    /** A full clone's: no boundary, nothing to check. */
    static final ShallowBoundary NONE = new ShallowBoundary("", Set.of());

    private final String repo;
    private final Set<ObjectId> commits;

    ShallowBoundary(String repo, Set<ObjectId> commits) {
        this.repo = repo;
        this.commits = Set.copyOf(commits);
    }

    /** Whether the repository is a shallow clone. */
    boolean isShallow() {
        return !commits.isEmpty();
    }

    /**
     * Fails when {@code walk} parsed a commit whose parents the clone cut off, so that what it found for {@code need}
     * (the change of a build, say) may differ from the full repository's.
     */
    void check(RevWalk walk, String need) {
        for (ObjectId id : commits) {
            // JGit creates the boundary's commits in every walk up front; only a parsed one has its tree set
            if (walk.lookupOrNull(id) instanceof RevCommit c && c.getTree() != null) {
                throw new BadInputException(repo + " is a shallow clone whose history stops at commit "
                        + abbrev(id) + " (" + Instant.ofEpochSecond(c.getCommitTime())
                        + "), short of what " + need + " needs: fetch more of it (" + FETCH_MORE + ")");
            }
        }
    }

    /** Fails when this shallow clone lacks {@code id}, which {@code need} needs; nothing in a full clone. */
    void require(ObjectReader reader, AnyObjectId id, String need) {
        if (!isShallow()) {
            return;
        }
        try {
            if (!reader.has(id)) {
                throw new BadInputException(repo + " is a shallow clone that lacks commit " + abbrev(id)
                        + ", which " + need + " needs: fetch more of its history (" + FETCH_MORE + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read object " + id.name() + " in " + repo + ": " + e.getMessage(), e);
        }
    }

    /** A short name for {@code id} in messages. */
    static String abbrev(AnyObjectId id) {
        return id.name().substring(0, 12);
    }
}
