package io.mlgate.engine.train;

import io.mlgate.engine.model.ModelTask;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A trainer fully resolved: its kind, the task, every hyperparameter (the policy's values and the defaults for the
 * rest, in declaration order) and the seed. This is what the model card records.
 */
public record TrainerSpec(TrainerKind kind, ModelTask task, Map<String, Object> params, long seed) {
    public TrainerSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(task, "task");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        if (!kind.supports(task)) {
            throw new IllegalArgumentException(kind.yamlName() + " does not support " + task.yamlName());
        }
    }

    public int intParam(String name) {
        return (Integer) require(name);
    }

    public double doubleParam(String name) {
        return ((Number) require(name)).doubleValue();
    }

    public String choiceParam(String name) {
        return (String) require(name);
    }

    /** A copy with another seed (the command line's {@code --seed}). */
    public TrainerSpec withSeed(long newSeed) {
        return new TrainerSpec(kind, task, params, newSeed);
    }

    private Object require(String name) {
        Object v = params.get(name);
        if (v == null) {
            throw new IllegalStateException(kind.yamlName() + " has no parameter " + name);
        }
        return v;
    }
}
