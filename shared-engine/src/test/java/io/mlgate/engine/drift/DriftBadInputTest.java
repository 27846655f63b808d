package io.mlgate.engine.drift;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.drift.data.ReferenceJson;
import io.mlgate.engine.drift.data.MeasuredDataset;
import io.mlgate.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What cannot be compared is bad input, found before any scan, with a message that says what to do. */
class DriftBadInputTest {
    @TempDir
    Path dir;

    private Path csv(String name, String... lines) {
        return Files2.write(dir, name, lines);
    }

    @Test
    void differentColumnsAreNamedOnBothSides() {
        Path ref = csv("ref.csv", "a,b,c", "1,x,2.5", "2,y,3.5");
        Path cur = csv("cur.csv", "a,c,d", "1,2.5,7", "2,3.5,8");
        assertThatThrownBy(() -> DriftRuns.run(ref, cur, null)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("only in the reference (" + ref + "): b")
                .hasMessageContaining("only in the current data (" + cur + "): d")
                .hasMessageContaining("drift.exclude");
        DriftRuns ok = DriftRuns.run(ref, cur, DriftRuns.policy(dir, "exclude: [b, d]"));
        assertThat(ok.outcome().columns()).extracting(c -> c.plan().column()).containsExactly("a", "c");
    }

    @Test
    void incompatibleTypesAreNamed() {
        Path ref = csv("ref.csv", "a,b", "1,2", "2,3");
        Path cur = csv("cur.csv", "a,b", "1,x", "2,y");
        assertThatThrownBy(() -> DriftRuns.run(ref, cur, null)).hasMessageContaining("column 'b' is integer in the reference")
                .hasMessageContaining("but string in the current data");
        // integer against floating point is fine
        Path cur2 = csv("cur2.csv", "a,b", "1,2.5", "2,3.5");
        assertThat(DriftRuns.run(ref, cur2, null).outcome().columns()).hasSize(2);
    }

    @Test
    void policyColumnsMustExistAndAreReportedWhereWritten() {
        Path ref = csv("ref.csv", "a,b", "1,2", "2,3");
        Path policy = DriftRuns.policy(dir, "label: a", "columns:", "  bb: {test: psi}");
        assertThatThrownBy(() -> DriftRuns.run(ref, ref, policy)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(policy + ":5:").hasMessageContaining("no column 'bb'").hasMessageContaining("columns: a, b");
    }

    @Test
    void aTestThatDoesNotFitTheColumnIsRejectedAtItsLine() {
        Path ref = csv("ref.csv", "a,k", "1,x", "2,y");
        Path policy = DriftRuns.policy(dir, "columns:", "  k: {test: ks}");
        assertThatThrownBy(() -> DriftRuns.run(ref, ref, policy)).hasMessageStartingWith(policy + ":4:")
                .hasMessageContaining("ks needs a numeric column; 'k' is string");
    }

    @Test
    void missingFilesAndASavedReferenceAsCurrent() {
        Path cur = csv("cur.csv", "a", "1");
        assertThatThrownBy(() -> DriftRuns.run(dir.resolve("nope.csv"), cur, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("nope.csv");
        MeasuredDataset saved = new SaveReferenceRun(io.mlgate.engine.api.Progress.SILENT).measure(
                new io.mlgate.engine.validate.run.ProfileRequest(cur.toString(),
                        io.mlgate.engine.validate.run.InputOptions.defaults(), io.mlgate.engine.data.ProfileOptions.defaults()));
        Path json = dir.resolve("saved.json");
        ReferenceJson.write(saved, json);
        assertThatThrownBy(() -> DriftRuns.run(cur, json, null)).hasMessageContaining("--current must be the data to check");
        assertThat(DriftRuns.run(json, cur, null).outcome().columns()).hasSize(1);
    }

    @Test
    void aSavedReferenceWithoutTheNeededCountsSaysWhatToDo() {
        // 'v' has more distinct values than a saved reference keeps value counts for: it cannot become categorical
        StringBuilder rows = new StringBuilder("v");
        for (int i = 0; i < 1500; i++) {
            rows.append('\n').append(i);
        }
        Path ref = Files2.write(dir, "wide.csv", rows.toString());
        Path json = dir.resolve("wide.json");
        ReferenceJson.write(new SaveReferenceRun(io.mlgate.engine.api.Progress.SILENT).measure(
                new io.mlgate.engine.validate.run.ProfileRequest(ref.toString(),
                        io.mlgate.engine.validate.run.InputOptions.defaults(), io.mlgate.engine.data.ProfileOptions.defaults())),
                json);
        Path policy = DriftRuns.policy(dir, "columns: {v: {kind: categorical}}");
        assertThatThrownBy(() -> DriftRuns.run(json, ref, policy)).hasMessageContaining("no value counts for column 'v'");
    }
}
