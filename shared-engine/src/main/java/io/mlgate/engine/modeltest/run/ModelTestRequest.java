package io.mlgate.engine.modeltest.run;

import io.mlgate.engine.validate.run.InputOptions;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Test a model against the policy's {@code model.test} gates.
 *
 * @param policy      the policy file (its {@code model:} section names task and label)
 * @param data        test data; when empty, the policy's {@code model.test.data}
 * @param input       how to read {@code data}
 * @param model       the model under test: a Tribuo model file, or an ONNX file ({@code .onnx}); empty when the
 *                    test data itself holds the predictions ({@code model.test.predictions})
 * @param baseline    the baseline (champion) model file, if any
 */
public record ModelTestRequest(Path policy, Optional<String> data, InputOptions input, Optional<Path> model,
                               Optional<Path> baseline) {
    public ModelTestRequest {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(baseline, "baseline");
    }
}
