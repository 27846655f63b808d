package io.mlgate.engine.buildrisk.history;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The risks an import took from the runs' own artifacts ({@code import --github ... --risks-from-artifact NAME}).
 *
 * @param name       the artifact's name
 * @param wanted     imported runs the history held without a risk, whose artifact was looked for
 * @param risks      run id to the risk its artifact's history row holds
 * @param unreadable one line per artifact that was there but gave no risk (what it lacked), in the listing's order
 */
public record ArtifactRisks(String name, int wanted, Map<String, Double> risks, List<String> unreadable) {
    public ArtifactRisks {
        Objects.requireNonNull(name, "name");
        risks = Map.copyOf(risks);
        unreadable = List.copyOf(unreadable);
    }
}
