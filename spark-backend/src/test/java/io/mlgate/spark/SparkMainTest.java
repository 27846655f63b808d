package io.mlgate.spark;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spark-submit entry point: spark is the default engine, the exit code is the gate's, reports are written, and
 * the session is stopped afterwards. Runs last, since it stops the shared test session.
 */
@Order(Integer.MAX_VALUE)
class SparkMainTest {
    @TempDir
    Path dir;

    @AfterEach
    void clearDefaultEngine() {
        System.clearProperty(SparkMain.ENGINE_PROPERTY);
    }

    @Test
    void runsTheCliOnSparkByDefaultAndStopsTheSession() {
        TripsSuite suite = new TripsSuite(dir);
        Path out = dir.resolve("reports");
        int code = SparkMain.run("data", "validate", "--spark-master", TestSpark.MASTER, "--policy",
                suite.policy.toString(), "--data", suite.csv.toString(), "--out", out.toString(), "--no-profile", "-q");
        assertThat(code).isEqualTo(1);
        assertThat(System.getProperty(SparkMain.ENGINE_PROPERTY)).isEqualTo("spark");
        assertThat(out.resolve("mlgate-report.html")).isNotEmptyFile();
        assertThat(org.apache.spark.sql.SparkSession.getDefaultSession().isDefined()).isFalse();
    }
}
