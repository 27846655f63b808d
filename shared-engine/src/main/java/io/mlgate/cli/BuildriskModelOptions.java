package io.mlgate.cli;

import io.mlgate.engine.buildrisk.model.Family;
import io.mlgate.engine.buildrisk.model.ModelSettings;
import picocli.CommandLine.Option;

import java.util.List;

/** Which model families to choose between, and the seed. */
public final class BuildriskModelOptions {
    /** {@code both} averages the two families; {@code auto} chooses one of them on validation. */
    enum Choice { BOTH, AUTO, LOGISTIC, XGBOOST }

    @Option(names = "--family", paramLabel = "FAMILY", defaultValue = "both",
            description = "Model family: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: logistic regression and "
                    + "XGBoost averaged; auto: the one better on the most recent builds).")
    Choice family;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed for training (default: ${DEFAULT-VALUE}).")
    long seed;

    ModelSettings settings() {
        ModelSettings d = ModelSettings.defaults().withSeed(seed);
        return switch (family) {
            case BOTH -> d;
            case AUTO -> d.choosingAFamily();
            case LOGISTIC -> d.withFamilies(List.of(Family.LOGISTIC));
            case XGBOOST -> d.withFamilies(List.of(Family.XGBOOST));
        };
    }
}
