package io.mlgate.engine.model;

import io.mlgate.engine.config.Origin;
import io.mlgate.engine.config.YMap;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code model:} section of {@code mlgate.yml}: what is predicted from what, and the raw {@code train} and
 * {@code test} subsections that training and model tests each read strictly themselves.
 *
 * @param task     classification or regression
 * @param label    the column to predict
 * @param features feature columns; empty means every column except the label
 * @param train    {@code model.train}, if present
 * @param test     {@code model.test}, if present
 * @param baseDir  directory relative paths resolve against (the policy file's)
 * @param origin   where the section was written
 */
public record ModelSpec(ModelTask task, String label, Optional<List<String>> features, Optional<YMap> train,
                        Optional<YMap> test, Path baseDir, Origin origin) {
    public ModelSpec {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(baseDir, "baseDir");
        features = features.map(List::copyOf);
    }
}
