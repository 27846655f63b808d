package io.mlgate.cli;

import picocli.CommandLine.Command;

/** {@code mlgate data}: profile, infer a schema, validate, drift. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Data validation: profile a dataset, infer a schema to review, validate against schema and policy, "
                + "compare with a reference for drift.")
final class DataCommand {
}
