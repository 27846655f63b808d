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
        System.exit(run(System.out, System.err, args));
    }

    /** A command group and its commands, each by name, in the order {@code --help} lists them. */
    record Group(Class<?> command, Map<String, Class<?>> commands) {
    }

    /** The command groups, in the order {@code --help} lists them (then {@code help}). */
    static final Map<String, Group> GROUPS = groups();

    private static Map<String, Group> groups() {
        Map<String, Group> g = new LinkedHashMap<>();
        g.put("data", new Group(DataCommand.class, commands("profile", DataProfileCommand.class,
                "infer-schema", DataInferSchemaCommand.class, "validate", DataValidateCommand.class,
                "drift", DataDriftCommand.class)));
        g.put("model", new Group(ModelCommand.class, commands("train", ModelTrainCommand.class,
                "test", ModelTestCommand.class)));
        g.put("buildrisk", new Group(BuildriskCommand.class, commands("import", BuildriskImportCommand.class,
                "record", BuildriskRecordCommand.class, "features", BuildriskFeaturesCommand.class,
                "train", BuildriskTrainCommand.class, "evaluate", BuildriskEvaluateCommand.class,
                "predict", BuildriskPredictCommand.class, "monitor", BuildriskMonitorCommand.class)));
        return g;
    }

    private static Map<String, Class<?>> commands(Object... nameThenClass) {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenClass.length; i += 2) {
            m.put((String) nameThenClass[i], (Class<?>) nameThenClass[i + 1]);
        }
        return m;
    }

    public static int run(PrintStream out, PrintStream err, String... args) {
        return run(out, err, System.getenv(), args);
    }

    /** {@link #run(PrintStream, PrintStream, String...)} with the environment variables the commands read. */
    public static int run(PrintStream out, PrintStream err, Map<String, String> env, String... args) {
        EngineClock.start();
        Prewarm.start(args);
        GateCommand.Session session = new GateCommand.Session(out, err, env);
        GateCommand plain = FastLine.parse(args, session); // predict and record's usual lines, without picocli
        if (plain != null) {
            Trace.mark(err, "command line built");
            return execute(plain, err);
        }
        CommandFactory factory = new CommandFactory(session);
        CommandLine cl = new CommandLine(model(new Main(), factory), factory);
        // picocli wants the whole tree of models up front, and each model costs time in a fresh JVM (0.05 CPU s a
        // command by reflection, less from CliSpecs); a run whose first words name a group and one of its commands
        // needs only that command. Anything else (no arguments, --help, help, a typo) gets every command, so help
        // and suggestions are as before. Commands are added before the settings below, which picocli applies to
        // those present.
        Group group = args.length > 0 ? GROUPS.get(args[0]) : null;
        if (group != null) {
            cl.addSubcommand(args[0], groupLine(group, args.length > 1 ? args[1] : null, factory));
        } else {
            GROUPS.forEach((name, g) -> cl.addSubcommand(name, groupLine(g, null, factory)));
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
        Trace.mark(err, "command line built");
        return cl.execute(args);
    }

    /** Runs a command {@link FastLine} parsed, with the exit codes and error handling picocli's execution has. */
    private static int execute(GateCommand command, PrintStream err) {
        try {
            return command.call();
        } catch (RuntimeException ex) {
            PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
            int code = handle(ex, w);
            w.flush();
            return code;
        }
    }

    /** The group's command line with the command named {@code only}, or with all of them when it names none. */
    private static CommandLine groupLine(Group group, String only, CommandFactory factory) {
        CommandLine line = new CommandLine(model(factory.command(group.command()), factory), factory);
        Class<?> named = only == null ? null : group.commands().get(only);
        if (named != null) {
            line.addSubcommand(only, model(factory.command(named), factory));
        } else {
            group.commands().forEach((name, cls) -> line.addSubcommand(name, model(factory.command(cls), factory)));
        }
        return line;
    }

    /**
     * The command's model as generated at build time from its annotations ({@link CliSpecs}), so that picocli reads
     * no annotations (0.1 s of CPU in a fresh JVM, most of it the JDK making a proxy class per annotation type); the
     * command itself, for picocli to reflect on, where the generator left it out.
     */
    static Object model(Object command, CommandFactory factory) {
        CommandLine.Model.CommandSpec spec = CliSpecs.of(command, factory);
        return spec != null ? spec : command;
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
