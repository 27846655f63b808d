package io.mlgate.engine.modeltest.policy;

import io.mlgate.engine.modeltest.predict.OnnxSpec;
import io.mlgate.engine.modeltest.predict.PredictionsSpec;
import io.mlgate.engine.modeltest.stats.Bootstrap;
import io.mlgate.engine.validate.policy.DatasetSpec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code model.test} section.
 *
 * @param data          test data; the command line's {@code --data} replaces it
 * @param positiveClass the positive class of two-class metrics (default: the later name in sort order)
 * @param bootstrap     resamples, confidence and seed of every interval
 * @param gates         the gates, in policy order
 * @param predictions   how to read a predictions file, when the model under test is one
 * @param onnx          how to read an ONNX model's tensors
 * @param analyses      slices, fairness, robustness, latency, importance
 */
public record TestSpec(Optional<DatasetSpec> data, Optional<String> positiveClass, Bootstrap bootstrap,
                       List<GateSpec> gates, Optional<PredictionsSpec> predictions, OnnxSpec onnx,
                       AnalysisSpecs analyses) {
    public TestSpec {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(positiveClass, "positiveClass");
        Objects.requireNonNull(bootstrap, "bootstrap");
        gates = List.copyOf(gates);
        Objects.requireNonNull(predictions, "predictions");
        Objects.requireNonNull(onnx, "onnx");
        Objects.requireNonNull(analyses, "analyses");
    }

    /** No test section: default bootstrap, no gates. */
    public static TestSpec empty() {
        return new TestSpec(Optional.empty(), Optional.empty(), Bootstrap.defaults(), List.of(), Optional.empty(),
                OnnxSpec.none(), AnalysisSpecs.none());
    }
}
