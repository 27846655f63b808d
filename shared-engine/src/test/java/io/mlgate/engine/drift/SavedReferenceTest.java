package io.mlgate.engine.drift;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.data.ProfileOptions;
import io.mlgate.engine.drift.data.ReferenceJson;
import io.mlgate.engine.validate.run.InputOptions;
import io.mlgate.engine.validate.run.ProfileRequest;
import io.mlgate.testing.SyntheticData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.mlgate.testing.SyntheticData.categorical;
import static io.mlgate.testing.SyntheticData.columns;
import static io.mlgate.testing.SyntheticData.normal;
import static io.mlgate.testing.SyntheticData.uniform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A reference saved as statistics gives the same verdicts as the raw reference data. Stated tolerance: every
 * statistic and p-value within 1e-12 (both come from the same counts; only the JSON round trip lies between).
 */
class SavedReferenceTest {
    @TempDir
    Path dir;

    private Map<String, String> data(long seed, double shift, double[] shares) {
        String outlier = "(CASE WHEN " + uniform(seed, 9) + " < 0.001 THEN 1e7 ELSE " + normal(seed, 1, shift, 1) + " END)";
        return columns("x", normal(seed, 3, shift, 2), "heavy", outlier,
                "kind", categorical(seed, 5, new String[] {"a", "b", "c", "d"}, shares),
                "code", "CAST(floor(" + uniform(seed, 6) + " * 8) AS INTEGER)",
                "count", "CAST(floor(" + uniform(seed, 7) + " * 500) AS INTEGER)",
                "flag", uniform(seed, 8) + " < 0.3", "label", "CAST(" + uniform(seed, 10) + " < 0.2 AS INTEGER)");
    }

    @Test
    void savedAndRawReferencesAgree() {
        Path ref = SyntheticData.write(dir, "ref.parquet", 5000, data(1, 0, new double[] {0.4, 0.3, 0.2, 0.1}));
        Path saved = dir.resolve("ref-profile.json");
        new SaveReferenceRun(Progress.SILENT).run(new ProfileRequest(ref.toString(), InputOptions.defaults(),
                ProfileOptions.defaults()), saved);
        assertThat(ReferenceJson.isReference(saved.toString())).isTrue();
        Path policy = DriftRuns.policy(dir, "label: label");
        for (double shift : new double[] {0, 0.3}) {
            Path cur = SyntheticData.write(dir, "cur-" + shift + ".parquet", 3000,
                    data(2, shift, shift == 0 ? new double[] {0.4, 0.3, 0.2, 0.1} : new double[] {0.25, 0.25, 0.25, 0.25}));
            DriftRuns raw = DriftRuns.run(ref, cur, policy);
            DriftRuns fromSaved = DriftRuns.run(saved, cur, policy);
            List<ColumnResult> a = raw.outcome().columns();
            List<ColumnResult> b = fromSaved.outcome().columns();
            assertThat(b).hasSameSizeAs(a);
            for (int i = 0; i < a.size(); i++) {
                ColumnResult x = a.get(i);
                ColumnResult y = b.get(i);
                assertThat(y.plan()).isEqualTo(x.plan());
                assertThat(y.statistic()).as(x.plan().column()).isCloseTo(x.statistic(), within(1e-12));
                if (x.pValue() != null) {
                    assertThat(y.adjustedPValue()).isCloseTo(x.adjustedPValue(), within(1e-12));
                }
                assertThat(y.drifted()).isEqualTo(x.drifted());
            }
            assertThat(fromSaved.report().checks()).extracting(CheckResult::id, CheckResult::status)
                    .isEqualTo(raw.report().checks().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.id(), c.status())).toList());
            assertThat(fromSaved.report().provenance().inputFingerprints()).containsKey(saved.toString());
            assertThat(raw.outcome().dataset().drift()).isEqualTo(shift > 0);
        }
    }
}
