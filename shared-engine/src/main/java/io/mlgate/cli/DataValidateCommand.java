package io.mlgate.cli;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.validate.run.ValidateRequest;
import io.mlgate.engine.validate.run.ValidateRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code mlgate data validate}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate a dataset against its schema and the checks in mlgate.yml; exit 1 if an error-level check fails.")
final class DataValidateCommand extends GateCommand {
    @Option(names = "--policy", paramLabel = "FILE", description = "Policy file (mlgate.yml) with data checks.")
    Path policy;

    @Option(names = "--data", paramLabel = "PATH", description = "Dataset to validate (default: the policy's data.input).")
    String data;

    @Option(names = "--schema", paramLabel = "FILE", description = "Schema file (default: the policy's data.schema).")
    Path schema;

    @Option(names = "--environment", paramLabel = "NAME", description = "Schema environment, e.g. training or serving.")
    String environment;

    @Option(names = "--reference", paramLabel = "PATH", description = "Reference dataset, named 'reference' in checks.")
    String reference;

    @Option(names = "--history", paramLabel = "DIR", description = "Metrics history directory (default: the policy's data.history.dir).")
    Path history;

    @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "History tag for this run; repeatable.")
    Map<String, String> tags = new LinkedHashMap<>();

    @Mixin
    InputMixin input;

    @Option(names = "--no-profile", description = "Run the checks only: no column statistics in the report and no "
            + "metrics history recorded (one scan of the data instead of up to four).")
    boolean noProfile;

    @Mixin
    ProfileMixin profile;

    @Mixin
    EngineMixin engine;

    @Override
    protected GateReport execute(Console console) {
        ValidateRequest req = new ValidateRequest(Optional.ofNullable(policy), Optional.ofNullable(data),
                input.toOptions(), Optional.ofNullable(schema), Optional.ofNullable(environment),
                Optional.ofNullable(reference), Optional.ofNullable(history), tags, profile.toOptions(), !noProfile);
        return new ValidateRun(console.progress(), engine.toSettings()).run(req);
    }
}
