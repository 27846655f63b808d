package io.mlgate.engine.policy;

import io.mlgate.engine.config.YMap;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A parsed {@code mlgate.yml}: its location (relative paths inside resolve against its directory) and sections.
 *
 * @param data      the {@code data:} section (data validation)
 * @param drift     the {@code drift:} section (drift detection)
 * @param model     the {@code model:} section (training and model tests)
 * @param buildrisk the {@code buildrisk:} section (build-failure prediction)
 */
public record Policy(Path file, Optional<YMap> data, Optional<YMap> drift, Optional<YMap> model,
                     Optional<YMap> buildrisk) {

    public Path baseDir() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }
}
