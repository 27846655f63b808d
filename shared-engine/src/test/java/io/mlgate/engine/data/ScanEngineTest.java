package io.mlgate.engine.data;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Base of tests that read files they write into a temporary directory through one open {@link ScanEngine}. */
abstract class ScanEngineTest {
    @TempDir
    Path dir;
    final ScanEngine engine = ScanEngine.open();

    @AfterEach
    void closeEngine() {
        engine.close();
    }
}
