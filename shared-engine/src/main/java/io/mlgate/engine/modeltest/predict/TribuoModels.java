package io.mlgate.engine.modeltest.predict;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.model.ModelTask;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads Tribuo protobuf model files with one-line errors, and tells their task. */
public final class TribuoModels {
    private TribuoModels() {
    }

    public static Model<?> load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such model file");
        }
        try {
            return Model.deserializeFromFile(file);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(file + ": is not a Tribuo model file (" + oneLine(e) + ")", e);
        }
    }

    /** The task a loaded model performs; other Tribuo output types (clustering, multi-label) are refused. */
    public static ModelTask task(Model<?> model, Path file) {
        if (model.validate(Label.class)) {
            return ModelTask.CLASSIFICATION;
        }
        if (model.validate(Regressor.class)) {
            if (model.getOutputIDInfo().size() != 1) {
                throw new BadInputException(file + ": predicts " + model.getOutputIDInfo().size()
                        + " regression targets; mlgate tests models with one");
            }
            return ModelTask.REGRESSION;
        }
        throw new BadInputException(file + ": is a Tribuo " + model.getClass().getSimpleName()
                + " for neither classification nor regression");
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).trim();
    }
}
