package io.mlgate.engine.buildrisk;

import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildEvent;
import io.mlgate.engine.buildrisk.history.BuildStatus;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** A small git repository made in a test with JGit: commits with chosen files, authors and times. */
public final class GitFixture implements AutoCloseable {
    public static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");
    private final Git git;
    private final Path dir;

    private GitFixture(Git git, Path dir) {
        this.git = git;
        this.dir = dir;
    }

    public static GitFixture init(Path dir) {
        try {
            return new GitFixture(Git.init().setDirectory(dir.toFile()).setInitialBranch("master").call(), dir);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The repository already at {@code dir}. */
    public static GitFixture open(Path dir) {
        try {
            return new GitFixture(Git.open(dir.toFile()), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** Files to write: path → content; a null content deletes the file. */
    public static Map<String, String> files(String... pathsAndContents) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            m.put(pathsAndContents[i], pathsAndContents[i + 1]);
        }
        return m;
    }

    /** Commits {@code files} as {@code author} ({@code name@example.org}) at {@code time}; returns the sha. */
    public String commit(String author, Instant time, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                if (f.getValue() == null) {
                    git.rm().addFilepattern(f.getKey()).call();
                } else {
                    Files.createDirectories(p.getParent());
                    Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
                    git.add().addFilepattern(f.getKey()).call();
                }
            }
            PersonIdent who = new PersonIdent(author, author + "@example.org", time, ZoneOffset.UTC);
            RevCommit c = git.commit().setAuthor(who).setCommitter(who).setMessage("change by " + author)
                    .setSign(false).setAllowEmpty(true).call();
            return c.name();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates {@code branch} at the current commit and checks it out. */
    public void branch(String branch) {
        try {
            git.checkout().setCreateBranch(true).setName(branch).call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void checkout(String branch) {
        try {
            git.checkout().setName(branch).call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A shallow clone of the repository at {@code from} into {@code to}: its branch {@code branch} only, the last
     * {@code depth} commits of it (as {@code git clone --depth D --single-branch}, and as actions/checkout fetches).
     */
    public static Path shallowClone(Path from, Path to, String branch, int depth) {
        try (Git clone = Git.cloneRepository().setURI(from.toUri().toString()).setDirectory(to.toFile())
                .setBranch(branch).setBranchesToClone(java.util.List.of("refs/heads/" + branch)).setDepth(depth)
                .call()) {
            return to;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A push build of {@code commit} on {@code branch}. */
    public static Build build(String id, String commit, String branch, BuildStatus status, Instant started) {
        return new Build(id, commit, branch, status, Optional.of(started), OptionalLong.of(600), OptionalInt.empty(),
                Optional.of(BuildEvent.PUSH));
    }

    /** Lines {@code "line i"} for i in [from, to), each ending with a newline. */
    public static String lines(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append("line ").append(i).append('\n');
        }
        return b.toString();
    }

    @Override
    public void close() {
        git.close();
    }
}
