package io.mlgate.engine.modeltest.predict;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.io.Fingerprints;
import io.mlgate.engine.model.ColumnRequest;
import io.mlgate.engine.model.ModelTask;
import io.mlgate.engine.model.Table;

import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ONNX model run by ONNX Runtime on the CPU: one float input {@code [batch, features]}; for classification a float
 * output {@code [batch, classes]} of scores, for regression {@code [batch]} or {@code [batch, 1]}. Feature and class
 * order come from {@link OnnxSpec}. Rows are fed in batches of {@value #BATCH}; a missing number is NaN.
 */
public final class OnnxPredictor implements Predictor {
    static final int BATCH = 65_536;
    private final Path file;
    private final ModelTask task;
    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final OnnxLayout layout;
    private DenseRows rows;

    public OnnxPredictor(Path file, ModelTask task, OnnxSpec spec) {
        this.file = file;
        this.task = task;
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such ONNX model file");
        }
        try {
            session = env.createSession(file.toString(), new OrtSession.SessionOptions());
        } catch (OrtException | RuntimeException e) {
            throw new BadInputException(file + ": ONNX Runtime cannot load it (" + TribuoModels.oneLine(e) + ")", e);
        }
        try {
            layout = OnnxLayout.of(file, session, task, spec);
        } catch (OrtException e) {
            throw new BadInputException(file + ": cannot read the model's inputs and outputs (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public String describe() {
        return "ONNX model (" + file.getFileName() + ", ONNX Runtime)";
    }

    @Override
    public ModelTask task() {
        return task;
    }

    @Override
    public List<ColumnRequest> bind(Dataset data) {
        FeatureBinding b = FeatureBinding.bind(layout.features(), data, "the ONNX model " + file.getFileName());
        rows = new DenseRows(b);
        return b.columns();
    }

    @Override
    public List<String> featureColumns() {
        return rows.binding().columnNames();
    }

    @Override
    public ModelOutput predict(Table table) {
        int n = table.rows();
        int f = layout.features().size();
        int k = task == ModelTask.CLASSIFICATION ? layout.classes().size() : 1;
        double[] out = new double[n * k];
        float[] buf = new float[Math.min(n, BATCH) * f];
        DenseRows.Bound bound = rows.on(table);
        for (int from = 0; from < n; from += BATCH) {
            int to = Math.min(n, from + BATCH);
            bound.fill(from, to, buf);
            try (OnnxTensor in = OnnxTensor.createTensor(env, FloatBuffer.wrap(buf, 0, (to - from) * f),
                    new long[]{to - from, f});
                 OrtSession.Result r = session.run(Map.of(layout.input(), in), Set.of(layout.output()))) {
                layout.copyOutput(r.get(0).getValue(), out, from, to, k);
            } catch (OrtException e) {
                throw new BadInputException(file + ": ONNX Runtime failed on rows " + (from + 1) + "-" + to + " ("
                        + TribuoModels.oneLine(e) + ")", e);
            }
        }
        if (task == ModelTask.REGRESSION) {
            return new ValuePredictions(out);
        }
        int[] predicted = new int[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (out[i * k + c] > out[i * k + best]) {
                    best = c;
                }
            }
            predicted[i] = best;
        }
        return new ClassPredictions(layout.classes(), predicted, out, layout.probabilities());
    }

    @Override
    public Map<String, String> fingerprints() {
        return Map.of(file.toString(), Fingerprints.sha256(file));
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException ignored) {
            // nothing left to release that the process exit would not
        }
    }

    /** Whether an ONNX tensor description is a float tensor. */
    static boolean isFloat(NodeInfo n) {
        return n.getInfo() instanceof TensorInfo t && t.type == OnnxJavaType.FLOAT;
    }
}
