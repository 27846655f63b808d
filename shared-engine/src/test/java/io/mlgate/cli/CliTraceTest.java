package io.mlgate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** MLGATE_TRACE=1 prints every step of a run with its times, in order, also with -q; off, nothing. */
class CliTraceTest {
    private static final Pattern LINE = Pattern.compile(
            "mlgate: trace (\\d+) ms since JVM start, (\\d+) ms since main, (\\d+) ms CPU: (.+)");

    @Test
    void stepsAreTimedInOrder(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("d.csv");
        Files.writeString(csv, "id,x\n1,2.5\n2,3.5\n");
        Path policy = dir.resolve("mlgate.yml");
        Files.writeString(policy, "version: 1\ndata:\n  checks:\n    - {check: row_count, min: 1}\n");
        String[] args = {"data", "validate", "--policy", policy.toString(), "--data", csv.toString(), "--no-profile",
                "--out", dir.resolve("out").toString(), "-q"};
        CliRun quiet = CliRun.of(args);
        assertThat(quiet.code()).isZero();
        assertThat(quiet.err()).doesNotContain("trace");
        Trace.enabled = true;
        CliRun traced;
        try {
            traced = CliRun.of(args);
        } finally {
            Trace.enabled = false;
        }
        assertThat(traced.code()).isZero();
        List<String> steps = new java.util.ArrayList<>();
        long lastSinceMain = -1;
        for (String l : traced.err().lines().toList()) {
            Matcher m = LINE.matcher(l);
            assertThat(m.matches()).as(l).isTrue();
            long sinceStart = Long.parseLong(m.group(1));
            long sinceMain = Long.parseLong(m.group(2));
            assertThat(sinceStart).isGreaterThanOrEqualTo(sinceMain);
            assertThat(sinceMain).isGreaterThanOrEqualTo(lastSinceMain);
            lastSinceMain = sinceMain;
            steps.add(m.group(4));
        }
        assertThat(steps).containsExactly("command line built", "running 1 checks", "engine call returned",
                "reports rendered", "reports written", "result printed");
    }
}
