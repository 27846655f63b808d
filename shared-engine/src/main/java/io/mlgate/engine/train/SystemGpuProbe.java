package io.mlgate.engine.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Detects an NVIDIA GPU the honest way: the kernel driver's {@code /proc/driver/nvidia/version}, then
 * {@code nvidia-smi -L} (which lists GPUs and exits 0 only when it can talk to the driver).
 */
public final class SystemGpuProbe implements GpuProbe {
    static final Path DRIVER = Path.of("/proc/driver/nvidia/version");

    @Override
    public Optional<String> cudaGpu() {
        Optional<String> listed = nvidiaSmi();
        if (listed.isPresent()) {
            return listed;
        }
        try {
            if (Files.isReadable(DRIVER)) {
                String first = Files.readAllLines(DRIVER, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
                return Optional.of("NVIDIA driver: " + first);
            }
        } catch (IOException ignored) {
            // unreadable driver file: no usable GPU
        }
        return Optional.empty();
    }

    private static Optional<String> nvidiaSmi() {
        try {
            Process p = new ProcessBuilder("nvidia-smi", "-L").redirectErrorStream(true).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.exitValue() == 0 && out.startsWith("GPU") ? Optional.of(out.lines().findFirst().orElse(out))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
