package io.mlgate.engine.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;

/** Writes tiny inline datasets into a test's temporary directory. */
final class TestFiles {
    private TestFiles() {
    }

    static Path write(Path dir, String relative, String content) {
        return write(dir, relative, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String relative, byte[] content) {
        try {
            Path p = dir.resolve(relative);
            Files.createDirectories(p.getParent());
            return Files.write(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the rows of {@code selectSql} to a Parquet file with DuckDB's COPY. */
    static Path parquet(ScanEngine engine, Path dir, String relative, String selectSql) {
        Path p = dir.resolve(relative);
        try {
            Files.createDirectories(p.getParent());
            try (Statement s = engine.connection().createStatement()) {
                s.execute("COPY (" + selectSql + ") TO " + Sql.literal(p.toString()) + " (FORMAT parquet)");
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
