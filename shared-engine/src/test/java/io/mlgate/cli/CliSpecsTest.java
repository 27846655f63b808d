package io.mlgate.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The models {@link CliSpecs} builds at run time (generated from the annotations by io.mlgate.specgen) against the
 * ones picocli reflects from the same annotations: the same usage help, the same options with the same attributes
 * in the same order, the same values in the command objects after parsing the same arguments, the same errors.
 */
class CliSpecsTest {
    private final CommandFactory factory = new CommandFactory(new GateCommand.Session(
            new PrintStream(PrintStream.nullOutputStream()), new PrintStream(PrintStream.nullOutputStream()), java.util.Map.of()));

    /** Every command class the CLI has: the root, the groups and their commands. */
    private static List<Class<?>> commandClasses() {
        List<Class<?>> all = new ArrayList<>(List.of(Main.class));
        Main.GROUPS.values().forEach(g -> {
            all.add(g.command());
            all.addAll(g.commands().values());
        });
        return all;
    }

    @Test
    void everyCommandButTheOneWithAnArgumentGroupIsGenerated() {
        for (Class<?> cls : commandClasses()) {
            CommandSpec spec = CliSpecs.of(factory.command(cls), factory);
            if (cls == BuildriskImportCommand.class) { // @ArgGroup: left to reflection by the generator
                assertThat(spec).as(cls.getName()).isNull();
            } else {
                assertThat(spec).as(cls.getName()).isNotNull();
                assertThat(spec.userObject()).isInstanceOf(cls);
            }
        }
        assertThat(Main.model(factory.command(BuildriskImportCommand.class), factory))
                .isInstanceOf(BuildriskImportCommand.class);
    }

    @Test
    void sameUsageHelpAndOptionsAsReflection() {
        for (Class<?> cls : commandClasses()) {
            CommandLine reflected = line(factory.command(cls));
            CommandLine generated = line(Main.model(factory.command(cls), factory));
            assertThat(generated.getUsageMessage(CommandLine.Help.Ansi.OFF)).as(cls.getName())
                    .isEqualTo(reflected.getUsageMessage(CommandLine.Help.Ansi.OFF));
            assertThat(describe(generated.getCommandSpec())).as(cls.getName())
                    .isEqualTo(describe(reflected.getCommandSpec()));
            assertThat(generated.getCommandSpec().mixinStandardHelpOptions())
                    .isEqualTo(reflected.getCommandSpec().mixinStandardHelpOptions());
            assertThat(generated.getCommandSpec().version()).isEqualTo(reflected.getCommandSpec().version());
        }
    }

    @Test
    void sameValuesAfterParsingEveryOptionAndNone() throws Exception {
        for (Class<?> cls : commandClasses()) {
            if (cls == BuildriskImportCommand.class) {
                continue; // reflection on both sides
            }
            CommandSpec spec = line(factory.command(cls)).getCommandSpec();
            List<String> required = new ArrayList<>();
            List<String> every = new ArrayList<>();
            for (OptionSpec o : spec.options()) {
                if (o.usageHelp() || o.versionHelp()) {
                    continue;
                }
                List<String> args = sampleArgs(o);
                every.addAll(args);
                if (o.required()) {
                    required.addAll(args);
                }
            }
            for (List<String> argv : List.of(required, every)) {
                Object reflected = factory.command(cls);
                Object generated = factory.command(cls);
                line(reflected).parseArgs(argv.toArray(String[]::new));
                line(Main.model(generated, factory)).parseArgs(argv.toArray(String[]::new));
                assertThat(values(generated)).as(cls.getName() + " " + argv).isEqualTo(values(reflected));
            }
        }
    }

    @Test
    void sameErrors() {
        for (Class<?> cls : commandClasses()) {
            for (String[] argv : new String[][] {{"--no-such-option"}, {"--out"}, {"--top", "many"}, {"--max", "x"}}) {
                String expected;
                try {
                    line(factory.command(cls)).parseArgs(argv);
                    expected = "accepted";
                } catch (CommandLine.ParameterException e) {
                    expected = e.getMessage();
                }
                if (expected.equals("accepted")) {
                    line(Main.model(factory.command(cls), factory)).parseArgs(argv);
                } else {
                    assertThatThrownBy(() -> line(Main.model(factory.command(cls), factory))
                            .parseArgs(argv)).as(cls.getName() + " " + Arrays.toString(argv))
                            .isInstanceOf(CommandLine.ParameterException.class).hasMessage(expected);
                }
            }
        }
    }

    @Test
    void aGeneratedModelRunsTheCommand() {
        CliRun r = CliRun.of("data", "validate", "--data", "x.csv", "--tag", "a=1", "--tag", "b=2");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("mlgate: error: give a policy file (--policy) or a schema file (--schema) to validate against\n");
    }

    /** A command line as Main sets it up (enum values in any case). */
    private CommandLine line(Object command) {
        return new CommandLine(command, factory).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** Everything about each option that parsing or help depends on, in the model's order. */
    private static List<String> describe(CommandSpec spec) {
        List<String> out = new ArrayList<>();
        out.add("name=" + spec.name() + " mixins=" + spec.mixins().keySet());
        for (OptionSpec o : spec.options()) {
            out.add(String.join(" ", List.of(Arrays.toString(o.names()), o.paramLabel(), o.type().getName(),
                    Arrays.toString(o.auxiliaryTypes()), String.valueOf(o.arity()), "required=" + o.required(),
                    "default=" + o.defaultValue(), "negatable=" + o.negatable(), "initial=" + o.initialValue(),
                    "hasInitial=" + o.hasInitialValue(), "usageHelp=" + o.usageHelp(), "versionHelp=" + o.versionHelp(),
                    "hidden=" + o.hidden(), "split=" + o.splitRegex(), "show=" + o.showDefaultValue(),
                    "multi=" + o.isMultiValue(), "map=" + o.typeInfo().isMap(), "enum=" + o.typeInfo().isEnum(),
                    "description=" + Arrays.toString(o.description()), "group=" + o.group())));
        }
        return out;
    }

    /** A value picocli accepts for the option (two for a map), as arguments. */
    static List<String> sampleArgs(OptionSpec o) {
        String name = o.longestName();
        Class<?> t = o.type();
        if (o.typeInfo().isMap()) {
            return List.of(name, "k1=v1", name, "k2=v2");
        }
        if (t == boolean.class || t == Boolean.class) {
            return o.negatable() ? List.of(name.replace("--", "--no-")) : List.of(name);
        }
        String value;
        if (t.isEnum()) {
            value = t.getEnumConstants()[t.getEnumConstants().length - 1].toString().toLowerCase();
        } else if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            value = "7";
        } else if (t == Character.class) {
            value = ";";
        } else if (t == URI.class) {
            value = "https://example.org/x";
        } else if (t == Path.class) {
            value = "some/file.txt";
        } else {
            value = "text";
        }
        return List.of(name, value);
    }

    /** The command's field values, mixins' fields included (by field name), for comparing two parses. */
    static Map<String, Object> values(Object obj) throws IllegalAccessException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Class<?> c = obj.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getName().equals("session")) {
                    continue;
                }
                f.setAccessible(true);
                Object v = f.get(obj);
                boolean mixin = v != null && v.getClass().getPackage() == CliSpecsTest.class.getPackage()
                        && !v.getClass().isEnum();
                out.put(c.getSimpleName() + "." + f.getName(), mixin ? values(v) : v);
            }
        }
        return out;
    }
}
