package io.mlgate.engine.validate;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every check kind on tiny inline data, with a passing and a failing case. */
class ChecksTest {
    static final String[] PEOPLE = {
            "id,name,email,age,country,joined",
            "1,Ann,ann@example.com,34,SE,2024-01-05",
            "2,Bob,bob@example.com,45,NO,2024-02-29",
            "3,Cid,not-an-email,29,SE,2024-03-10",
            "4,Dee,,61,DK,2024-04-01",
    };

    @TempDir
    Path dir;
    ValidationFixture fx;

    @BeforeEach
    void setUp() {
        fx = new ValidationFixture(dir);
    }

    @Test
    void rowCount() {
        assertThat(fx.one("  - {check: row_count, min: 1, max: 4}", PEOPLE).status()).isEqualTo(Status.PASS);
        CheckResult r = fx.one("  - {check: row_count, min: 5}", PEOPLE);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.measured()).isEqualTo(4L);
        assertThat(r.threshold()).isEqualTo(">= 5");
    }

    @Test
    void completenessMeasuresTheNonNullFraction() {
        assertThat(fx.one("  - {check: completeness, column: name}", PEOPLE).status()).isEqualTo(Status.PASS);
        CheckResult r = fx.one("  - {check: completeness, column: email, min: 0.9}", PEOPLE);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat((Double) r.measured()).isEqualTo(0.75);
        assertThat(r.examples()).hasSize(1).first().satisfies(row -> assertThat(row.get("name")).isEqualTo("Dee"));
        assertThat(fx.one("  - {check: completeness, column: email, min: 0.75}", PEOPLE).status()).isEqualTo(Status.PASS);
    }

    @Test
    void warnLevelWarnsInsteadOfFailing() {
        assertThat(fx.one("  - {check: completeness, column: email, level: warn}", PEOPLE).status()).isEqualTo(Status.WARN);
    }

    @Test
    void uniquenessOfSingleAndCompoundKeys() {
        assertThat(fx.one("  - {check: unique, column: id}", PEOPLE).status()).isEqualTo(Status.PASS);
        CheckResult r = fx.one("  - {check: unique, column: country}", PEOPLE);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat((Double) r.measured()).isEqualTo(0.75);
        assertThat(r.message()).contains("1 of 4 rows repeat a key");
        assertThat(r.examples()).hasSize(2).allSatisfy(row -> assertThat(row.get("country")).isEqualTo("SE"));
        assertThat(fx.one("  - {check: unique, columns: [country, age]}", PEOPLE).status()).isEqualTo(Status.PASS);
        assertThat(fx.one("  - {check: unique, columns: [a, b]}", "a,b", "1,x", "1,y", "1,x").status())
                .isEqualTo(Status.FAIL);
    }

    @Test
    void rangeCountsValuesOutsideInclusiveBounds() {
        assertThat(fx.one("  - {check: range, column: age, min: 29, max: 61}", PEOPLE).status()).isEqualTo(Status.PASS);
        CheckResult r = fx.one("  - {check: range, column: age, max: 50}", PEOPLE);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.message()).startsWith("1 of 4 non-null rows (25.00%) are not <= 50");
        assertThat(fx.one("  - {check: range, column: age, max: 50, min_fraction: 0.75}", PEOPLE).status())
                .isEqualTo(Status.PASS);
    }

    @Test
    void rangeOnTextColumnIsBadInput() {
        assertThatThrownBy(() -> fx.one("  - {check: range, column: name, min: 0}", PEOPLE))
                .isInstanceOf(BadInputException.class)
                .hasMessage("mlgate.yml:2:5: checks[0]: range needs a numeric column; 'name' is string (use a row rule for other types)");
    }

    @Test
    void allowedValues() {
        assertThat(fx.one("  - {check: allowed_values, column: country, values: [SE, NO, DK]}", PEOPLE).status())
                .isEqualTo(Status.PASS);
        CheckResult r = fx.one("  - {check: allowed_values, column: country, values: [SE, NO]}", PEOPLE);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.examples()).singleElement().satisfies(row -> assertThat(row.get("country")).isEqualTo("DK"));
    }

    @Test
    void patternWithRegexAndNamedFormats() {
        assertThat(fx.one("  - {check: pattern, column: name, regex: '[A-Z][a-z]+'}", PEOPLE).status()).isEqualTo(Status.PASS);
        CheckResult email = fx.one("  - {check: pattern, column: email, format: email}", PEOPLE);
        assertThat(email.status()).isEqualTo(Status.FAIL);
        assertThat(email.message()).startsWith("1 of 3 non-null rows");
        assertThat(fx.one("  - {check: pattern, column: id, format: uuid}", "id", "0b5f1c9e-2f7a-4c1e-9a53-3c2b1d4e5f60")
                .status()).isEqualTo(Status.PASS);
        CheckResult date = fx.one("  - {check: pattern, column: d, format: date}", "d", "2024-02-29", "2023-02-29", "2024-13-01");
        assertThat(date.status()).isEqualTo(Status.FAIL);
        assertThat(date.message()).startsWith("2 of 3 non-null rows");
    }

    @Test
    void invalidRegexIsBadInputAtItsLine() {
        assertThatThrownBy(() -> fx.one("  - check: pattern\n    column: name\n    regex: '[a-'", PEOPLE))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("mlgate.yml:2:5: checks[0]: regex is not a valid");
    }

    @Test
    void stringLength() {
        assertThat(fx.one("  - {check: length, column: name, min: 3, max: 3}", PEOPLE).status()).isEqualTo(Status.PASS);
        assertThat(fx.one("  - {check: length, column: email, max: 12}", PEOPLE).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void rowRuleCountsViolationsAndTreatsNullAsViolation() {
        assertThat(fx.one("  - {check: row_rule, name: adults, sql: 'age >= 18'}", PEOPLE).status()).isEqualTo(Status.PASS);
        CheckResult r = fx.one("  - {check: row_rule, name: has_email, sql: \"email LIKE '%@%'\"}", PEOPLE);
        assertThat(r.id()).isEqualTo("has_email");
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat((Double) r.measured()).isEqualTo(0.5);
        assertThat(r.examples()).hasSize(2);
    }

    @Test
    void sqlAggregateAssertion() {
        assertThat(fx.one("  - {check: sql_assert, sql: 'avg(age)', min: 42, max: 43}", PEOPLE).status()).isEqualTo(Status.PASS);
        CheckResult r = fx.one("  - {check: sql_assert, sql: 'max(age) - min(age)', max: 10}", PEOPLE);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(((Number) r.measured()).doubleValue()).isEqualTo(32.0);
    }

    @Test
    void wrongSqlNamesTheCheckAndItsLine() {
        assertThatThrownBy(() -> fx.run("  - {check: row_count, min: 1}\n  - {check: sql_assert, sql: 'avg(nope)', min: 0}", PEOPLE))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("mlgate.yml:3:5: checks[1]: check 'sql_assert:dataset' has SQL the engine rejects:");
    }

    @Test
    void foreignKeyAgainstAnotherDataset() {
        fx.other("countries", "code,name", "SE,Sweden", "NO,Norway");
        CheckResult r = fx.one("  - {check: foreign_key, column: country, reference: countries, reference_column: code}", PEOPLE);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.examples()).singleElement().satisfies(row -> assertThat(row.get("country")).isEqualTo("DK"));
        fx.other("countries", "code,name", "SE,Sweden", "NO,Norway", "DK,Denmark");
        assertThat(fx.one("  - {check: foreign_key, column: country, reference: countries, reference_column: code}", PEOPLE)
                .status()).isEqualTo(Status.PASS);
    }

    @Test
    void columnNamedInPolicyButMissingFromDataIsBadInput() {
        assertThatThrownBy(() -> fx.one("  - {check: completeness, column: salary}", PEOPLE))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("checks[0]: column 'salary' is not in ")
                .hasMessageEndingWith("data.csv; its columns are: id, name, email, age, country, joined");
    }

    @Test
    void emptyConsideredSetIsNoData() {
        CheckResult r = fx.one("  - {check: pattern, column: v, regex: x}", "v,w", ",1", ",2");
        assertThat(r.status()).isEqualTo(Status.NO_DATA);
    }
}
