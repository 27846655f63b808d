package io.mlgate.cli;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.EngineClock;
import io.mlgate.engine.api.EngineVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code mlgate} command. {@link #main} only exits with {@link #run}'s code; tests call {@link #run}. */
@Command(name = "mlgate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "ML quality gates for CI/CD: data validation and drift, model training and tests, build-failure prediction.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:gate passed (warnings allowed)", "1:gate failed", "2:bad input or usage",
                "3:internal error"})
public final class Main {

    public static void main(String[] args) {
        DuckDbStartup.skipJfrMemoryMonitor();
        System.exit(run(System.out, System.err, args));
    }

    /** The command groups, in the order {@code --help} lists them (then {@code help}). */
    private static final Map<String, Class<?>> GROUPS = groups();

    private static Map<String, Class<?>> groups() {
        Map<String, Class<?>> g = new LinkedHashMap<>();
        g.put("data", DataCommand.class);
        g.put("model", ModelCommand.class);
        g.put("buildrisk", BuildriskCommand.class);
        return g;
    }

    public static int run(PrintStream out, PrintStream err, String... args) {
        EngineClock.start();
        CommandLine cl = new CommandLine(new Main(), new CommandFactory(new GateCommand.Streams(out, err)));
        // picocli builds each command's model by reflection when it is added, the whole tree up front; a run whose
        // first word names a group needs only that group (about 0.1 CPU s less per start). Anything else (no
        // arguments, --help, help, a typo) gets every group, so help and suggestions are as before. Subcommands are
        // added before the settings below, which picocli applies to the subcommands present.
        Class<?> group = args.length > 0 ? GROUPS.get(args[0]) : null;
        if (group != null) {
            cl.addSubcommand(args[0], group);
        } else {
            GROUPS.forEach(cl::addSubcommand);
            cl.addSubcommand("help", CommandLine.HelpCommand.class);
        }
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
