package io.mlgate.engine.modeltest.predict;

import java.util.List;
import java.util.Optional;

/**
 * How to read an ONNX model's tensors, from {@code model.test.onnx} or the model's own metadata (models exported by
 * {@code mlgate model train --onnx} carry {@value #FEATURES}, {@value #CLASSES} and {@value #PROBABILITIES}).
 *
 * @param features      feature names in input-column order ({@code col} or {@code col=value})
 * @param classes       class names in output-column order (classification)
 * @param input         input name; default the model's only input
 * @param output        output name; default the first float output of the right shape
 * @param probabilities whether the classification output holds probabilities; default true
 */
public record OnnxSpec(Optional<List<String>> features, Optional<List<String>> classes, Optional<String> input,
                       Optional<String> output, Optional<Boolean> probabilities) {
    public static final String FEATURES = "mlgate.features";
    public static final String CLASSES = "mlgate.classes";
    public static final String PROBABILITIES = "mlgate.probabilities";

    public static OnnxSpec none() {
        return new OnnxSpec(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
