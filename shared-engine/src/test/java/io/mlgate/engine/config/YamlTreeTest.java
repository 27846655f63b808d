package io.mlgate.engine.config;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.Level;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YamlTreeTest {

    @Test
    void keepsLineAndPathOfEveryNode() {
        YMap root = YamlTree.parse("p.yml", "version: 1\ndata:\n  checks:\n    - check: range\n      level: warn\n");
        YNode level = root.required("data").asMap().required("checks").asList().items().get(0).asMap().required("level");
        assertThat(level.line()).isEqualTo(5);
        assertThat(level.path()).isEqualTo("data.checks[0].level");
        assertThat(level.asScalar().asEnum(Level.class)).isEqualTo(Level.WARN);
    }

    @Test
    void badEnumNamesFileLineKeyAndAllowedValues() {
        YMap root = YamlTree.parse("p.yml", "a: 1\nlevel: fatal\n");
        assertThatThrownBy(() -> root.required("level").asScalar().asEnum(Level.class))
                .isInstanceOf(BadInputException.class)
                .hasMessage("p.yml:2:8: level: expected one of error, warn; got 'fatal'");
    }

    @Test
    void unknownKeyListsAllowedKeys() {
        YMap root = YamlTree.parse("p.yml", "version: 1\ndtaa: {}\n");
        assertThatThrownBy(() -> root.allowOnly(Set.of("version", "data")))
                .hasMessage("p.yml:2:7: dtaa: unknown key 'dtaa'; allowed keys here: data, version");
    }

    @Test
    void duplicateKeysAreErrors() {
        assertThatThrownBy(() -> YamlTree.parse("p.yml", "a: 1\nb: 2\na: 3\n"))
                .hasMessageStartingWith("p.yml:3:1: a: duplicate key 'a'");
    }

    @Test
    void syntaxErrorsGiveThePosition() {
        assertThatThrownBy(() -> YamlTree.parse("p.yml", "a: [1, 2\nb: 3\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("p.yml:").hasMessageContaining("not valid YAML");
    }

    @Test
    void emptyDocumentAndNonMappingRootAreErrors() {
        assertThatThrownBy(() -> YamlTree.parse("p.yml", "  \n")).hasMessage("p.yml:1:1: the file is empty; expected a YAML mapping");
        assertThatThrownBy(() -> YamlTree.parse("p.yml", "- 1\n- 2\n")).hasMessageContaining("expected a mapping");
    }

    @Test
    void typedAccessorsAreStrict() {
        YMap m = YamlTree.parse("p.yml", "n: \"0.5\"\nb: yes\nf: 1.5\nw: 2.5\nok: 0.25\n");
        assertThatThrownBy(() -> m.optDouble("n")).hasMessage("p.yml:1:4: n: expected a number, got '0.5'");
        assertThatThrownBy(() -> m.boolOr("b", false)).hasMessage("p.yml:2:4: b: expected one of true, false; got 'yes'");
        assertThatThrownBy(() -> m.optFraction("f")).hasMessage("p.yml:3:4: f: expected a fraction between 0 and 1, got 1.5");
        assertThatThrownBy(() -> m.intOr("w", 1)).hasMessage("p.yml:4:4: w: expected a whole number, got '2.5'");
        assertThat(m.optFraction("ok")).contains(0.25);
    }
}
