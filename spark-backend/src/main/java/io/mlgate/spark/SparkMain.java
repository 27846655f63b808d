package io.mlgate.spark;

import io.mlgate.cli.Main;
import org.apache.spark.sql.SparkSession;
import scala.Option;

/**
 * The entry point {@code spark-submit} runs: the {@code mlgate} command line with {@code --engine spark} as the
 * default. After the command it stops the Spark session and exits with the command's code (0 pass, 1 gate failed,
 * 2 bad input or usage, 3 internal error), which spark-submit passes on in client mode.
 *
 * <pre>spark-submit --class io.mlgate.spark.SparkMain mlgate-spark.jar data validate --policy mlgate.yml --data s3a://…</pre>
 */
public final class SparkMain {
    /** The system property that sets the CLI's default {@code --engine}. */
    static final String ENGINE_PROPERTY = "mlgate.engine";

    private SparkMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command and stops the session it used; returns the exit code. */
    static int run(String... args) {
        if (System.getProperty(ENGINE_PROPERTY) == null) {
            System.setProperty(ENGINE_PROPERTY, "spark");
        }
        try {
            return Main.run(System.out, System.err, args);
        } finally {
            Option<SparkSession> session = SparkSession.getDefaultSession();
            if (session.isDefined()) {
                session.get().stop();
            }
        }
    }
}
