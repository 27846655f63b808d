package io.mlgate.engine.drift;

import io.mlgate.engine.api.Level;
import io.mlgate.engine.api.Status;

/**
 * The dataset-level verdict: of the feature columns that could be tested, how many drifted, that share, and whether
 * it reaches the policy's {@code share}.
 */
public record DatasetVerdict(long tested, long drifted, double share, double threshold, boolean drift, Level level,
                             Status status,
                             String message) {
}
