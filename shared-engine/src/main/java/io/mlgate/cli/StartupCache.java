package io.mlgate.cli;

import io.mlgate.engine.data.DuckDbStartup;
import io.mlgate.engine.io.AtomicFiles;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The start-up cache of {@code bin/mlgate}: what the launcher prepares once per engine jar so that no start pays for
 * it again. Not used by {@code java -jar mlgate.jar}, which keeps working on its own (DuckDB then unpacks its native
 * library into a temporary file on every start, as it does by default).
 *
 * <p>DuckDB's JDBC driver (1.x/2.x) looks for its native library as the resource {@code /libduckdb_java.so_OS_ARCH}
 * first and, when the jar has it, inflates it (71 MB on Linux x86-64) into a new temporary file and loads that, on
 * every start; only when the resource is absent does it call {@code System.loadLibrary("duckdb_java")}. So
 * {@code prepare JAR DIR LIBROOT [ARCHIVE]} writes, under a lock and each file atomically (written aside, verified,
 * renamed):
 * <ul>
 *   <li>{@code DIR/mlgate.jar}: the engine jar without DuckDB's native libraries (entries copied as they are, not
 *   recompressed), the class path the launcher runs;</li>
 *   <li>{@code LIBROOT/duckdb-CRC-SIZE/libduckdb_java.so} (the platform's file name): this platform's library,
 *   checked against the jar entry's CRC-32 and size, shared by every jar with the same DuckDB build; the launcher
 *   puts its folder on {@code java.library.path};</li>
 *   <li>{@code DIR/ready}, written last: the library's path, then the {@code java.library.path} to run with (its
 *   folder before the JVM's default);</li>
 *   <li>with {@code ARCHIVE}: a dynamic class-data-sharing archive ({@code -XX:ArchiveClassesAtExit}) of a training
 *   JVM that runs {@link #train every command} on a small generated dataset, checked by a start with
 *   {@code -Xshare:on}; when the JVM cannot make or map one, {@code ARCHIVE.failed} says so and the launcher runs
 *   without it.</li>
 * </ul>
 * Older folders of the same jar path are removed afterwards ({@link #removeOlderSiblings}).
 */
public final class StartupCache {
    /** The start of the name of DuckDB's native library resources in its jar (and so in ours). */
    static final String DUCKDB_RESOURCE_PREFIX = "libduckdb_java.so_";

    private StartupCache() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 4 && args[0].equals("prepare")) {
            try {
                prepare(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]),
                        args.length > 4 ? args[4] : null, System.err);
            } catch (Exception e) { // the launcher then runs java -jar; MLGATE_DEBUG=1 says why
                if (System.getenv("MLGATE_DEBUG") != null) {
                    e.printStackTrace();
                }
                System.exit(1);
            }
        } else if (args.length == 2 && args[0].equals("train")) {
            train(Path.of(args[1]));
        } else if (args.length == 1 && args[0].equals("check")) {
            return;
        } else {
            System.err.println("usage: StartupCache prepare JAR DIR LIBROOT [ARCHIVE] | train WORKDIR | check");
            System.exit(2);
        }
        System.exit(0); // the training run's non-daemon threads must not keep the JVM (and its archive dump) waiting
    }

    /** DuckDB's resource name for this platform, as {@code org.duckdb.DuckDBNative.nativeLibName()} builds it. */
    static String duckdbResource(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT).trim();
        os = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macos" : os.startsWith("linux") ? "linux"
                : os.replaceAll("[^a-z0-9_\\-.]", "");
        String arch = osArch.toLowerCase(Locale.ROOT).trim();
        arch = switch (arch) {
            case "x86_64", "amd64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch.replaceAll("[^a-z0-9_\\-.]", "");
        };
        return DUCKDB_RESOURCE_PREFIX + os + "_" + arch;
    }

    /** Prepares {@code dir} for {@code jar}; see the class comment. Idempotent and safe to run concurrently. */
    static void prepare(Path jar, Path dir, Path libRoot, String archive, PrintStream log) throws Exception {
        Files.createDirectories(dir);
        try (FileChannel lockFile = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = lockFile.lock()) {
            Path ready = dir.resolve("ready");
            if (!Files.exists(ready)) {
                log.println("mlgate: preparing the start-up cache for " + jar + " in " + dir + " (once per build)");
                Path libDir = extractDuckdb(jar, libRoot).toAbsolutePath();
                // kept when present (it only ever appears complete): a rewritten jar would leave its CDS archive,
                // which records the jar's size and time, unusable
                if (!Files.exists(dir.resolve("mlgate.jar"))) {
                    writeLeanJar(jar, dir.resolve("mlgate.jar"));
                }
                // the library, then the java.library.path to run with: its folder before the JVM's default
                String path = libDir + java.io.File.pathSeparator + System.getProperty("java.library.path", "");
                AtomicFiles.writeString(ready, libDir.resolve(System.mapLibraryName("duckdb_java")) + "\n" + path + "\n");
            }
            if (archive != null && !Files.exists(dir.resolve(archive)) && !Files.exists(dir.resolve(archive + ".failed"))) {
                String libDir = Files.readAllLines(ready, StandardCharsets.UTF_8).get(1);
                String why = dumpArchive(dir, libDir, archive, log);
                if (why != null) {
                    AtomicFiles.writeString(dir.resolve(archive + ".failed"), why + "\n");
                    log.println("mlgate: no class-data-sharing archive (" + why + "); runs go on without one");
                }
            }
        }
        removeOlderSiblings(dir);
    }

    /** Extracts this platform's DuckDB library from the jar into {@code libRoot/duckdb-CRC-SIZE/}; returns that folder. */
    static Path extractDuckdb(Path jar, Path libRoot) throws IOException {
        String resource = duckdbResource(System.getProperty("os.name"), System.getProperty("os.arch"));
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(resource);
            if (entry == null) {
                throw new IOException(jar + " has no " + resource);
            }
            Path libDir = libRoot.resolve(String.format("duckdb-%08x-%d", entry.getCrc(), entry.getSize()));
            Path lib = libDir.resolve(System.mapLibraryName("duckdb_java"));
            if (Files.exists(lib) && Files.size(lib) == entry.getSize()) {
                return libDir;
            }
            Files.createDirectories(libDir);
            Path tmp = Files.createTempFile(libDir, ".lib-", ".tmp");
            try {
                CRC32 crc = new CRC32();
                long size = 0;
                byte[] buf = new byte[1 << 16];
                try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(tmp)) {
                    for (int n; (n = in.read(buf)) > 0; ) {
                        crc.update(buf, 0, n);
                        out.write(buf, 0, n);
                        size += n;
                    }
                }
                if (size != entry.getSize() || crc.getValue() != entry.getCrc()) {
                    throw new IOException(resource + " from " + jar + ": size or CRC-32 does not match the jar's entry");
                }
                tmp.toFile().setExecutable(true);
                Files.move(tmp, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return libDir;
        }
    }

    /** Copies {@code jar} to {@code target} without DuckDB's native libraries; the other entries are copied raw. */
    static void writeLeanJar(Path jar, Path target) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.copy(jar, tmp, StandardCopyOption.REPLACE_EXISTING);
            try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + tmp.toUri()), Map.of())) {
                List<Path> natives = new ArrayList<>();
                try (var entries = Files.list(fs.getPath("/"))) {
                    entries.filter(p -> p.getFileName() != null
                            && p.getFileName().toString().startsWith(DUCKDB_RESOURCE_PREFIX)).forEach(natives::add);
                }
                for (Path p : natives) {
                    Files.delete(p);
                }
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Runs the training JVM that dumps the archive, then checks it maps; returns why not, or null when it is in place. */
    private static String dumpArchive(Path dir, String libDir, String archive, PrintStream log) throws Exception {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path lean = dir.resolve("mlgate.jar").toAbsolutePath();
        Path tmp = dir.resolve(archive + ".tmp-" + ProcessHandle.current().pid()).toAbsolutePath();
        Path work = Files.createTempDirectory("mlgate-cds-");
        try {
            log.println("mlgate: recording the classes of every command for class-data sharing (once per build)");
            int code = runQuietly(List.of(java, "-XX:ArchiveClassesAtExit=" + tmp, "-Djava.library.path=" + libDir,
                    "-cp", lean.toString(), StartupCache.class.getName(), "train", work.toString()), work);
            if (code != 0 || !Files.exists(tmp)) {
                return "the training run exited " + code;
            }
            code = runQuietly(List.of(java, "-Xshare:on", "-XX:SharedArchiveFile=" + tmp, "-cp", lean.toString(),
                    StartupCache.class.getName(), "check"), work);
            if (code != 0) {
                return "the JVM does not map it (exit " + code + ")";
            }
            Files.move(tmp, dir.resolve(archive), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return null;
        } finally {
            Files.deleteIfExists(tmp);
            deleteTree(work);
        }
    }

    private static int runQuietly(List<String> command, Path work) throws IOException, InterruptedException {
        Path output = work.resolve("jvm-" + System.nanoTime() + ".log");
        // in the work folder: whatever a command writes by default stays out of the user's folder
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        int code = p.waitFor();
        if (code != 0 && System.getenv("MLGATE_DEBUG") != null) {
            System.err.println("mlgate: " + String.join(" ", command) + " exited " + code + ":\n"
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
        return code;
    }

    /** The training workload: every command once, in this JVM, on a small generated dataset under {@code work}. */
    static void train(Path work) throws Exception {
        DuckDbStartup.skipJfrMemoryMonitor(); // as ScanEngine.open does, before this method's own connection
        Path csv = work.resolve("train.csv");
        Path current = work.resolve("current.csv");
        Path parquet = work.resolve("train.parquet");
        Path policy = work.resolve("mlgate.yml");
        writeData(csv, 0);
        writeData(current, 1);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("COPY (SELECT * FROM read_csv('" + csv.toString().replace("'", "''") + "')) TO '"
                    + parquet.toString().replace("'", "''") + "' (FORMAT parquet)");
        }
        Files.writeString(policy, """
                version: 1
                data:
                  examples: 3
                  checks:
                    - {check: row_count, min: 1}
                    - {check: completeness, column: x, min: 0.9}
                    - {check: unique, column: id}
                    - {check: range, column: x, min: -100, max: 100}
                    - {check: allowed_values, column: city, values: [ams, ber, cph]}
                    - {check: pattern, column: city, regex: '[a-z]{3}'}
                    - {check: length, column: city, min: 3, max: 3}
                    - {check: row_rule, name: small, sql: 'y < 1000'}
                    - {check: sql_assert, name: mean-x, sql: 'avg(x)', min: -50, max: 50}
                drift:
                  label: label
                  exclude: [id]
                model:
                  task: classification
                  label: label
                  features: [x, y]
                  train:
                    data: {path: train.csv}
                    trainer: logistic_regression
                    seed: 1
                  test:
                    data: {path: current.csv}
                    bootstrap: {resamples: 20, seed: 1}
                    gates:
                      - {metric: accuracy, min: 0}
                """, StandardCharsets.UTF_8);
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        String p = policy.toString();
        String model = work.resolve("model.tribuo").toString();
        String[][] runs = {
                {"--help"}, {"--version"}, {"data", "--help"}, {"data", "validate", "--help"}, {"model", "--help"},
                {"buildrisk", "--help"}, {"buildrisk", "predict", "--help"},
                {"data", "validate", "--policy", p, "--data", parquet.toString(), "--no-profile", "--out", out(work, 1)},
                {"data", "validate", "--policy", p, "--data", csv.toString(), "--no-profile", "--out", out(work, 2)},
                {"data", "validate", "--policy", p, "--data", parquet.toString(), "--out", out(work, 3)},
                {"data", "profile", "--data", csv.toString(), "--out", out(work, 4)},
                {"data", "infer-schema", "--data", csv.toString(), "-o", work.resolve("schema.yml").toString(),
                        "--out", out(work, 7)},
                {"data", "drift", "--policy", p, "--reference", csv.toString(), "--current", current.toString(),
                        "--out", out(work, 5)},
                {"model", "train", "--policy", p, "-o", model, "--out", out(work, 8)},
                {"model", "test", "--policy", p, "--model", model, "--out", out(work, 6)},
                {"data", "validate", "--policy", work.resolve("missing.yml").toString()},
        };
        List<String[]> all = new ArrayList<>(List.of(runs));
        all.addAll(buildRiskRuns(work));
        for (String[] args : all) {
            try {
                Main.run(sink, sink, java.util.Map.of(), args); // the runs are the same in any CI system's environment
            } catch (RuntimeException | LinkageError e) {
                // a command that cannot run here still loaded most of its classes
            }
        }
        loadEngineClasses();
    }

    /**
     * Build risk's commands on a generated git repository (JGit) and history: {@code buildrisk train} and
     * {@code predict} load JGit's repository, walk and diff classes, which no other command touches.
     */
    private static List<String[]> buildRiskRuns(Path work) {
        Path repo = work.resolve("repo");
        StringBuilder history = new StringBuilder("id,commit,branch,status,started_at\n");
        Instant t = Instant.parse("2024-01-01T09:00:00Z");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            for (int i = 0; i < 40; i++) {
                String file = (i % 4 == 0 ? "pom.xml" : "src/F" + (i % 5) + ".java");
                Files.createDirectories(repo.resolve(file).getParent());
                Files.writeString(repo.resolve(file), "line " + i + "\n".repeat(1 + i % 3), StandardCharsets.UTF_8);
                git.add().addFilepattern(".").call();
                PersonIdent who = new PersonIdent("dev" + (i % 3), "dev" + (i % 3) + "@example.org",
                        java.util.Date.from(t), java.util.TimeZone.getTimeZone("UTC"));
                String sha = git.commit().setAuthor(who).setCommitter(who).setMessage("change " + i).call().getName();
                history.append(i + 1).append(',').append(sha).append(",main,")
                        .append(i % 4 == 0 || i % 7 == 3 ? "failed" : "passed").append(',').append(t).append('\n');
                t = t.plusSeconds(3600);
            }
            Files.writeString(work.resolve("history.csv"), history, StandardCharsets.UTF_8);
            // packed, as clones are: predict then reads pack files and their indexes, not loose objects
            git.gc().call();
        } catch (Exception e) {
            return List.of();
        }
        String h = work.resolve("history.csv").toString();
        String m = work.resolve("risk-model").toString();
        return List.of(
                new String[]{"buildrisk", "train", "--history", h, "--repo", repo.toString(), "--model", m,
                        "--out", out(work, 9)},
                new String[]{"buildrisk", "predict", "--history", h, "--repo", repo.toString(), "--model", m,
                        "--commit", "HEAD", "--branch", "main", "--out", out(work, 10)});
    }

    private static String out(Path work, int n) {
        return work.resolve("out-" + n).toString();
    }

    private static void writeData(Path file, int shift) throws IOException {
        StringBuilder sb = new StringBuilder("id,x,y,city,label,day\n");
        String[] cities = {"ams", "ber", "cph"};
        java.util.Random r = new java.util.Random(42 + shift);
        for (int i = 0; i < 300; i++) {
            double x = r.nextGaussian() * 3 + shift;
            double y = r.nextDouble() * 10;
            sb.append(i).append(',').append(i % 50 == 7 ? "" : String.format(Locale.ROOT, "%.3f", x)).append(',')
                    .append(String.format(Locale.ROOT, "%.3f", y)).append(',').append(cities[i % 3]).append(',')
                    .append(x + y > 5 ? "yes" : "no").append(',')
                    .append(String.format(Locale.ROOT, "2024-01-%02d", i % 28 + 1)).append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    /** Loads (without initialising) every class of the engine and CLI, so that commands the training run did not
     * execute (build risk, say) still find their own classes in the archive. */
    private static void loadEngineClasses() throws IOException {
        Path jar;
        try {
            jar = Path.of(StartupCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            return;
        }
        if (!Files.isRegularFile(jar)) {
            return;
        }
        ClassLoader loader = StartupCache.class.getClassLoader();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("io/mlgate/") && n.endsWith(".class") && !n.contains("-"))
                    .forEach(n -> {
                        try {
                            Class.forName(n.substring(0, n.length() - 6).replace('/', '.'), false, loader);
                        } catch (Throwable e) {
                            // not loadable on its own: left out of the archive
                        }
                    });
        }
    }

    /**
     * Removes the folders of older builds of the same jar. The launcher names a folder {@code ID-SIZE_MTIME_INODE}
     * (ID from the jar's path); siblings with the same ID and such a stamp go. A folder not named so removes nothing.
     */
    static void removeOlderSiblings(Path dir) {
        java.util.regex.Pattern stamped = java.util.regex.Pattern.compile("([0-9]+-)[0-9]+_[0-9.]+_[0-9]+");
        String name = dir.getFileName().toString();
        java.util.regex.Matcher m = stamped.matcher(name);
        Path parent = dir.toAbsolutePath().getParent();
        if (!m.matches() || parent == null) {
            return;
        }
        String prefix = m.group(1);
        try (var siblings = Files.list(parent)) {
            siblings.filter(s -> !s.getFileName().toString().equals(name)
                            && s.getFileName().toString().startsWith(prefix)
                            && stamped.matcher(s.getFileName().toString()).matches() && Files.isDirectory(s))
                    .forEach(StartupCache::deleteTree);
        } catch (IOException e) {
            // best effort
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // best effort
        }
    }
}
