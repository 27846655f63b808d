package io.mlgate.engine.modeltest.predict;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.model.ModelTask;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tensors of an ONNX model as mlgate uses them: input name and width, output name, feature and class order.
 * Feature and class names come from the policy or else from the model's metadata; their counts must match the
 * tensor shapes.
 */
record OnnxLayout(String input, String output, List<String> features, List<String> classes, boolean probabilities) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static OnnxLayout of(Path file, OrtSession s, ModelTask task, OnnxSpec spec) throws OrtException {
        Map<String, String> meta = s.getMetadata().getCustomMetadata();
        List<String> features = spec.features().or(() -> list(meta.get(OnnxSpec.FEATURES), file)).orElseThrow(() ->
                new BadInputException(file + ": the ONNX model does not name its input features; list them in input "
                        + "order under model.test.onnx.features"));
        Map<String, NodeInfo> inputs = s.getInputInfo();
        String input = spec.input().orElseGet(() -> {
            if (inputs.size() != 1) {
                throw new BadInputException(file + ": has " + inputs.size() + " inputs " + inputs.keySet()
                        + "; name the one that takes the features in model.test.onnx.input");
            }
            return inputs.keySet().iterator().next();
        });
        NodeInfo in = inputs.get(input);
        if (in == null || !OnnxPredictor.isFloat(in) || ((TensorInfo) in.getInfo()).getShape().length != 2) {
            throw new BadInputException(file + ": input '" + input + "' is not a float tensor [batch, features]"
                    + (in == null ? " (no such input; inputs: " + inputs.keySet() + ")" : ": " + in.getInfo()));
        }
        long width = ((TensorInfo) in.getInfo()).getShape()[1];
        if (width > 0 && width != features.size()) {
            throw new BadInputException(file + ": input '" + input + "' takes " + width + " features but "
                    + features.size() + " feature names are given");
        }
        List<String> classes = List.of();
        if (task == ModelTask.CLASSIFICATION) {
            classes = spec.classes().or(() -> list(meta.get(OnnxSpec.CLASSES), file)).orElseThrow(() ->
                    new BadInputException(file + ": the ONNX model does not name its classes; list them in output "
                            + "order under model.test.onnx.classes"));
        }
        String output = spec.output().orElse(null);
        Map<String, NodeInfo> outputs = s.getOutputInfo();
        int want = task == ModelTask.CLASSIFICATION ? classes.size() : 1;
        if (output == null) {
            output = outputs.values().stream().filter(n -> fits(n, want)).map(NodeInfo::getName).findFirst()
                    .orElseThrow(() -> new BadInputException(file + ": no float output of shape [batch, " + want
                            + "] among " + describe(outputs) + "; name one in model.test.onnx.output"));
        } else if (!outputs.containsKey(output) || !fits(outputs.get(output), want)) {
            throw new BadInputException(file + ": output '" + output + "' is not a float tensor [batch, " + want
                    + "]; outputs: " + describe(outputs));
        }
        boolean probs = spec.probabilities().orElse(!"false".equals(meta.get(OnnxSpec.PROBABILITIES)));
        return new OnnxLayout(input, output, List.copyOf(features), List.copyOf(classes), probs);
    }

    private static boolean fits(NodeInfo n, int width) {
        if (!OnnxPredictor.isFloat(n)) {
            return false;
        }
        long[] shape = ((TensorInfo) n.getInfo()).getShape();
        return (shape.length == 2 && (shape[1] == width || shape[1] < 0)) || (shape.length == 1 && width == 1);
    }

    private static String describe(Map<String, NodeInfo> nodes) {
        StringBuilder b = new StringBuilder();
        nodes.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ')
                .append(v.getInfo() instanceof TensorInfo t ? t.type + Arrays.toString(t.getShape()) : "non-tensor"));
        return b.toString();
    }

    private static Optional<List<String>> list(String json, Path file) {
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Arrays.asList(JSON.readValue(json, String[].class)));
        } catch (Exception e) {
            throw new BadInputException(file + ": metadata is not a JSON list of names: " + json, e);
        }
    }

    /** Copies a batch's output ({@code float[][]} or {@code float[]}) into {@code out} at rows from..to. */
    void copyOutput(Object value, double[] out, int from, int to, int k) {
        if (value instanceof float[][] m) {
            for (int i = 0; i < to - from; i++) {
                if (m[i].length != k) {
                    throw new BadInputException("ONNX output '" + output + "' has " + m[i].length + " columns, expected " + k);
                }
                for (int c = 0; c < k; c++) {
                    out[(from + i) * k + c] = m[i][c];
                }
            }
        } else if (value instanceof float[] v && k == 1) {
            for (int i = 0; i < to - from; i++) {
                out[from + i] = v[i];
            }
        } else {
            throw new BadInputException("ONNX output '" + output + "' has an unexpected type "
                    + value.getClass().getSimpleName());
        }
    }
}
