package io.mlgate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small inline fixtures into a test's temporary directory. */
public final class Files2 {
    private Files2() {
    }

    /** Writes {@code lines} joined by newlines (with a final newline) and returns the path. */
    public static Path write(Path dir, String name, String... lines) {
        Path p = dir.resolve(name);
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
