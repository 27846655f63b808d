package io.mlgate.engine.drift;

import io.mlgate.testing.SyntheticData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.mlgate.testing.SyntheticData.categorical;
import static io.mlgate.testing.SyntheticData.normal;
import static org.assertj.core.api.Assertions.assertThat;

/** More columns than one grouped scan counts: the batches' results come together, each column with its own counts. */
class WideDatasetTest {
    @TempDir
    Path dir;

    private static Map<String, String> wide(long seed, double shiftOfColumn30) {
        Map<String, String> cols = new LinkedHashMap<>();
        for (int c = 0; c < 30; c++) {
            cols.put("x" + c, normal(seed, 2 * c, c == 29 ? shiftOfColumn30 : c, 1));
        }
        for (int c = 0; c < 10; c++) {
            cols.put("k" + c, categorical(seed, 100 + c, new String[] {"a", "b"}, new double[] {0.7, 0.3}));
        }
        return cols;
    }

    @Test
    void fortyColumnsInBatches() {
        Path ref = SyntheticData.write(dir, "ref.parquet", 3000, wide(1, 29));
        Path cur = SyntheticData.write(dir, "cur.parquet", 3000, wide(2, 31));
        DriftRuns r = DriftRuns.run(ref, cur, DriftRuns.policy(dir, "tests: {numeric: wasserstein, categorical: psi}"));
        assertThat(r.outcome().columns()).hasSize(40);
        for (int c = 0; c < 29; c++) {
            assertThat(r.column("x" + c).reference().mean()).isCloseTo(c, org.assertj.core.api.Assertions.within(0.1));
            assertThat(r.column("x" + c).drifted()).as("x" + c).isFalse();
        }
        assertThat(r.column("x29").statistic()).isCloseTo(2.0, org.assertj.core.api.Assertions.within(0.1));
        assertThat(r.column("k9").drifted()).isFalse();
        assertThat(r.column("k9").chart()).extracting(ChartBin::value).containsExactly("a", "b");
    }
}
