package io.mlgate.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark session ({@code local[2]}) shared by the test classes of this JVM: starting Spark costs seconds,
 * so it is started once and left running (a test that stops it, such as {@link SparkMainTest}, makes the next
 * caller start a fresh one).
 */
final class TestSpark {
    static final String MASTER = "local[2]";

    private TestSpark() {
    }

    static synchronized SparkSession session() {
        return SparkSession.builder().master(MASTER).appName("mlgate-tests")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
    }
}
