package io.mlgate.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CliBasicsTest {

    @Test
    void versionAndHelp() {
        CliRun v = CliRun.of("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("mlgate ");
        CliRun h = CliRun.of("--help");
        assertThat(h.code()).isZero();
        assertThat(h.out()).contains("data", "Exit codes:", "2   bad input or usage");
        for (String sub : new String[]{"profile", "infer-schema", "validate"}) {
            CliRun s = CliRun.of("data", sub, "--help");
            assertThat(s.code()).as(sub).isZero();
            assertThat(s.out()).as(sub).contains("--data", "--out", "--format");
        }
    }

    @Test
    void everyCommandIsListedUnderTheNameItDeclares() {
        Main.GROUPS.forEach((group, g) -> {
            assertThat(g.command().getAnnotation(picocli.CommandLine.Command.class).name()).isEqualTo(group);
            g.commands().forEach((name, cls) -> assertThat(cls.getAnnotation(picocli.CommandLine.Command.class).name())
                    .as(group + " " + name).isEqualTo(name));
            CliRun help = CliRun.of(group, "--help");
            assertThat(help.code()).as(group).isZero();
            assertThat(help.out()).as(group).contains(g.commands().keySet());
        });
        assertThat(Main.GROUPS.get("data").commands()).containsOnlyKeys("profile", "infer-schema", "validate", "drift");
        CliRun typo = CliRun.of("data", "validat", "--data", "x.csv");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("'validat'", "mlgate data --help");
        assertThat(CliRun.of("help", "buildrisk").out()).contains("predict", "evaluate", "monitor");
    }

    @Test
    void usageErrorsExit2WithOneLineAndAHint() {
        CliRun r = CliRun.of("data", "validate", "--bogus");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("mlgate: error: Unknown option: '--bogus'").contains("mlgate data validate --help");
        CliRun f = CliRun.of("data", "profile", "--data", "x.csv", "--format", "yaml");
        assertThat(f.code()).isEqualTo(2);
        assertThat(f.err()).contains("expected one of [TEXT, JSON, MARKDOWN]");
        CliRun none = CliRun.of("data", "validate", "--data", "x.csv");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("mlgate: error: give a policy file (--policy) or a schema file (--schema) to validate against\n");
    }
}
