package io.mlgate.engine.train;

import io.mlgate.engine.validate.run.InputOptions;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Train the model the policy's {@code model:} section describes.
 *
 * @param policy the policy file
 * @param data   training data; when empty, the policy's {@code model.train.data}
 * @param input  how to read {@code data}
 * @param output where to write the Tribuo model file
 * @param card   where to write the model card; default {@link #defaultCard}
 * @param onnx   where to also write an ONNX export (linear models only), if asked
 * @param device where to train
 * @param seed   a seed replacing the policy's {@code model.train.seed}
 */
public record TrainRequest(Path policy, Optional<String> data, InputOptions input, Path output, Optional<Path> card,
                           Optional<Path> onnx, Device device, Optional<Long> seed) {
    public TrainRequest {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(onnx, "onnx");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(seed, "seed");
    }

    /** {@code model.tribuo} → {@code model.card.json}, beside the model. */
    public static Path defaultCard(Path output) {
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return output.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".card.json");
    }

    public Path cardPath() {
        return card.orElseGet(() -> defaultCard(output));
    }
}
