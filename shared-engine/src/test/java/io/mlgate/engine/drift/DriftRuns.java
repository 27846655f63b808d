package io.mlgate.engine.drift;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.drift.report.DriftSection;
import io.mlgate.engine.validate.run.InputOptions;
import io.mlgate.testing.Files2;

import java.nio.file.Path;
import java.util.Optional;

/** Test helper: one drift run on files, and the parts of its report tests look at. */
record DriftRuns(GateReport report) {

    static DriftRuns run(Path reference, Path current, Path policy) {
        return new DriftRuns(new DriftRun(Progress.SILENT).run(new DriftRequest(reference.toString(), current.toString(),
                InputOptions.defaults(), Optional.ofNullable(policy))));
    }

    static Path policy(Path dir, String... driftLines) {
        String[] lines = new String[driftLines.length + 2];
        lines[0] = "version: 1";
        lines[1] = "drift:";
        for (int i = 0; i < driftLines.length; i++) {
            lines[i + 2] = "  " + driftLines[i];
        }
        return Files2.write(dir, "mlgate.yml", lines);
    }

    DriftOutcome outcome() {
        return ((DriftSection) report.sections().get(0)).outcome();
    }

    ColumnResult column(String name) {
        return outcome().columns().stream().filter(c -> c.plan().column().equals(name)).findFirst().orElseThrow();
    }

    CheckResult check(String id) {
        return report.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
