package io.mlgate.engine.train;

import java.util.Optional;

/** Finds out whether this machine has a usable CUDA GPU. */
@FunctionalInterface
public interface GpuProbe {
    /** A short description of the GPU found (e.g. the driver version line), or empty with no GPU. */
    Optional<String> cudaGpu();

    /** A probe that never finds a GPU (tests, and machines known to have none). */
    GpuProbe NONE = Optional::empty;
}
