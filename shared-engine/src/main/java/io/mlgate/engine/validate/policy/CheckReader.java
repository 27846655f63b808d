package io.mlgate.engine.validate.policy;

import io.mlgate.engine.api.Level;
import io.mlgate.engine.config.Origin;
import io.mlgate.engine.config.YMap;
import io.mlgate.engine.config.YNode;
import io.mlgate.engine.validate.Bounds;
import io.mlgate.engine.validate.Check;
import io.mlgate.engine.validate.Check.CheckHeader;
import io.mlgate.engine.validate.anomaly.AnomalyCheck;
import io.mlgate.engine.validate.anomaly.AnomalyMethod;
import io.mlgate.engine.validate.anomaly.MetricName;
import io.mlgate.engine.validate.anomaly.MetricsHistory;
import io.mlgate.engine.validate.checks.AllowedValuesCheck;
import io.mlgate.engine.validate.checks.CompletenessCheck;
import io.mlgate.engine.validate.checks.ForeignKeyCheck;
import io.mlgate.engine.validate.checks.LengthCheck;
import io.mlgate.engine.validate.checks.PatternCheck;
import io.mlgate.engine.validate.checks.RangeCheck;
import io.mlgate.engine.validate.checks.RowCountCheck;
import io.mlgate.engine.validate.checks.RowRuleCheck;
import io.mlgate.engine.validate.checks.SqlAssertCheck;
import io.mlgate.engine.validate.checks.TextFormat;
import io.mlgate.engine.validate.checks.UniquenessCheck;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one entry of {@code data.checks}: the {@code check} kind decides which other keys are allowed. */
public final class CheckReader {
    private static final Set<String> COMMON = Set.of("check", "name", "level");
    private final MetricsHistory history;

    /** {@code history} may be null when the policy declares none; anomaly checks then fail to read. */
    public CheckReader(MetricsHistory history) {
        this.history = history;
    }

    public Check read(YMap m) {
        CheckKind kind = m.required("check").asScalar().asEnum(CheckKind.class);
        return switch (kind) {
            case ROW_COUNT -> new RowCountCheck(header(m, kind, "rows", "min", "max"), bounds(m, "min", "max"));
            case COMPLETENESS -> {
                CheckHeader h = header(m, kind, column(m), "column", "min");
                yield new CompletenessCheck(h, column(m), m.optFraction("min").orElse(1.0));
            }
            case UNIQUE -> {
                List<String> cols = m.has("columns") ? m.required("columns").asList().nonEmpty().strings() : List.of(column(m));
                if (m.has("columns") && m.has("column")) {
                    throw m.error("give either column or columns, not both");
                }
                yield new UniquenessCheck(header(m, kind, String.join(",", cols), "column", "columns", "min_fraction"),
                        cols, fraction(m));
            }
            case RANGE -> new RangeCheck(header(m, kind, column(m), "column", "min", "max", "min_fraction"), column(m),
                    bounds(m, "min", "max"), fraction(m));
            case ALLOWED_VALUES -> new AllowedValuesCheck(header(m, kind, column(m), "column", "values", "min_fraction"),
                    column(m), m.required("values").asList().nonEmpty().strings(), fraction(m));
            case PATTERN -> new PatternCheck(header(m, kind, column(m), "column", "regex", "format", "min_fraction"),
                    column(m), m.optString("regex").orElse(null),
                    m.get("format").map(n -> n.asScalar().asEnum(TextFormat.class)).orElse(null), fraction(m));
            case LENGTH -> new LengthCheck(header(m, kind, column(m), "column", "min", "max", "min_fraction"), column(m),
                    bounds(m, "min", "max"), fraction(m));
            case ROW_RULE -> new RowRuleCheck(header(m, kind, "rows", "sql", "min_fraction"), m.string("sql"), fraction(m));
            case SQL_ASSERT -> new SqlAssertCheck(header(m, kind, "dataset", "sql", "min", "max"), m.string("sql"),
                    bounds(m, "min", "max"));
            case FOREIGN_KEY -> new ForeignKeyCheck(
                    header(m, kind, column(m), "column", "reference", "reference_column", "min_fraction"), column(m),
                    m.string("reference"), m.optString("reference_column").orElse(column(m)), fraction(m));
            case ANOMALY -> anomaly(m);
        };
    }

    private Check anomaly(YMap m) {
        YNode metricNode = m.required("metric");
        MetricName metric;
        try {
            metric = MetricName.parse(metricNode.asScalar().asNonEmptyString());
        } catch (IllegalArgumentException e) {
            throw metricNode.error(e.getMessage());
        }
        CheckHeader h = header(m, CheckKind.ANOMALY, metric.toString(), "metric", "method", "min", "max", "window",
                "min_history");
        if (history == null) {
            throw m.error("anomaly checks compare with history: set data.history.dir in the policy (or --history)");
        }
        AnomalyMethod method = m.required("method").asScalar().asEnum(AnomalyMethod.class);
        Bounds b = method == AnomalyMethod.Z_SCORE
                ? new Bounds(null, m.optDouble("max").orElse(3.0))
                : bounds(m, "min", "max");
        if (method == AnomalyMethod.Z_SCORE && m.has("min")) {
            throw m.required("min").error("z_score judges |z| <= max; min does not apply");
        }
        int window = m.intOr("window", 10);
        int minHistory = m.intOr("min_history", method == AnomalyMethod.Z_SCORE ? Math.min(3, window) : 1);
        return new AnomalyCheck(h, metric, method, b, window, minHistory, history);
    }

    private static CheckHeader header(YMap m, CheckKind kind, String target, String... keys) {
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(List.of(keys));
        m.allowOnly(allowed);
        String kindName = kind.name().toLowerCase(java.util.Locale.ROOT);
        String id = m.optString("name").orElse(kindName + ":" + target);
        Level level = m.enumOr("level", Level.class, Level.ERROR);
        return new CheckHeader(id, kindName, target, level, Origin.of(m));
    }

    private static String column(YMap m) {
        return m.string("column");
    }

    private static double fraction(YMap m) {
        return m.optFraction("min_fraction").orElse(1.0);
    }

    private static Bounds bounds(YMap m, String minKey, String maxKey) {
        Optional<Double> min = m.optDouble(minKey);
        Optional<Double> max = m.optDouble(maxKey);
        if (min.isEmpty() && max.isEmpty()) {
            throw m.error("give " + minKey + ", " + maxKey + " or both");
        }
        if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
            throw m.required(minKey).error(minKey + " " + min.get() + " is greater than " + maxKey + " " + max.get());
        }
        return new Bounds(min.orElse(null), max.orElse(null));
    }
}
