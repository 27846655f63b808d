package io.mlgate.engine.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A headless Chromium process with a fresh profile in a temporary directory and the DevTools port picked by the
 * browser. {@link #close()} kills the process and its children and deletes the directory.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path root;
    private final int port;

    private HeadlessChromium(Process process, Path root, int port) {
        this.process = process;
        this.root = root;
        this.port = port;
    }

    /**
     * The browser to use: the system property {@code mlgate.chromium} when set (a path; one that is not executable
     * means "no browser"), else {@code /usr/bin/chromium}, else the first {@code chromium} or
     * {@code chromium-browser} on the PATH.
     */
    public static Optional<Path> find() {
        String chosen = System.getProperty("mlgate.chromium");
        if (chosen != null && !chosen.isBlank()) {
            Path p = Path.of(chosen);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        Path usual = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(usual)) {
            return Optional.of(usual);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts the browser on {@code about:blank} and waits, at most {@code timeout}, for its DevTools port. */
    public static HeadlessChromium start(Path binary, Duration timeout) throws IOException, InterruptedException {
        Path root = Files.createTempDirectory("mlgate-chromium-");
        Path profile = Files.createDirectory(root.resolve("profile"));
        Path log = root.resolve("chromium.log");
        Process process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,900",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HeadlessChromium browser = new HeadlessChromium(process, root, 0);
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                if (Files.exists(portFile)) {
                    List<String> lines = Files.readAllLines(portFile);
                    if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                        return new HeadlessChromium(process, root, Integer.parseInt(lines.get(0).trim()));
                    }
                }
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("chromium did not open its DevTools port within " + timeout.toSeconds()
                            + " s (alive: " + process.isAlive() + "); log:\n" + tail(log));
                }
                Thread.sleep(50);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    /** The DevTools WebSocket URL of the first page target, polled from {@code /json/list} until {@code timeout}. */
    public URI pageWebSocketUrl(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest list = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode targets = JSON.readTree(http.send(list, HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode t : targets) {
                if ("page".equals(t.path("type").asText()) && t.hasNonNull("webSocketDebuggerUrl")) {
                    return URI.create(t.get("webSocketDebuggerUrl").asText());
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("no page target in " + targets);
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteTree(root);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            // best effort: a child that outlived the kill may still hold files; the OS cleans the temp dir
        }
    }

    private static String tail(Path log) {
        try {
            String s = Files.readString(log);
            return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
