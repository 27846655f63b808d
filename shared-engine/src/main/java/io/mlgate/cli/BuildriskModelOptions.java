package io.mlgate.cli;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.buildrisk.model.Calls;
import io.mlgate.engine.buildrisk.model.Family;
import io.mlgate.engine.buildrisk.model.ModelSettings;
import picocli.CommandLine.Option;

import java.util.List;

/** Which model families to choose between, the seed, the members, and how the yes/no calls are chosen. */
public final class BuildriskModelOptions {
    /** {@code both} averages the two families; {@code auto} chooses one of them on validation. */
    enum Choice { BOTH, AUTO, LOGISTIC, XGBOOST }

    @Option(names = "--family", paramLabel = "FAMILY", defaultValue = "both",
            description = "Model family: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: logistic regression and "
                    + "XGBoost averaged; auto: the one better on the most recent builds).")
    Choice family;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed for training (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--members", paramLabel = "N", defaultValue = "5", description = "Models of each family fitted "
            + "with seeds N, N+1, ... and averaged: more give steadier risks and take longer to train (default: "
            + "${DEFAULT-VALUE}).")
    int members;

    @Option(names = "--calls", paramLabel = "HOW", defaultValue = "rule", description = "The model's yes/no calls: "
            + "rule (default: the related-outcome rule's), replay (by the model's threshold where its alarms, "
            + "replayed on the training builds, beat the rule's), threshold (always by its threshold). The risk and "
            + "a policy's action rules are the same either way.")
    String calls;

    ModelSettings settings() {
        if (members < 1 || members > 100) {
            throw new BadInputException("--members: expected a whole number from 1 to 100, got " + members);
        }
        Calls how = Calls.parse(calls).orElseThrow(() -> new BadInputException(
                "--calls: expected rule, replay or threshold, got '" + calls + "'"));
        ModelSettings d = ModelSettings.defaults().withSeed(seed).withMembers(members).withCalls(how);
        return switch (family) {
            case BOTH -> d;
            case AUTO -> d.choosingAFamily();
            case LOGISTIC -> d.withFamilies(List.of(Family.LOGISTIC));
            case XGBOOST -> d.withFamilies(List.of(Family.XGBOOST));
        };
    }
}
