package io.mlgate.cli;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.EngineClock;
import io.mlgate.engine.api.EngineVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code mlgate} command. {@link #main} only exits with {@link #run}'s code; tests call {@link #run}. */
@Command(name = "mlgate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "ML quality gates for CI/CD: data validation and drift, model training and tests, build-failure prediction.",
        subcommands = {DataCommand.class, ModelCommand.class, BuildriskCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:gate passed (warnings allowed)", "1:gate failed", "2:bad input or usage",
                "3:internal error"})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    public static int run(PrintStream out, PrintStream err, String... args) {
        EngineClock.start();
        CommandLine cl = new CommandLine(new Main(), new CommandFactory(new GateCommand.Streams(out, err)));
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> ExitCodes.BAD_INPUT);
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter w = ex.getCommandLine().getErr();
            w.println("mlgate: error: " + ex.getMessage());
            w.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            w.flush();
            return ExitCodes.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            PrintWriter w = c.getErr();
            int code = handle(ex, w);
            w.flush();
            return code;
        });
        return cl.execute(args);
    }

    private static int handle(Exception ex, PrintWriter w) {
        if (ex instanceof BadInputException || ex instanceof IllegalArgumentException) {
            w.println("mlgate: error: " + ex.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof java.io.UncheckedIOException io) {
            w.println("mlgate: error: " + io.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        w.println("mlgate: internal error: " + ex);
        if (System.getenv("MLGATE_DEBUG") != null) {
            ex.printStackTrace(w);
        } else {
            w.println("mlgate: set MLGATE_DEBUG=1 for the stack trace, and please report it.");
        }
        return ExitCodes.INTERNAL;
    }

    /** Prints the engine version for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"mlgate " + EngineVersion.get() + " (Java " + System.getProperty("java.version") + ")"};
        }
    }
}
