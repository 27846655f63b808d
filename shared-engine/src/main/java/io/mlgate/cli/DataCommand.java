package io.mlgate.cli;

import picocli.CommandLine.Command;

/** {@code mlgate data}: profile, infer a schema, validate. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Data validation: profile a dataset, infer a schema to review, validate against schema and policy.",
        subcommands = {DataProfileCommand.class, DataInferSchemaCommand.class, DataValidateCommand.class})
final class DataCommand {
}
