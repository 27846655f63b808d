package io.mlgate.engine.train;

/** Where to train, as asked on the command line: {@code auto} (GPU if usable, else CPU), {@code cpu}, {@code cuda}. */
public enum Device {
    AUTO, CPU, CUDA
}
