package io.mlgate.bench;

import com.amazon.deequ.VerificationResult;
import com.amazon.deequ.VerificationSuite;
import com.amazon.deequ.checks.Check;
import com.amazon.deequ.checks.CheckLevel;
import com.amazon.deequ.checks.CheckResult;
import com.amazon.deequ.constraints.ConstraintResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Option;
import scala.collection.JavaConverters;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's constraint suite on Amazon Deequ: reads the checks of an mlgate policy file, builds the same
 * constraints as one Deequ {@link Check}, and runs a {@link VerificationSuite} on Spark. Prints each constraint's
 * status and exits 0 when all hold, 1 otherwise.
 *
 * <p>Usage: {@code DeequSuite MASTER POLICY.yml DATA} (DATA: .parquet, or .csv read with a header and inferred
 * types, as mlgate's Spark engine reads it).
 */
public final class DeequSuite {
    private DeequSuite() {
    }

    public static void main(String[] args) throws Exception {
        SparkSession spark = SparkSession.builder().master(args[0]).appName("deequ-bench").getOrCreate();
        String data = args[2];
        Dataset<Row> df = data.endsWith(".parquet") ? spark.read().parquet(data)
                : spark.read().option("header", true).option("inferSchema", true).option("escape", "\"").csv(data);
        Check check = suite(new ObjectMapper(new YAMLFactory()).readTree(new File(args[1])).path("data").path("checks"));
        VerificationResult result = new VerificationSuite().onData(df).addCheck(check).run();
        boolean ok = true;
        for (Map.Entry<Check, CheckResult> e : JavaConverters.mapAsJavaMap(result.checkResults()).entrySet()) {
            for (ConstraintResult c : JavaConverters.seqAsJavaList(e.getValue().constraintResults())) {
                System.out.println(c.status() + "  " + c.constraint() + (c.message().isDefined() ? "  " + c.message().get() : ""));
                ok &= c.status().toString().equals("Success");
            }
        }
        System.out.println("deequ: " + result.status());
        spark.stop();
        System.exit(ok ? 0 : 1);
    }

    /** The mlgate checks of the policy as Deequ constraints, each with mlgate's semantics. */
    static Check suite(JsonNode checks) {
        Check c = new Check(CheckLevel.Error(), "mlgate suite", JavaConverters.asScalaBuffer(new ArrayList<com.amazon.deequ.constraints.Constraint>()).toSeq());
        Option<String> none = Option.empty();
        for (JsonNode n : checks) {
            String column = n.path("column").asText();
            double minFraction = n.path("min_fraction").asDouble(1.0);
            c = switch (n.path("check").asText()) {
                case "row_count" -> c.hasSize(size -> inBounds(((Number) size).doubleValue(), n), none);
                case "completeness" -> c.hasCompleteness(column, f -> (double) f >= n.path("min").asDouble(1.0), none, Option.empty());
                case "unique" -> c.isUnique(column, none, Option.empty());
                case "range" -> c.satisfies(column + " IS NULL OR (" + column + " >= " + n.path("min").asText() + " AND "
                                + column + " <= " + n.path("max").asText() + ")", "range " + column,
                        f -> (double) f >= minFraction, none, emptyList(), Option.empty());
                case "allowed_values" -> c.isContainedIn(column, strings(n.path("values")), f -> (double) f >= minFraction,
                        none, Option.empty());
                case "pattern" -> c.hasPattern(column, new scala.util.matching.Regex("^(?:" + n.path("regex").asText() + ")$",
                        JavaConverters.asScalaBuffer(new ArrayList<String>()).toSeq()), f -> (double) f >= minFraction, none,
                        none, Option.empty());
                case "length" -> c.hasMinLength(column, l -> (double) l >= n.path("min").asDouble(), none, Option.empty())
                        .hasMaxLength(column, l -> (double) l <= n.path("max").asDouble(), none, Option.empty());
                case "row_rule" -> c.satisfies(n.path("sql").asText(), n.path("name").asText(), f -> (double) f >= minFraction,
                        none, emptyList(), Option.empty());
                case "sql_assert" -> c.hasMean(meanColumn(n.path("sql").asText()), m -> inBounds((double) m, n), none);
                default -> throw new IllegalArgumentException("no Deequ translation for check " + n);
            };
        }
        return c;
    }

    private static boolean inBounds(double v, JsonNode n) {
        return (!n.has("min") || v >= n.path("min").asDouble()) && (!n.has("max") || v <= n.path("max").asDouble());
    }

    /** The column of an {@code avg(column)} assertion, the only SQL assertion the suite uses. */
    private static String meanColumn(String sql) {
        if (!sql.matches("avg\\(\\w+\\)")) {
            throw new IllegalArgumentException("only avg(column) translates to Deequ's hasMean: " + sql);
        }
        return sql.substring(4, sql.length() - 1);
    }

    private static String[] strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(v -> out.add(v.asText()));
        return out.toArray(String[]::new);
    }

    private static scala.collection.immutable.List<String> emptyList() {
        return scala.collection.immutable.List$.MODULE$.empty();
    }
}
