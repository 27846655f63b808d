package io.mlgate.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link FastLine} sets the fields of {@code buildrisk predict} and {@code record} exactly as picocli does, knows every
 * option picocli knows for them, and leaves to picocli every line it does not take plainly.
 */
class FastLineTest {
    private final GateCommand.Session session = new GateCommand.Session(new PrintStream(PrintStream.nullOutputStream()),
            new PrintStream(PrintStream.nullOutputStream()), Map.of());
    private final CommandFactory factory = new CommandFactory(session);

    private Object picocli(Class<?> cls, List<String> argv) {
        Object cmd = factory.command(cls);
        new CommandLine(Main.model(cmd, factory), factory).setCaseInsensitiveEnumValuesAllowed(true)
                .parseArgs(argv.toArray(String[]::new));
        return cmd;
    }

    private GateCommand fast(String command, List<String> argv) {
        return FastLine.parse(Stream.concat(Stream.of("buildrisk", command), argv.stream()).toArray(String[]::new), session);
    }

    @Test
    void setsEveryOptionAsPicocliDoesInBothFormsAndTheDefaultsWithout() throws Exception {
        for (Map.Entry<String, Class<?>> c : Map.<String, Class<?>>of("predict", BuildriskPredictCommand.class,
                "record", BuildriskRecordCommand.class).entrySet()) {
            List<String> required = new ArrayList<>();
            List<String> every = new ArrayList<>();
            List<String> joined = new ArrayList<>();
            for (OptionSpec o : new CommandLine(factory.command(c.getValue())).getCommandSpec().options()) {
                if (o.usageHelp() || o.versionHelp()) {
                    continue;
                }
                List<String> args = CliSpecsTest.sampleArgs(o);
                every.addAll(args);
                joined.add(args.size() == 1 ? args.get(0) : args.get(0) + "=" + args.get(1));
                if (o.required()) {
                    required.addAll(args);
                }
            }
            for (List<String> argv : List.of(required, every, joined, concat(required, "-q", "--format", "JSON"))) {
                GateCommand plain = fast(c.getKey(), argv);
                assertThat(plain).as("%s %s", c.getKey(), argv).isNotNull().isInstanceOf(c.getValue());
                assertThat(CliSpecsTest.values(plain)).as("%s %s", c.getKey(), argv)
                        .isEqualTo(CliSpecsTest.values(picocli(c.getValue(), argv)));
            }
        }
    }

    private static List<String> concat(List<String> head, String... tail) {
        return Stream.concat(head.stream(), Stream.of(tail)).toList();
    }

    @Test
    void leavesToPicocliEveryLineItDoesNotTakePlainly() {
        List<String> record = List.of("--history", "h.csv", "--status", "passed");
        for (List<String> odd : List.of(List.of("--help"), List.of("-h"), List.of("-V"), List.of("--version"),
                List.of("--no-such-option", "x"), List.of("--branch", "a", "--branch", "b"), List.of("-q", "--quiet"),
                List.of("--pull-request", "twelve"), List.of("--pull-request", "-1"), List.of("--pull-request", "9999999999"),
                List.of("--out"), List.of("stray"), List.of("--branch", "--out"), List.of("--branch", "@args.txt"),
                List.of("--quiet=true"), List.of("-qh"), List.of("--format", "yaml"), List.of("--out", "a\0b"),
                List.of("--"), List.of("@args.txt"))) {
            assertThat(fast("predict", odd)).as("predict %s", odd).isNull();
            assertThat(fast("record", concat(record, odd.toArray(String[]::new)))).as("record %s", odd).isNull();
        }
        assertThat(fast("record", List.of("--history", "h.csv"))).as("no --status").isNull();
        assertThat(fast("record", List.of("--status", "passed"))).as("no --history").isNull();
        assertThat(fast("record", concat(record, "--duration", "x"))).isNull();
        assertThat(fast("record", record)).isNotNull();
        assertThat(FastLine.parse(new String[]{"buildrisk", "train"}, session)).isNull();
        assertThat(FastLine.parse(new String[]{"data", "validate"}, session)).isNull();
        assertThat(FastLine.parse(new String[]{"buildrisk"}, session)).isNull();
    }

    @Test
    void whatPicocliRejectsItStillRejects() {
        CliRun twice = CliRun.of("buildrisk", "predict", "--branch", "a", "--branch", "b");
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.errors()).startsWith("mlgate: error: option '--branch' (NAME) should be specified only once");
        CliRun bad = CliRun.of("buildrisk", "predict", "--history", "/no/such/history.csv", "--model", "/no/such/model",
                "--out", "/tmp/fastline-never-written");
        assertThat(bad.code()).as(bad.err()).isEqualTo(2);
        assertThat(bad.errors().lines()).hasSize(1);
        assertThat(bad.errors()).startsWith("mlgate: error: ");
    }
}
