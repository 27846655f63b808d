package io.mlgate.spark;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.validate.backend.Backend;
import io.mlgate.engine.validate.backend.BackendProvider;
import io.mlgate.engine.validate.backend.BackendSettings;
import io.mlgate.engine.validate.backend.EngineKind;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Opens Spark sessions for {@code --engine spark} (registered in {@code META-INF/services}). The master is
 * {@code --spark-master} when given, else what spark-submit configured; an existing session is reused.
 */
public final class SparkBackendProvider implements BackendProvider {

    @Override
    public EngineKind kind() {
        return EngineKind.SPARK;
    }

    @Override
    public Backend open(BackendSettings settings) {
        SparkSession.Builder b = SparkSession.builder().appName("mlgate");
        if (settings.sparkMaster().isPresent()) {
            b.master(settings.sparkMaster().get());
        } else if (SparkSession.getActiveSession().isEmpty() && !new SparkConf().contains("spark.master")) {
            throw new BadInputException("no Spark master: run mlgate-spark.jar with spark-submit --master URL, or pass "
                    + "--spark-master URL (e.g. local[4])");
        }
        return new SparkBackend(b.getOrCreate());
    }
}
