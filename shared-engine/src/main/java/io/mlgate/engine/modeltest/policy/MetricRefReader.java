package io.mlgate.engine.modeltest.policy;

import io.mlgate.engine.config.YMap;
import io.mlgate.engine.config.YNode;
import io.mlgate.engine.model.ModelTask;
import io.mlgate.engine.modeltest.metrics.MetricKind;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads {@code metric} (and {@code class} for per-class metrics), checking the metric fits the task. */
final class MetricRefReader {
    private MetricRefReader() {
    }

    static MetricRef read(YMap m, ModelTask task) {
        YNode node = m.required("metric");
        MetricKind kind = node.asScalar().asEnum(MetricKind.class);
        if (kind.task() != task) {
            throw node.error(kind.yamlName() + " is a " + kind.task().yamlName() + " metric; for " + task.yamlName()
                    + " use one of " + Arrays.stream(MetricKind.values()).filter(k -> k.task() == task)
                    .map(MetricKind::yamlName).collect(Collectors.joining(", ")));
        }
        Optional<String> cls = m.optString("class");
        if (kind.perClass() && cls.isEmpty()) {
            throw node.error(kind.yamlName() + " is measured per class; add 'class:' naming one, or use macro_"
                    + kind.yamlName() + " or weighted_" + kind.yamlName());
        }
        if (!kind.perClass() && cls.isPresent()) {
            throw m.required("class").error(kind.yamlName() + " is not measured per class; remove 'class'");
        }
        return new MetricRef(kind, cls);
    }

    /** The default metric of a task: accuracy for classification, RMSE for regression. */
    static MetricRef defaultFor(ModelTask task) {
        return new MetricRef(task == ModelTask.CLASSIFICATION ? MetricKind.ACCURACY : MetricKind.RMSE, Optional.empty());
    }
}
