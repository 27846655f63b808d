package io.mlgate.cli;

import io.mlgate.engine.buildrisk.history.BuildEvent;
import io.mlgate.engine.buildrisk.history.HistoryReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The resident mlgate, served on 127.0.0.1 from a thread of the test's JVM, spoken to as bin/mlgate speaks to it. */
class DaemonTest {
    private static final String SHA = "0b2480060ae7a7f09826637f6a2dd7b468e5e486";
    @TempDir
    Path dir;
    private Thread serving;

    private Path start(Duration idle) throws Exception {
        Path state = dir.resolve("daemon-1");
        Daemon d = new Daemon(state, idle);
        serving = new Thread(() -> {
            try {
                d.serve();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        serving.setDaemon(true);
        serving.start();
        long t0 = System.nanoTime();
        while (!Files.exists(state) && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10)) {
            Thread.sleep(10);
        }
        return state;
    }

    @AfterEach
    void stop() throws Exception {
        Files.deleteIfExists(dir.resolve("daemon-1")); // it leaves at its next tick
    }

    /** Sends one request as bin/mlgate does, with no environment variables, and returns the answer's lines. */
    private static List<String> ask(Path state, String token, String cwd, String... args) throws IOException {
        return ask(state, token, cwd, Map.of(), args);
    }

    /** Sends one request as bin/mlgate does, with the client's environment {@code env}. */
    private static List<String> ask(Path state, String token, String cwd, Map<String, String> env, String... args)
            throws IOException {
        String[] portToken = Files.readString(state).strip().split(" ");
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(portToken[0]))) {
            s.setSoTimeout(60_000);
            BufferedReader r = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            lines.add(r.readLine()); // the greeting comes before the request is sent
            try {
                OutputStream o = s.getOutputStream();
                List<String> fields = new ArrayList<>(List.of(token == null ? portToken[1] : token, cwd,
                        Integer.toString(args.length)));
                fields.addAll(List.of(args));
                fields.add(Integer.toString(env.size()));
                env.forEach((k, v) -> fields.add(k + "=" + v));
                for (String f : fields) {
                    o.write(f.getBytes(StandardCharsets.UTF_8));
                    o.write(0);
                }
                o.flush();
                for (String l; (l = r.readLine()) != null; ) {
                    lines.add(l);
                }
            } catch (java.net.SocketException closedOnUs) {
                // a daemon that will not hear the rest closes the connection: what it answered so far is the answer
            }
            return lines;
        }
    }

    private static String here() throws IOException {
        return Path.of("").toAbsolutePath().toRealPath().toString();
    }

    /** Not there yet: record starts it. */
    private Path history() {
        return dir.resolve("history.csv");
    }

    private String[] record(Path h, String id) {
        return new String[]{"buildrisk", "record", "--history", h.toString(), "--id", id, "--commit", SHA, "--branch",
                "main", "--status", "failure", "--out", dir.resolve("r-" + id).toString()};
    }

    @Test
    void runsTheCommandAndAnswersItsOutputAndExitCode() throws Exception {
        Path state = start(Duration.ofMinutes(5));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rw-------");
        Path h = history();
        List<String> first = ask(state, null, here(), record(h, "41"));
        List<String> second = ask(state, null, here(), record(h, "42"));
        assertThat(first).first().isEqualTo("m mlgate");
        assertThat(first).last().isEqualTo("x 0");
        assertThat(second).last().isEqualTo("x 0");
        assertThat(first).anyMatch(l -> l.startsWith("o PASS  Build recorded: 41"))
                .anyMatch(l -> l.startsWith("o reports: " + dir.resolve("r-41")))
                .anyMatch(l -> l.startsWith("e mlgate: recorded build 41"));
        assertThat(HistoryReader.read(h).builds()).extracting(b -> b.id() + " " + b.status().historyName())
                .containsExactly("41 failed", "42 failed");
    }

    @Test
    void eachCommandReadsItsClientsEnvironment() throws Exception {
        Path state = start(Duration.ofMinutes(5));
        Path h = dir.resolve("from-env.csv");
        String[] record = {"buildrisk", "record", "--history", h.toString(), "--status", "success", "-q",
                "--out", dir.resolve("r-env").toString()};
        Map<String, String> push = Map.of("GITHUB_ACTIONS", "true", "GITHUB_RUN_ID", "777", "GITHUB_SHA", SHA,
                "GITHUB_REF_NAME", "main", "GITHUB_EVENT_NAME", "push");
        Map<String, String> jenkins = Map.of("JENKINS_URL", "https://ci.example.org/", "BUILD_NUMBER", "5",
                "BRANCH_NAME", "PR-12", "CHANGE_ID", "12", "CHANGE_TARGET", "main", "GIT_COMMIT", SHA);
        assertThat(ask(state, null, here(), push, record)).last().isEqualTo("x 0");
        assertThat(ask(state, null, here(), jenkins, record)).last().isEqualTo("x 0");
        assertThat(ask(state, null, here(), record)).as("no CI environment: --id is needed")
                .contains("e mlgate: error: --id: not given, and no CI system's environment names it (GitHub Actions, "
                        + "Jenkins, GitLab CI and CircleCI are read)").last().isEqualTo("x 2");
        assertThat(HistoryReader.read(h).builds()).extracting(b -> b.id() + " " + b.branch() + " " + b.commit() + " "
                        + b.pullRequest() + " " + b.event().map(BuildEvent::historyName).orElse("-"))
                .containsExactly("777 main " + SHA + " OptionalInt.empty push",
                        "PR-12#5 main " + SHA + " OptionalInt[12] pull_request");
    }

    @Test
    void answersNothingToAClientWithoutItsToken() throws Exception {
        Path state = start(Duration.ofMinutes(5));
        Path h = history();
        assertThat(ask(state, "0".repeat(64), here(), record(h, "7"))).as("a greeting, then nothing").containsExactly("m mlgate");
        assertThat(h).doesNotExist();
        // a client that gives up after the greeting has sent nothing that could run
        String[] portToken = Files.readString(state).strip().split(" ");
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(portToken[0]))) {
            assertThat(new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine())
                    .isEqualTo("m mlgate");
        }
        assertThat(ask(state, null, here(), record(h, "8"))).as("still serving").last().isEqualTo("x 0");
    }

    @Test
    void refusesAnotherDirectoryAndOtherCommands() throws Exception {
        Path state = start(Duration.ofMinutes(5));
        Path h = history();
        assertThat(ask(state, null, dir.toString(), record(h, "7")))
                .containsExactly("m mlgate", "e mlgate: error: this daemon serves " + here() + ", not " + dir, "x 2");
        assertThat(ask(state, null, here(), "data", "validate", "--data", "x.csv"))
                .containsExactly("m mlgate", "e mlgate: error: the daemon runs only buildrisk predict and buildrisk record, not: "
                        + "data validate --data x.csv", "x 2");
        assertThat(h).doesNotExist();
    }

    @Test
    void leavesWhenIdleAndRemovesItsStateFile() throws Exception {
        Path state = start(Duration.ofSeconds(1));
        serving.join(15_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(state).doesNotExist();
    }

    @Test
    void leavesWhenAnotherDaemonTookItsPlaceAndLeavesTheOthersStateFile() throws Exception {
        Path state = start(Duration.ofMinutes(5));
        Files.writeString(state, "1 other\n");
        serving.join(15_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(state).hasContent("1 other");
    }

    @Test
    void stopsWhenAskedFromAnyDirectory() throws Exception {
        Path state = start(Duration.ofMinutes(5));
        assertThat(ask(state, null, "/", "daemon", "stop")).containsExactly("m mlgate",
                "o mlgate daemon " + ProcessHandle.current().pid() + " (serving " + here() + ") stops", "x 0");
        serving.join(15_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(state).doesNotExist();
    }
}
