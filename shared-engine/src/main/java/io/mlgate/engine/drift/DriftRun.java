package io.mlgate.engine.drift;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.api.Provenance;
import io.mlgate.engine.data.ColumnInfo;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.data.FingerprintsAhead;
import io.mlgate.engine.data.ScanEngine;
import io.mlgate.engine.drift.data.NumericCounts;
import io.mlgate.engine.drift.data.MeasuredColumn;
import io.mlgate.engine.drift.data.MeasuredDataset;
import io.mlgate.engine.drift.data.Measurer;
import io.mlgate.engine.drift.data.ReferenceJson;
import io.mlgate.engine.drift.policy.DriftPolicy;
import io.mlgate.engine.drift.policy.DriftPolicyReader;
import io.mlgate.engine.io.Fingerprints;
import io.mlgate.engine.policy.Policy;
import io.mlgate.engine.policy.PolicyFile;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code mlgate data drift}: the current data against a reference (raw data or a saved reference), every column
 * not excluded tested, one check per column plus {@code drift:dataset}, and a {@code drift} report section.
 */
public final class DriftRun {
    /** Algorithm id and version recorded in provenance. */
    public static final String ALGORITHM = "data.drift";
    public static final String VERSION = "1";

    private final Progress progress;

    public DriftRun(Progress progress) {
        this.progress = progress;
    }

    public GateReport run(DriftRequest req) {
        Instant started = Instant.now();
        boolean saved = ReferenceJson.isReference(req.reference());
        // the files' SHA-256 (for provenance) is read in the background from here on: beside reading the policy,
        // opening the engine and the scans rather than after them
        FingerprintsAhead hashing = FingerprintsAhead.start(saved ? List.of(req.input().source(req.current()))
                : List.of(req.input().source(req.current()), req.input().source(req.reference())));
        DriftPolicy policy = req.policy().map(PolicyFile::read).flatMap(Policy::drift).map(DriftPolicyReader::read)
                .orElseGet(DriftPolicy::defaults);
        if (ReferenceJson.isReference(req.current())) {
            throw new BadInputException(req.current() + ": is a saved reference; --current must be the data to check");
        }
        try (ScanEngine engine = ScanEngine.open()) {
            Dataset current = engine.register("current", req.input().source(req.current()));
            hashing.handTo(current);
            MeasuredDataset stored = saved ? ReferenceJson.read(Path.of(req.reference())) : null;
            Dataset refData = saved ? null : engine.register("reference", req.input().source(req.reference()));
            if (refData != null) {
                hashing.handTo(refData);
            }
            Map<String, ColumnType> refTypes = new LinkedHashMap<>();
            if (saved) {
                stored.columns().forEach(c -> refTypes.put(c.name(), c.type()));
            } else {
                refData.columns().forEach(c -> refTypes.put(c.name(), c.type()));
            }
            Map<String, ColumnType> curTypes = new LinkedHashMap<>();
            current.columns().forEach(c -> curTypes.put(c.name(), c.type()));
            List<String> compared = ColumnSets.compared(refTypes, curTypes, policy, req.reference(), req.current());
            Set<String> skip = new HashSet<>(refTypes.keySet());
            skip.addAll(curTypes.keySet());
            skip.removeAll(compared);

            Classifier classifier = new Classifier(policy);
            Map<String, Classifier.Decision> decisions = new LinkedHashMap<>();
            Measurer measurer = new Measurer(engine, progress);
            MeasuredDataset ref;
            if (saved) {
                ref = stored;
                progress.step("reference: saved statistics of " + ref.rows() + " rows (" + req.reference() + ")");
                for (String c : compared) {
                    MeasuredColumn mc = ref.column(c).orElseThrow();
                    Classifier.Decision d = classifier.decide(c, mc.type(), curTypes.get(c), mc.stats());
                    ReferenceNeeds.checkSaved(mc, d, req.reference());
                    decisions.put(c, d);
                }
            } else {
                progress.step("measuring the reference " + req.reference() + " (" + refData.rowCount() + " rows)");
                ref = measurer.reference(refData, skip, (ColumnInfo c, io.mlgate.engine.drift.data.ColumnStats s) -> {
                    Classifier.Decision d = classifier.decide(c.name(), c.type(), curTypes.get(c.name()), s);
                    decisions.put(c.name(), d);
                    return ReferenceNeeds.of(d);
                }, Planner.ksPossible(policy, refData.rowCount(), current.rowCount()));
            }
            Map<String, NumericCounts> grids = new LinkedHashMap<>();
            Set<String> categorical = new HashSet<>();
            decisions.forEach((c, d) -> {
                if (d.tested() && d.kind() == ColumnKind.NUMERIC) {
                    ref.column(c).flatMap(MeasuredColumn::numericCounts).ifPresent(n -> grids.put(c, n));
                } else if (d.tested()) {
                    categorical.add(c);
                }
            });
            progress.step("measuring the current data " + req.current() + " (" + current.rowCount() + " rows)");
            MeasuredDataset cur = measurer.current(current, skip, grids, categorical,
                    Planner.ksPossible(policy, ref.rows(), current.rowCount()));

            DriftOutcome outcome = judge(policy, compared, decisions, ref, cur);
            progress.step(outcome.dataset().message());
            Map<String, String> inputs = new LinkedHashMap<>(cur.fingerprints());
            if (saved) {
                inputs.put(req.reference(), Fingerprints.sha256(Path.of(req.reference())));
            } else {
                inputs.putAll(ref.fingerprints());
            }
            req.policy().ifPresent(p -> inputs.put(p.toString(), Fingerprints.sha256(p)));
            Provenance provenance = Provenance.of(ALGORITHM, VERSION, inputs, null);
            return new GateReport("data drift", "Data drift: " + req.current() + " against " + req.reference(),
                    DriftChecks.status(outcome), DriftChecks.of(outcome, provenance), List.of(), started,
                    Duration.between(started, Instant.now()), provenance,
                    List.of(new io.mlgate.engine.drift.report.DriftSection(outcome, ref, cur, policy, skip)));
        }
    }

    private DriftOutcome judge(DriftPolicy policy, List<String> compared, Map<String, Classifier.Decision> decisions,
                               MeasuredDataset ref, MeasuredDataset cur) {
        Planner planner = new Planner(policy);
        ColumnJudge judge = new ColumnJudge(policy.bins());
        List<ColumnResult> measured = new ArrayList<>();
        List<DriftOutcome.Skipped> skipped = new ArrayList<>();
        for (String c : compared) {
            Classifier.Decision d = decisions.get(c);
            if (!d.tested()) {
                skipped.add(new DriftOutcome.Skipped(c, d.skipReason()));
                continue;
            }
            MeasuredColumn r = ref.column(c).orElseThrow();
            MeasuredColumn k = cur.column(c).orElseThrow();
            ColumnRole role = policy.label().filter(l -> l.name().equals(c)).isPresent() ? ColumnRole.TARGET
                    : policy.prediction().filter(p -> p.name().equals(c)).isPresent() ? ColumnRole.PREDICTION
                    : ColumnRole.FEATURE;
            ColumnPlan plan = planner.plan(c, role, d.kind(), r.stats().nonNull(), k.stats().nonNull());
            measured.add(judge.measure(plan, r, k));
        }
        return new DriftJudge(policy).judge(measured, skipped);
    }
}
