package io.mlgate.engine.policy;

import io.mlgate.engine.config.YMap;
import io.mlgate.engine.config.YamlTree;

import java.nio.file.Path;
import java.util.Set;

/** Reads {@code mlgate.yml}: {@code version: 1} and the capability sections this engine version knows. */
public final class PolicyFile {
    public static final int VERSION = 1;
    private static final Set<String> KEYS = Set.of("version", "data", "drift", "model", "buildrisk");

    private PolicyFile() {
    }

    public static Policy read(Path file) {
        YMap root = YamlTree.parseFile(file);
        root.allowOnly(KEYS);
        long version = root.required("version").asScalar().asLong();
        if (version != VERSION) {
            throw root.required("version").error("unsupported policy version " + version + "; this mlgate reads version "
                    + VERSION);
        }
        return new Policy(file, root.optMap("data"), root.optMap("drift"), root.optMap("model"),
                root.optMap("buildrisk"));
    }
}
