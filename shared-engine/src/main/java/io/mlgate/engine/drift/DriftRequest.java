package io.mlgate.engine.drift;

import io.mlgate.engine.validate.run.InputOptions;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Compare the current data with a reference.
 *
 * @param reference the reference: a dataset location (file, glob, directory) or a reference saved by
 *                  {@code mlgate data profile --save-profile}, told apart by its content
 * @param current   the current dataset location
 * @param input     how to read the datasets (format, CSV options); a saved reference ignores it
 * @param policy    the policy file whose {@code drift:} section configures the tests; defaults without it
 */
public record DriftRequest(String reference, String current, InputOptions input, Optional<Path> policy) {
    public DriftRequest {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(policy, "policy");
        if (reference.isBlank() || current.isBlank()) {
            throw new IllegalArgumentException("give both a reference (--reference) and the current data (--current)");
        }
    }
}
