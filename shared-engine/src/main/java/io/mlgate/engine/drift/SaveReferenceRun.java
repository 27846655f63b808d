package io.mlgate.engine.drift;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.data.ScanEngine;
import io.mlgate.engine.drift.data.MeasuredDataset;
import io.mlgate.engine.drift.data.Measurer;
import io.mlgate.engine.drift.data.ReferenceJson;
import io.mlgate.engine.validate.run.ProfileRequest;
import io.mlgate.engine.validate.run.ProfileRun;

import java.nio.file.Path;
import java.util.Set;

/**
 * {@code mlgate data profile --save-profile FILE}: the usual profile report, and the statistics a later
 * {@code mlgate data drift --reference FILE} needs, saved as JSON ({@link ReferenceJson}) so that the raw reference
 * data need not be present then. What is kept is described in {@link ReferenceNeeds#forSaving()}.
 */
public final class SaveReferenceRun {
    private final Progress progress;

    public SaveReferenceRun(Progress progress) {
        this.progress = progress;
    }

    public GateReport run(ProfileRequest req, Path output) {
        GateReport report = new ProfileRun(progress).run(req);
        MeasuredDataset measured = measure(req);
        ReferenceJson.write(measured, output);
        progress.step("drift reference saved to " + output + " (" + measured.columns().size() + " columns)");
        return report;
    }

    /** The reference statistics of {@code req}'s data, as a saved reference holds them. */
    public MeasuredDataset measure(ProfileRequest req) {
        try (ScanEngine engine = ScanEngine.open()) {
            Dataset data = engine.register("reference", req.input().source(req.data()));
            return new Measurer(engine, progress).reference(data, Set.of(), ReferenceNeeds.forSaving(), true);
        }
    }
}
