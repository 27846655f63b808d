package io.mlgate.engine.validate.run;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.DatasetProfile;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.api.Provenance;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.data.DataSource;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.data.FingerprintsAhead;
import io.mlgate.engine.io.Fingerprints;
import io.mlgate.engine.policy.Policy;
import io.mlgate.engine.policy.PolicyFile;
import io.mlgate.engine.validate.Check;
import io.mlgate.engine.validate.CheckScope;
import io.mlgate.engine.validate.Validator;
import io.mlgate.engine.validate.backend.Backend;
import io.mlgate.engine.validate.backend.BackendSettings;
import io.mlgate.engine.validate.backend.Backends;
import io.mlgate.engine.validate.backend.EngineKind;
import io.mlgate.engine.validate.policy.DataPolicy;
import io.mlgate.engine.validate.policy.DataPolicyReader;
import io.mlgate.engine.validate.policy.DataSchema;
import io.mlgate.engine.validate.policy.DatasetSpec;
import io.mlgate.engine.validate.policy.HistorySettings;
import io.mlgate.engine.validate.policy.SchemaChecks;
import io.mlgate.engine.validate.policy.SchemaReader;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code mlgate data validate}: one dataset against its schema and policy checks, with history. */
public final class ValidateRun {
    private final Progress progress;
    private final BackendSettings engine;

    /** Runs on embedded DuckDB. */
    public ValidateRun(Progress progress) {
        this(progress, BackendSettings.duckdb());
    }

    public ValidateRun(Progress progress, BackendSettings engine) {
        this.progress = progress;
        this.engine = engine;
    }

    public GateReport run(ValidateRequest req) {
        Instant started = Instant.now();
        // the data's SHA-256 (for provenance) is computed in the background from here on: beside reading the
        // policy, opening the engine and its scan rather than after them (data the policy names: once it is read)
        Optional<DataSource> given = given(req);
        FingerprintsAhead hashing = FingerprintsAhead.start(toHash(given));
        Optional<Policy> policyFile = req.policy().map(PolicyFile::read);
        DataPolicy policy = policyFile.flatMap(p -> p.data().map(d -> DataPolicyReader.read(d, p.baseDir(), req.history(), req.tags())))
                .orElseGet(() -> withHistoryOnly(req));
        // a malformed --data, left out of given, is built again here to report its error after the policy's
        DataSource source = given.or(() -> req.data().map(d -> req.input().source(d)))
                .or(() -> policy.input().map(DatasetSpec::source))
                .orElseThrow(() -> new BadInputException("no data to validate: pass --data PATH"
                        + req.policy().map(p -> " or set data.input in " + p).orElse("")));
        Optional<DataSchema> schema = req.schema().or(policy::schema).map(SchemaReader::read);
        String environment = req.environment().or(policy::environment).orElse(null);
        if (!req.profileData() && policy.history().filter(HistorySettings::save).isPresent()) {
            throw new BadInputException("--no-profile: the metrics history is recorded from the profile; drop "
                    + "--no-profile or set data.history.save: false");
        }

        if (req.data().isEmpty()) {
            hashing = FingerprintsAhead.start(toHash(Optional.of(source)));
        }
        try (Backend engine = Backends.open(this.engine)) {
            // the profile or the checks' scan reads every column and reports unreadable rows as registration would
            Dataset data = engine.registerUnread("data", source);
            hashing.handTo(data);
            Map<String, Dataset> others = new LinkedHashMap<>();
            for (DatasetSpec spec : policy.datasets().values()) {
                others.put(spec.name(), engine.register(spec.name(), spec.source()));
            }
            if (req.reference().isPresent()) {
                others.put("reference", engine.register("reference", req.input().source(req.reference().get())));
            }
            Optional<DatasetProfile> profile = req.profileData() ? Optional.of(profile(engine, data, req)) : Optional.empty();

            List<Check> checks = new ArrayList<>();
            schema.ifPresent(s -> checks.addAll(SchemaChecks.compile(s, data, environment)));
            checks.addAll(policy.checks());
            progress.step("running " + checks.size() + " checks");
            CheckScope scope = new CheckScope(data, others);
            List<CheckResult> results = new Validator(policy.examples()).run(engine.queries(), scope, checks);
            Status status = Status.worstOf(results.stream().map(CheckResult::status).toList());

            // a failed or broken run is not recorded: bad data must not become the baseline later runs are judged by
            policy.history().filter(h -> h.save() && status.compareTo(Status.WARN) <= 0).ifPresent(h -> {
                Path written = HistoryRecorder.record(h.dir(), h.tags(), profile.orElseThrow(), started);
                progress.step("metrics history: appended " + written);
            });

            Map<String, String> inputs = new LinkedHashMap<>(data.fingerprints());
            req.policy().ifPresent(p -> inputs.put(p.toString(), Fingerprints.sha256(p)));
            schema.ifPresent(s -> inputs.put(s.file(), Fingerprints.sha256(Path.of(s.file()))));
            others.values().forEach(d -> inputs.putAll(d.fingerprints()));
            return new GateReport("data validate", "Data validation: " + source.location(), status, results,
                    profile.stream().toList(), started, Duration.between(started, Instant.now()),
                    Provenance.of("data.validate", "1", inputs, null));
        }
    }

    /** The data named on the command line, if any and well formed (a malformed one is reported in its turn). */
    private static Optional<DataSource> given(ValidateRequest req) {
        try {
            return req.data().map(d -> req.input().source(d));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What to hash ahead: the data on DuckDB; Spark fingerprints the files it resolves itself. */
    private List<DataSource> toHash(Optional<DataSource> data) {
        return data.filter(d -> engine.kind() == EngineKind.DUCKDB).map(List::of).orElse(List.of());
    }

    private DatasetProfile profile(Backend engine, Dataset data, ValidateRequest req) {
        progress.step("profiling " + data.source().location());
        DatasetProfile p = engine.profile(data, req.profile());
        progress.step(p.rowCount() + " rows, " + p.columns().size() + " columns");
        return p;
    }

    /** No policy (or none with a data section): schema checks only, and history if asked for on the command line. */
    private static DataPolicy withHistoryOnly(ValidateRequest req) {
        return new DataPolicy(Optional.empty(), Optional.empty(), Optional.empty(), 5,
                req.history().map(h -> new HistorySettings(h, req.tags(), true)), Map.of(), List.of());
    }
}
