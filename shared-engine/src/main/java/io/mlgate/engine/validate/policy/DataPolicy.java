package io.mlgate.engine.validate.policy;

import io.mlgate.engine.validate.Check;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code data:} section of a policy.
 *
 * @param input        the dataset to validate when the command line names none
 * @param schema       schema file to validate against, if any
 * @param environment  schema environment (e.g. {@code training}, {@code serving}), if any
 * @param examples     how many offending rows to show per failed check
 * @param history      metrics history settings, if any
 * @param datasets     other named datasets that checks refer to (foreign keys)
 * @param checks       the checks, in policy order
 */
public record DataPolicy(Optional<DatasetSpec> input, Optional<Path> schema, Optional<String> environment, int examples,
                         Optional<HistorySettings> history, Map<String, DatasetSpec> datasets, List<Check> checks) {
    public DataPolicy {
        datasets = Map.copyOf(datasets);
        checks = List.copyOf(checks);
    }

    /** A policy with nothing in it: validate against a schema or profile only. */
    public static DataPolicy empty() {
        return new DataPolicy(Optional.empty(), Optional.empty(), Optional.empty(), 5, Optional.empty(), Map.of(), List.of());
    }
}
