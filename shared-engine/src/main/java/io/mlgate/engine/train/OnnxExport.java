package io.mlgate.engine.train;

import ai.onnx.proto.OnnxMl;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.io.AtomicFiles;
import io.mlgate.engine.modeltest.predict.OnnxSpec;
import org.tribuo.Model;
import org.tribuo.ONNXExportable;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports a trained model to ONNX with Tribuo's exporter (linear models in Tribuo 4.3) and records, as ONNX metadata,
 * the feature order of the input, the class order of the output and whether it holds probabilities, so that
 * {@code mlgate model test --model x.onnx} needs no extra configuration.
 */
final class OnnxExport {
    static final String DOMAIN = "io.mlgate";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OnnxExport() {
    }

    /** Fails before training when the trainer's models cannot be exported. */
    static void checkExportable(TrainerKind kind) {
        if (kind != TrainerKind.LOGISTIC_REGRESSION && kind != TrainerKind.LINEAR_SGD) {
            throw new BadInputException("--onnx: Tribuo 4.3 exports linear models to ONNX (logistic_regression, "
                    + "linear_sgd), not " + kind.yamlName() + "; leave out --onnx or change model.train.trainer");
        }
    }

    static void write(Model<?> model, Path file) {
        if (!(model instanceof ONNXExportable exportable)) {
            throw new BadInputException("--onnx: " + model.getClass().getSimpleName() + " cannot be exported to ONNX");
        }
        List<String> features = new ArrayList<>();
        for (int i = 0; i < model.getFeatureIDMap().size(); i++) {
            VariableInfo v = model.getFeatureIDMap().get(i);
            features.add(v.getName());
        }
        OnnxMl.ModelProto.Builder proto = exportable.exportONNXModel(DOMAIN, 1).toBuilder();
        proto.addMetadataProps(entry(OnnxSpec.FEATURES, json(features)));
        if (model.validate(Label.class)) {
            List<String> classes = new ArrayList<>();
            Model<Label> m = model.castModel(Label.class);
            for (int id = 0; id < m.getOutputIDInfo().size(); id++) {
                classes.add(m.getOutputIDInfo().getOutput(id).getLabel());
            }
            proto.addMetadataProps(entry(OnnxSpec.CLASSES, json(classes)));
            proto.addMetadataProps(entry(OnnxSpec.PROBABILITIES, Boolean.toString(model.generatesProbabilities())));
        }
        AtomicFiles.write(file, proto.build().toByteArray());
    }

    private static OnnxMl.StringStringEntryProto entry(String key, String value) {
        return OnnxMl.StringStringEntryProto.newBuilder().setKey(key).setValue(value).build();
    }

    private static String json(List<String> names) {
        try {
            return JSON.writeValueAsString(names);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
