package io.mlgate.engine.buildrisk.history;

import io.mlgate.cli.Main;
import io.mlgate.engine.io.LockFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writers of one history take turns: none loses another's build, and one that waits too long changes nothing. */
class HistoryFileLockTest {
    private static final String SHA = "0b2480060ae7a7f09826637f6a2dd7b468e5e486";
    @TempDir
    Path dir;

    private static Build build(String id) {
        return new Build(id, SHA, "main", BuildStatus.PASSED, Optional.empty(), OptionalLong.of(1), OptionalInt.empty(),
                Optional.empty());
    }

    /** Runs {@code writer} for builds 1 to {@code writers} on as many threads, all let go at once; their results in order. */
    private static <T> List<T> atOnce(int writers, java.util.function.Function<String, T> writer) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<T>> done = new ArrayList<>();
        for (int i = 1; i <= writers; i++) {
            String id = Integer.toString(i);
            done.add(pool.submit(() -> {
                start.await();
                return writer.apply(id);
            }));
        }
        start.countDown();
        List<T> out = new ArrayList<>();
        for (Future<T> f : done) {
            out.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return out;
    }

    /** Each writer reads, pauses (as a slow disk or a busy machine would), then writes: without turns all but one build would be lost. */
    @Test
    void writersAtOnceAllLand() throws Exception {
        Path h = dir.resolve("history.csv");
        HistoryFile.write(h, new BuildHistory(h.toString(), List.of(build("0"))));
        List<HistoryFile.Update> done = atOnce(6, id -> HistoryFile.update(h, Duration.ofSeconds(30), line -> { }, hist -> {
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return hist.merge(List.of(build(id)));
        }));
        assertThat(HistoryReader.read(h).builds()).extracting(Build::id)
                .containsExactlyInAnyOrder("0", "1", "2", "3", "4", "5", "6");
        assertThat(done).extracting(u -> u.before().size()).as("each writer read what the ones before it wrote")
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertThat(LockFile.of(h)).as("the lock file stays").exists().hasFileName(".history.csv.lock");
    }

    /** record's short way appends under the same lock: builds recorded at once all land, the file stays canonical. */
    @Test
    void recordsAtOnceAllLand() throws Exception {
        Path h = dir.resolve("history.csv");
        HistoryFile.write(h, new BuildHistory(h.toString(), List.of(build("0"))));
        List<HistoryFile.Recorded> done = atOnce(8, id -> HistoryFile.record(h, build(id), Duration.ofSeconds(30),
                line -> { }));
        assertThat(done).allMatch(HistoryFile.Recorded::appended);
        BuildHistory read = HistoryReader.read(h);
        assertThat(read.builds()).extracting(Build::id).containsExactlyInAnyOrder("0", "1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(done).extracting(r -> r.summary().builds()).as("each saw the ones before it")
                .containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(java.nio.file.Files.readString(h)).isEqualTo(HistoryFile.render(read.builds()));
    }

    @Test
    void aWriterThatWaitsTooLongChangesNothing() {
        Path h = dir.resolve("history.csv");
        HistoryFile.write(h, new BuildHistory(h.toString(), List.of(build("0"))));
        List<String> heard = new CopyOnWriteArrayList<>();
        try (LockFile held = LockFile.acquire(h, Duration.ofSeconds(1), () -> { })) {
            assertThatThrownBy(() -> HistoryFile.update(h, Duration.ofMillis(200), heard::add,
                    hist -> hist.merge(List.of(build("1")))))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessage("cannot lock " + h + " for writing: another writer has held it for more than 200 ms "
                            + "(lock file " + LockFile.of(h) + ")");
        }
        assertThat(heard).containsExactly("waiting for another writer of " + h + " (up to 200 ms)");
        assertThat(HistoryReader.read(h).builds()).extracting(Build::id).containsExactly("0");
    }

    /** Another process (a second `mlgate buildrisk record`) waits for the lock this JVM holds, then records. */
    @Test
    void anotherProcessWaitsItsTurn() throws Exception {
        Path h = dir.resolve("history.csv");
        HistoryFile.write(h, new BuildHistory(h.toString(), List.of(build("0"))));
        Process p;
        Thread reader;
        StringBuffer out = new StringBuffer();
        try (LockFile held = LockFile.acquire(h, Duration.ofSeconds(1), () -> { })) {
            p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "buildrisk", "record",
                    "--history", h.toString(), "--id", "7", "--commit", SHA, "--branch", "main", "--status", "passed",
                    "--out", dir.resolve("r").toString()).redirectErrorStream(true).start();
            reader = new Thread(() -> {
                try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = lines.readLine()) != null; ) {
                        out.append(line).append('\n');
                    }
                } catch (java.io.IOException e) {
                    out.append(e);
                }
            });
            reader.start();
            long t0 = System.nanoTime();
            while (!out.toString().contains("waiting for another writer") && p.isAlive()
                    && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(30)) {
                Thread.sleep(20);
            }
            Thread.sleep(300);
            assertThat(p.isAlive()).as("waits while the lock is held: " + out).isTrue();
            assertThat(HistoryReader.read(h).builds()).as("not written while the lock is held").hasSize(1);
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        assertThat(p.exitValue()).as(out.toString()).isZero();
        assertThat(out.toString()).contains("waiting for another writer of " + h + " (up to 120 s)");
        assertThat(HistoryReader.read(h).builds()).extracting(Build::id).containsExactly("0", "7");
    }
}
