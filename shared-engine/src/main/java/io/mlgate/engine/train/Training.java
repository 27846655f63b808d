package io.mlgate.engine.train;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.model.CategoricalColumn;
import io.mlgate.engine.model.FeatureColumns;
import io.mlgate.engine.model.ModelTask;
import io.mlgate.engine.model.NumericColumn;
import io.mlgate.engine.model.TribuoExamples;
import org.tribuo.Model;

/**
 * Runs the trainer on the training rows. On the GPU path a failure (typically an xgboost4j build without CUDA) falls
 * back to the CPU under {@code --device auto} and is bad input under {@code --device cuda}.
 */
final class Training {
    private Training() {
    }

    /** The trained model and where it actually trained. */
    record Result(Model<?> model, Placement placement, long millis) {
    }

    static Result run(TrainingData data, int[] rows, String label, TrainerSpec spec, Placement placement,
                      Device requested, Progress progress) {
        FeatureColumns features = new FeatureColumns(data.table(), data.features());
        checkRowsHaveFeatures(features, rows);
        try {
            return once(data, features, rows, label, spec, placement);
        } catch (RuntimeException e) {
            if (!placement.gpu()) {
                throw e;
            }
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            if (requested == Device.CUDA) {
                throw new BadInputException("--device cuda: XGBoost could not train on the GPU (" + why + "); the "
                        + "xgboost4j on the classpath may lack CUDA support: use the CUDA runner image", e);
            }
            Placement cpu = new Placement(false, "training on CPU: GPU training failed (" + why + ")");
            progress.step(cpu.note());
            return once(data, features, rows, label, spec, cpu);
        }
    }

    private static Result once(TrainingData data, FeatureColumns features, int[] rows, String label, TrainerSpec spec,
                               Placement placement) {
        long start = System.nanoTime();
        Model<?> model;
        if (spec.task() == ModelTask.CLASSIFICATION) {
            model = TrainerFactory.classification(spec, placement.gpu()).train(TribuoExamples.classification(features,
                    (CategoricalColumn) data.table().column(label), rows, data.table().source()));
        } else {
            model = TrainerFactory.regression(spec, placement.gpu()).train(TribuoExamples.regression(features,
                    (NumericColumn) data.table().column(label), rows, data.table().source()));
        }
        return new Result(model, placement, (System.nanoTime() - start) / 1_000_000);
    }

    private static void checkRowsHaveFeatures(FeatureColumns features, int[] rows) {
        String[] names = new String[features.width()];
        double[] values = new double[features.width()];
        for (int r : rows) {
            if (features.row(r, names, values) == 0) {
                throw new BadInputException("training row " + (r + 1) + " has every feature missing; fill or drop it");
            }
        }
    }
}
