package io.mlgate.engine.modeltest.run;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.model.ModelSpec;
import io.mlgate.engine.modeltest.policy.TestSpec;
import io.mlgate.engine.modeltest.predict.OnnxPredictor;
import io.mlgate.engine.modeltest.predict.PredictionsFile;
import io.mlgate.engine.modeltest.predict.Predictor;
import io.mlgate.engine.modeltest.predict.TribuoPredictor;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Opens the model under test: ONNX for {@code .onnx} files, Tribuo for other files, the predictions file otherwise. */
public final class Predictors {
    private Predictors() {
    }

    public static Predictor open(Optional<Path> file, ModelSpec model, TestSpec test) {
        Predictor p;
        if (file.isEmpty()) {
            p = new PredictionsFile(model.task(), model.label(), test.predictions().orElseThrow(() -> new BadInputException(
                    "no model to test: pass --model FILE (Tribuo or .onnx), or describe the prediction columns of the "
                            + "test data under model.test.predictions")), test.positiveClass());
        } else {
            p = open(file.get(), model, test);
        }
        return p;
    }

    public static Predictor open(Path file, ModelSpec model, TestSpec test) {
        Predictor p = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".onnx")
                ? new OnnxPredictor(file, model.task(), test.onnx())
                : new TribuoPredictor(file);
        if (p.task() != model.task()) {
            p.close();
            throw new BadInputException(file + ": is a " + p.task().yamlName() + " model, but model.task in the policy is "
                    + model.task().yamlName());
        }
        return p;
    }
}
