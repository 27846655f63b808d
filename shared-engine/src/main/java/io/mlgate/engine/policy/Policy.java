package io.mlgate.engine.policy;

import io.mlgate.engine.config.YMap;

import java.nio.file.Path;
import java.util.Optional;

/** A parsed {@code mlgate.yml}: its location (relative paths inside resolve against its directory) and sections. */
public record Policy(Path file, Optional<YMap> data, Optional<YMap> buildrisk) {

    public Path baseDir() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }
}
