package io.mlgate.engine.buildrisk.explain;

import io.mlgate.engine.buildrisk.features.Feature;

import java.util.Objects;

/**
 * One reason for a build's risk.
 *
 * @param feature the feature
 * @param effect  how much this feature raises the probability of a broken build, compared with its typical value
 *                (in probability points, 0.12 = 12 points)
 * @param words   what it is about the build, in plain words
 */
public record Factor(Feature feature, double effect, String words) {
    public Factor {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(words, "words");
    }
}
