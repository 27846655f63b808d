package io.mlgate.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One {@code mlgate} invocation through {@link Main#run}: exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {

    /** With no environment variables: what a CI system running the tests sets does not reach the commands. */
    static CliRun of(String... args) {
        return withEnv(Map.of(), args);
    }

    /** With the environment variables {@code env}, as a CI system would set them. */
    static CliRun withEnv(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env, args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The error line(s) without progress lines. */
    String errors() {
        return err.lines().filter(l -> !l.startsWith("mlgate: ") || l.startsWith("mlgate: error")).reduce("", (a, b) -> a + b + "\n");
    }
}
