package io.mlgate.engine.validate;

import io.mlgate.engine.config.YNode;
import io.mlgate.engine.config.YamlTree;
import io.mlgate.engine.data.DataSource;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.data.ScanEngine;
import io.mlgate.engine.data.Sql;
import io.mlgate.engine.validate.policy.CheckReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uniqueness of one integer column in Parquet counts distinct keys from the column's min/max statistics (a bitmap,
 * not a hash table); other keys, CSV, and ranges too wide for a bitmap hash them. Same answers either way.
 */
class UniqueIntegerKeysTest {
    @TempDir
    Path dir;

    private static Check unique(String column) {
        return new CheckReader(null).read(YamlTree.parse("p.yml", "checks:\n  - {check: unique, column: " + column + "}")
                .required("checks").asList().items().stream().map(YNode::asMap).findFirst().orElseThrow());
    }

    /** The measured fraction and the plan's SQL for a uniqueness check of {@code column} over {@code select}. */
    private Object[] measure(String select, String format, String column) throws Exception {
        try (ScanEngine engine = ScanEngine.open()) {
            Path file = dir.resolve("d-" + column + "." + format);
            try (Statement st = engine.connection().createStatement()) {
                st.execute("COPY (" + select + ") TO " + Sql.literal(file.toString()) + " (FORMAT " + format
                        + (format.equals("csv") ? ", HEADER" : "") + ")");
            }
            Dataset ds = engine.register("data", DataSource.of(file.toString()));
            CheckScope scope = new CheckScope(ds, Map.of());
            Check check = unique(column);
            ScanPlan plan = new ScanPlan(List.of(check), scope);
            return new Object[]{check.judge(scope, plan.execute(engine.connection())).measured(), plan.sql()};
        }
    }

    private static final String KEYS = "SELECT CASE WHEN range = 1000 THEN 7 WHEN range % 100 = 1 THEN NULL ELSE range END AS k, "
            + "'s' || (range % 500) AS s FROM range(1001)";

    @Test
    void integerKeyInParquetUsesStatistics() throws Exception {
        Object[] r = measure(KEYS, "parquet", "k");
        // 1001 rows, 10 of them NULL, 991 keyed rows, 990 distinct (7 appears twice)
        assertThat((Double) r[0]).isEqualTo(990 / 991.0);
        assertThat((String) r[1]).contains("bit_count(bitstring_agg(\"k\"))");
    }

    @Test
    void csvAndTextKeysHashTheirKeys() throws Exception {
        Object[] csv = measure(KEYS, "csv", "k");
        assertThat((Double) csv[0]).isEqualTo(990 / 991.0);
        assertThat((String) csv[1]).contains("count(DISTINCT \"k\")").doesNotContain("bitstring_agg");
        Object[] text = measure(KEYS, "parquet", "s");
        assertThat((Double) text[0]).isEqualTo(500 / 1001.0);
        assertThat((String) text[1]).doesNotContain("bitstring_agg");
    }

    @Test
    void rangeTooWideForABitmapFallsBackToHashing() throws Exception {
        Object[] r = measure("SELECT CASE WHEN range = 2 THEN 0 ELSE range * 1000000000000 END AS k FROM range(3)",
                "parquet", "k");
        assertThat((Double) r[0]).isEqualTo(2 / 3.0);
        assertThat((String) r[1]).contains("bitstring_agg");
    }
}
