package io.mlgate.cli;

import io.mlgate.engine.io.AtomicFiles;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A resident mlgate ({@code MLGATE_DAEMON=1}, see {@code bin/mlgate}) that keeps its JVM warm for the commands a
 * pipeline runs on every build, {@code buildrisk predict} and {@code buildrisk record}, so that they skip JVM start-up,
 * class loading and compilation. It serves one working directory (relative paths mean what they mean to the client)
 * on 127.0.0.1 and answers only a client that shows the token from its state file, which only its user can read.
 * One command at a time; it leaves when idle for its idle time, when its state file names another daemon, or when
 * asked ({@code daemon stop}, which {@code bin/mlgate daemon stop} sends to every daemon of the user).
 *
 * <p>The daemon greets each connection with {@code m mlgate}; only then does the client send its request, so that a
 * client whose stale state file led it to another program's port, or that gave up waiting while the daemon served
 * another command, has sent nothing that could run. Request: NUL-terminated fields {@code TOKEN, CWD, ARGC, ARG...,
 * ENVC, NAME=VALUE...}: the client's environment, which each command reads (the CI system's variables name the build).
 * Answer, to the right token only: lines {@code o TEXT} (standard output) and {@code e TEXT} (standard error), then
 * {@code x CODE}, the exit code.
 */
public final class Daemon {
    /** Most bytes a request may take. */
    static final int MAX_REQUEST = 1 << 20;
    private static final Duration POLL = Duration.ofSeconds(5);
    private final Path stateFile;
    private final Duration idle;
    private final String token;
    private final Path cwd;
    /** Set by a {@code daemon stop} request: leave after answering it. */
    private volatile boolean stopping;

    Daemon(Path stateFile, Duration idle) throws IOException {
        this.stateFile = stateFile;
        this.idle = idle;
        byte[] t = new byte[32];
        new SecureRandom().nextBytes(t);
        this.token = HexFormat.of().formatHex(t);
        this.cwd = Path.of("").toAbsolutePath().toRealPath();
    }

    /** {@code Daemon STATE_FILE IDLE_SECONDS}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Daemon STATE_FILE IDLE_SECONDS");
            System.exit(2);
        }
        new Daemon(Path.of(args[0]), Duration.ofSeconds(Long.parseLong(args[1]))).serve();
        System.exit(0);
    }

    /** Serves until idle or replaced; removes its state file when it leaves, unless another daemon's is there. */
    void serve() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            String state = server.getLocalPort() + " " + token + "\n";
            AtomicFiles.writeOwnerOnly(stateFile, state);
            // ended by a signal (kill, the machine shutting down): no stale state file either
            Thread cleanUp = new Thread(() -> {
                try {
                    if (stillOurs(state)) {
                        Files.deleteIfExists(stateFile);
                    }
                } catch (IOException ignored) {
                    // the next client finds nobody on the port and runs the command itself
                }
            }, "mlgate-daemon-cleanup");
            Runtime.getRuntime().addShutdownHook(cleanUp);
            server.setSoTimeout((int) Math.min(POLL.toMillis(), idle.toMillis()));
            log("mlgate daemon " + ProcessHandle.current().pid() + " serves " + cwd + " on 127.0.0.1:"
                    + server.getLocalPort() + " until idle for " + idle.toSeconds() + " s");
            long last = System.nanoTime();
            try {
                while (!stopping && System.nanoTime() - last < idle.toNanos() && stillOurs(state)) {
                    Socket s;
                    try {
                        s = server.accept();
                    } catch (SocketTimeoutException tick) {
                        continue;
                    }
                    try (s) {
                        answer(s);
                    } catch (IOException | RuntimeException e) {
                        // one client's broken connection or request is not the daemon's end
                    }
                    last = System.nanoTime();
                }
            } finally {
                boolean ours = stillOurs(state);
                if (ours) {
                    Files.deleteIfExists(stateFile);
                }
                log("mlgate daemon " + ProcessHandle.current().pid() + " leaves: "
                        + (stopping ? "asked to stop" : ours ? "idle" : "its state file is gone or names another"));
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanUp);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway, and finds the file gone or another's
                }
            }
        }
    }

    private boolean stillOurs(String state) {
        try {
            return Files.readString(stateFile).equals(state);
        } catch (IOException e) {
            return false;
        }
    }

    private void answer(Socket s) throws IOException {
        s.setSoTimeout(10_000);
        InputStream in = new BufferedInputStream(s.getInputStream());
        OutputStream raw = s.getOutputStream();
        // greet first: a client sends its command only once it knows a daemon, not some other program, took it up
        raw.write("m mlgate\n".getBytes(StandardCharsets.UTF_8));
        raw.flush();
        String shown = field(in);
        if (!MessageDigest.isEqual(shown.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return; // not our client: nothing said, nothing run
        }
        String clientCwd = field(in);
        int argc = Integer.parseInt(field(in));
        List<String> args = new ArrayList<>();
        for (int i = 0; i < argc; i++) {
            args.add(field(in));
        }
        // the client's environment, NAME=VALUE each: the commands read the CI system's variables from it
        int envc = Integer.parseInt(field(in));
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < envc; i++) {
            String kv = field(in);
            int eq = kv.indexOf('=');
            if (eq > 0) {
                env.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        long t0 = System.nanoTime();
        int code;
        try (FramedLines out = new FramedLines(raw, 'o'); FramedLines err = new FramedLines(raw, 'e')) {
            PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
            code = run(clientCwd, args, env, o, e);
            o.flush();
            e.flush();
        }
        log(java.time.Instant.now() + " exit " + code + " after " + (System.nanoTime() - t0) / 1_000_000 + " ms: "
                + String.join(" ", args));
        raw.write(("x " + code + "\n").getBytes(StandardCharsets.UTF_8));
        raw.flush();
    }

    /** A line for the daemon's log (its standard output: the launcher sends it to STATE_FILE.log). */
    private static void log(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** The command's exit code; only the commands the launcher sends here, and only from the directory served. */
    int run(String clientCwd, List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.equals(List.of("daemon", "stop"))) { // from any directory: `mlgate daemon stop` stops them all
            stopping = true;
            out.println("mlgate daemon " + ProcessHandle.current().pid() + " (serving " + cwd + ") stops");
            return ExitCodes.PASS;
        }
        Path c;
        try {
            c = Path.of(clientCwd).toRealPath();
        } catch (IOException | RuntimeException e) {
            c = null;
        }
        if (!cwd.equals(c)) {
            err.println("mlgate: error: this daemon serves " + cwd + ", not " + clientCwd);
            return ExitCodes.BAD_INPUT;
        }
        if (args.size() < 2 || !"buildrisk".equals(args.get(0))
                || !("predict".equals(args.get(1)) || "record".equals(args.get(1)))) {
            err.println("mlgate: error: the daemon runs only buildrisk predict and buildrisk record, not: "
                    + String.join(" ", args));
            return ExitCodes.BAD_INPUT;
        }
        return Main.run(out, err, env, args.toArray(String[]::new));
    }

    /** One NUL-terminated UTF-8 field. */
    private static String field(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != 0; ) {
            if (c < 0 || b.size() >= MAX_REQUEST) {
                throw new IOException("request cut short or too long");
            }
            b.write(c);
        }
        return b.toString(StandardCharsets.UTF_8);
    }
}
