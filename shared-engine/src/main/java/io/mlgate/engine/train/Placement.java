package io.mlgate.engine.train;

import io.mlgate.engine.api.BadInputException;

import java.util.Objects;

/**
 * Where training actually runs and why, decided once from the requested {@link Device}, the trainer and the probe.
 * {@code auto} never fails: without a GPU (or with a trainer that has no GPU path) it trains on CPU and says so.
 * {@code cuda} fails with a {@link BadInputException} when it cannot be honoured.
 *
 * @param gpu  whether the trainer is built for the GPU
 * @param note one sentence on the decision, for the progress line and the model card
 */
public record Placement(boolean gpu, String note) {
    public Placement {
        Objects.requireNonNull(note, "note");
    }

    public String device() {
        return gpu ? "cuda" : "cpu";
    }

    public static Placement decide(Device requested, TrainerKind trainer, GpuProbe probe) {
        if (requested == Device.CPU) {
            return new Placement(false, "training on CPU (--device cpu)");
        }
        if (!trainer.canUseGpu()) {
            if (requested == Device.CUDA) {
                throw new BadInputException("--device cuda: trainer " + trainer.yamlName()
                        + " has no GPU implementation; only xgboost trains on a GPU (use --device auto or cpu)");
            }
            return new Placement(false, "training on CPU: trainer " + trainer.yamlName() + " runs on CPU only");
        }
        var gpu = probe.cudaGpu();
        if (gpu.isEmpty()) {
            if (requested == Device.CUDA) {
                throw new BadInputException("--device cuda: no CUDA GPU found (no /proc/driver/nvidia/version, "
                        + "nvidia-smi lists no GPU); use --device auto or cpu, or run on a GPU runner");
            }
            return new Placement(false, "training on CPU: no CUDA GPU found (--device auto)");
        }
        return new Placement(true, "training on GPU (XGBoost tree_method gpu_hist): " + gpu.get());
    }
}
