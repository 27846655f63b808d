package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.api.BadInputException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.storage.file.WindowCacheConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * A git repository opened for reading build features: a work tree (with {@code .git}) or a bare repository.
 * Holds one object reader and one commit walk for parsing, reused across builds.
 *
 * <p>Features come from the object database and the refs only, which git's system-wide configuration cannot change
 * (it holds settings for the work tree, the index, user interfaces and writing). So repositories are opened without
 * it: JGit would otherwise start {@code git} twice in every process ({@code git --version}, {@code git config --system
 * --show-origin --list}) to find where it lives, 40-50 ms of a {@code predict} run. The repository's own
 * {@code .git/config} and the user's configuration are read as before.
 *
 * <p>In its place JGit gets a configuration that gives every file system its fallback timestamp resolution (2 s; see
 * {@link SystemConfig}). Otherwise, on a machine where JGit has not measured them before ({@code
 * ~/.config/jgit/config}: every fresh CI runner), JGit measures the resolution of each file system it reads a file
 * from by writing probe files there (into the repository's {@code .git}, and the home directory) and waiting for
 * their timestamps to change, then saves the result in the user's home: 3.5 s of a {@code predict} run, and 12 s for
 * the process to end. The coarse resolution only makes JGit re-read a file modified within 2 s of its last read.
 */
public final class GitRepo implements AutoCloseable {
    private static final String HEAD = "HEAD";
    private static boolean systemConfigSkipped;
    private static boolean largeCacheInstalled;
    private final Repository repo;
    private final ObjectReader reader;
    private final RevWalk commits;
    private final String name;
    private ShallowBoundary boundary;

    private GitRepo(Repository repo, String name) {
        this.repo = repo;
        this.name = name;
        this.reader = repo.newObjectReader();
        this.commits = new RevWalk(reader);
    }

    /**
     * Opens the repository at {@code dir} (its work tree or its git directory) for reading many builds' changes:
     * with a pack window cache large enough for a history walk.
     */
    public static GitRepo open(Path dir) {
        installLargeCache();
        return openAt(dir);
    }

    /**
     * Opens the repository at {@code dir} for one build's change (predict, record): with JGit's default 10 MiB
     * window cache, which one change fits in. Installing a larger cache, and closing a repository while a large
     * cache is installed, each sweep the whole cache table: 15-20 ms of a prediction.
     */
    public static GitRepo openForOneBuild(Path dir) {
        return openAt(dir);
    }

    private static GitRepo openAt(Path dir) {
        skipSystemConfig();
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": no such directory; expected a git repository");
        }
        try {
            FileRepositoryBuilder b = new FileRepositoryBuilder().setMustExist(true);
            if (Files.exists(dir.resolve(".git"))) {
                b.findGitDir(dir.toFile());
            } else {
                b.setGitDir(dir.toFile());
            }
            Repository r = b.build();
            if (!r.getObjectDatabase().exists()) {
                r.close();
                throw new BadInputException(dir + ": not a git repository");
            }
            return new GitRepo(r, dir.toString());
        } catch (RepositoryNotFoundException | IllegalArgumentException e) {
            throw new BadInputException(dir + ": not a git repository");
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot open the git repository: " + e.getMessage());
        }
    }

    /** JGit's reader of the environment, except that its system configuration is {@link SystemConfig}. */
    private static final class NoSystemConfig extends SystemReader.Delegate {
        NoSystemConfig(SystemReader delegate) {
            super(delegate);
        }

        @Override
        public FileBasedConfig openSystemConfig(Config parent, FS fs) {
            return new SystemConfig(parent, fs);
        }
    }

    /**
     * The system configuration JGit reads instead of git's: nothing but, for every file system, JGit's fallback
     * timestamp resolution, so that JGit does not measure it (see the class comment). Keys as JGit writes them in
     * {@code ~/.config/jgit/config} ({@code filesystem.<java vendor>|<java version>|<store>}); the user's
     * configuration, read before this one, still wins, and where a key differs (Windows names stores by volume serial
     * number) JGit measures as before.
     */
    static final class SystemConfig extends FileBasedConfig {
        SystemConfig(Config parent, FS fs) {
            super(parent, null, fs);
            String prefix = System.getProperty("java.vendor") + '|' + System.getProperty("java.version") + '|';
            String resolution = FS.FileStoreAttributes.FALLBACK_TIMESTAMP_RESOLUTION.toMillis() + " milliseconds";
            for (java.nio.file.FileStore store : java.nio.file.FileSystems.getDefault().getFileStores()) {
                setString(ConfigConstants.CONFIG_FILESYSTEM_SECTION, prefix + store.name(),
                        ConfigConstants.CONFIG_KEY_TIMESTAMP_RESOLUTION, resolution);
            }
        }

        @Override
        public void load() {
            // nothing to load: the settings above are all there is
        }

        @Override
        public boolean isOutdated() {
            return false;
        }
    }

    /** Once per process: JGit's pack window cache defaults to 10 MiB and a history walk reads far more. */
    private static synchronized void installLargeCache() {
        if (!largeCacheInstalled) {
            WindowCacheConfig c = new WindowCacheConfig();
            c.setPackedGitLimit(256L << 20);
            c.setDeltaBaseCacheLimit(64 << 20);
            c.install();
            largeCacheInstalled = true;
        }
    }

    /**
     * Does now, once per process, what opening the first repository does before it reads anything of it: JGit's
     * reader of the environment with {@link SystemConfig} in place, and JGit's own set-up of file snapshots, which
     * loads its message bundle (about a thousand messages parsed and set by reflection). Nothing here depends on a
     * repository, so a command can run it on a second thread while it still parses its arguments or reads other
     * inputs: in a fresh JVM it is 25-40 ms of a {@code predict} run's main thread (docs/buildrisk-measured.md, "Speed").
     */
    public static void prepare() {
        skipSystemConfig();
        FS.FileStoreAttributes.FALLBACK_TIMESTAMP_RESOLUTION.toMillis(); // its class's set-up loads the bundle
    }

    /**
     * Once per process: no system configuration (see the class comment), and no JVM shutdown hook of JGit's. JGit
     * registers that hook in the set-up of its first file snapshot, and loads its whole message bundle to do so (a
     * thousand messages set by reflection: about 30 ms of CPU in a fresh JVM), so that the hook could still report
     * in words at exit; the hook only runs cleanups JGit registers while it writes (lock files, clones, gc), and
     * features only read. JGit's own constructor for OSGi, where a container runs those cleanups instead, records
     * them without either.
     */
    private static synchronized void skipSystemConfig() {
        if (!systemConfigSkipped) {
            new org.eclipse.jgit.internal.util.CleanupService();
            if (!(SystemReader.getInstance() instanceof NoSystemConfig)) {
                SystemReader.setInstance(new NoSystemConfig(SystemReader.getInstance()));
            }
            systemConfigSkipped = true;
        }
    }

    public String name() {
        return name;
    }

    ObjectReader reader() {
        return reader;
    }

    Repository repository() {
        return repo;
    }

    /** The commit {@code sha} names (full or abbreviated), parsed; empty when this repository does not have it. */
    public Optional<RevCommit> commit(String sha) {
        try {
            ObjectId id;
            if (sha.length() == ObjectId.zeroId().name().length()) {
                id = ObjectId.fromString(sha);
            } else {
                Collection<ObjectId> found = reader.resolve(AbbreviatedObjectId.fromString(sha));
                if (found.size() != 1) {
                    return Optional.empty();
                }
                id = found.iterator().next();
            }
            return Optional.of(commits.parseCommit(id));
        } catch (MissingObjectException | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read commit " + sha + " in " + name + ": " + e.getMessage(), e);
        }
    }

    /** Whether the repository holds the object {@code id} (read from the pack indexes; nothing is parsed). */
    boolean has(ObjectId id) {
        try {
            return reader.has(id);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read object " + id.name() + " in " + name + ": " + e.getMessage(), e);
        }
    }

    /** Whether this is a shallow clone: some commits' parents are cut off. */
    boolean isShallow() {
        return boundary().isShallow();
    }

    /** Where this clone's history stops: none in a full clone (read once; {@code .git/shallow}). */
    synchronized ShallowBoundary boundary() {
        if (boundary == null) {
            try {
                boundary = new ShallowBoundary(name, repo.getObjectDatabase().getShallowCommits());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the shallow commits of " + name + ": " + e.getMessage(), e);
            }
        }
        return boundary;
    }

    /** A revision such as {@code HEAD}, a branch, a tag or a sha; a one-line error when it names no commit. */
    public RevCommit resolve(String revision) {
        if (HEAD.equals(revision)) {
            Optional<RevCommit> plain = headCommit();
            if (plain.isPresent()) {
                return plain.get();
            }
        }
        try {
            ObjectId id = repo.resolve(revision + "^{commit}");
            if (id == null) {
                throw new BadInputException(name + ": unknown commit '" + revision + "'");
            }
            return commits.parseCommit(id);
        } catch (org.eclipse.jgit.errors.RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException e) {
            throw new BadInputException(name + ": '" + revision + "' does not name one commit");
        } catch (IOException e) {
            throw new BadInputException(name + ": unknown commit '" + revision + "': " + e.getMessage());
        }
    }

    /** The commit HEAD names, if it names one. */
    public Optional<String> head() {
        Optional<RevCommit> plain = headCommit();
        if (plain.isPresent()) {
            return plain.map(ObjectId::name);
        }
        try {
            return Optional.ofNullable(repo.resolve("HEAD^{commit}")).map(ObjectId::name);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The branch checked out, or empty when HEAD is detached or the repository is bare without a HEAD branch. */
    public Optional<String> currentBranch() {
        try {
            Optional<HeadRef> head = HeadRef.of(repo);
            String full = head.isPresent() ? head.get().branch().orElse(null) : repo.getFullBranch();
            return full != null && full.startsWith("refs/heads/") ? Optional.of(Repository.shortenRefName(full))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * HEAD's commit read from git's files ({@link HeadRef}) rather than JGit's ref database, which parses every packed
     * ref first; empty when HEAD is not one of the plain cases or names no commit here (JGit then answers).
     */
    private Optional<RevCommit> headCommit() {
        Optional<ObjectId> id = HeadRef.of(repo).flatMap(HeadRef::id);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(commits.parseCommit(id.get()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        commits.close();
        reader.close();
        repo.close();
    }
}
