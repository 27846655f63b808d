package io.mlgate.cli;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.validate.run.InferSchemaRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code mlgate data infer-schema}. */
@Command(name = "infer-schema", mixinStandardHelpOptions = true,
        description = "Infer a schema file from a dataset (types, nullability, ranges, allowed values, unique keys) "
                + "for you to review and commit.")
final class DataInferSchemaCommand extends GateCommand {
    @Mixin
    ProfileSourceMixin source;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the schema YAML.")
    Path output;

    @Option(names = "--max-values", paramLabel = "N", defaultValue = "20",
            description = "Columns with at most N distinct values get an allowed-values list (default: ${DEFAULT-VALUE}).")
    int maxValues;

    @Mixin
    EngineMixin engine;

    @Override
    protected GateReport execute(Console console) {
        return new InferSchemaRun(console.progress(), engine.toSettings()).run(source.request(), output, maxValues);
    }
}
