package io.mlgate.engine.drift.policy;

import io.mlgate.engine.api.Level;
import io.mlgate.engine.config.Origin;
import io.mlgate.engine.config.YMap;
import io.mlgate.engine.config.YNode;
import io.mlgate.engine.config.YScalar;
import io.mlgate.engine.drift.ColumnKind;
import io.mlgate.engine.drift.Correction;
import io.mlgate.engine.drift.DriftTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the {@code drift:} section strictly; see {@link DriftPolicy} for the meaning of each key. */
public final class DriftPolicyReader {
    private static final Set<String> KEYS = Set.of("share", "level", "column_level", "correction", "pvalue_max_n",
            "categorical_max_distinct", "max_categories", "bins", "tests", "thresholds", "label", "prediction",
            "exclude", "columns");
    private static final Set<String> COLUMN_KEYS = Set.of("test", "threshold", "level", "kind");

    private DriftPolicyReader() {
    }

    public static DriftPolicy read(YMap m) {
        m.allowOnly(KEYS);
        DriftPolicy d = DriftPolicy.defaults();
        double share = m.get("share").map(n -> {
            double v = n.asScalar().asFraction();
            if (v == 0) {
                throw n.error("expected a share of drifted columns in (0, 1], got 0");
            }
            return v;
        }).orElse(d.share());
        Map<DriftTest, Double> thresholds = new EnumMap<>(DriftTest.class);
        m.optMap("thresholds").ifPresent(t -> t.allowOnly(names()).entries().forEach((k, v) -> {
            DriftTest test = DriftTest.valueOf(k.toUpperCase(java.util.Locale.ROOT));
            thresholds.put(test, threshold(v, test));
        }));
        Optional<DriftTest> numericTest = Optional.empty();
        Optional<DriftTest> categoricalTest = Optional.empty();
        Optional<YMap> tests = m.optMap("tests");
        if (tests.isPresent()) {
            tests.get().allowOnly(Set.of("numeric", "categorical"));
            numericTest = tests.get().get("numeric").flatMap(n -> testOrAuto(n, ColumnKind.NUMERIC));
            categoricalTest = tests.get().get("categorical").flatMap(n -> testOrAuto(n, ColumnKind.CATEGORICAL));
        }
        List<NamedColumn> exclude = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        m.optList("exclude").ifPresent(l -> l.items().forEach(n -> {
            NamedColumn c = named(n);
            if (!seen.add(c.name())) {
                throw n.error("column '" + c.name() + "' is listed twice");
            }
            exclude.add(c);
        }));
        Optional<NamedColumn> label = m.get("label").map(DriftPolicyReader::named);
        Optional<NamedColumn> prediction = m.get("prediction").map(DriftPolicyReader::named);
        for (Optional<NamedColumn> role : List.of(label, prediction)) {
            role.filter(c -> seen.contains(c.name())).ifPresent(c -> {
                throw c.origin().error("column '" + c.name() + "' is also in drift.exclude; a label or prediction is tested");
            });
        }
        if (label.isPresent() && prediction.isPresent() && label.get().name().equals(prediction.get().name())) {
            throw prediction.get().origin().error("the prediction column must differ from the label column");
        }
        Map<String, ColumnPolicy> columns = new LinkedHashMap<>();
        m.optMap("columns").ifPresent(cs -> cs.entries().forEach((name, node) -> {
            if (seen.contains(name)) {
                throw node.error("column '" + name + "' is also in drift.exclude; remove it from one of them");
            }
            columns.put(name, column(name, node));
        }));
        return new DriftPolicy(share, m.enumOr("level", Level.class, d.level()),
                m.enumOr("column_level", Level.class, d.columnLevel()),
                m.enumOr("correction", Correction.class, d.correction()),
                m.get("pvalue_max_n").map(n -> n.asScalar().asLong()).map(v -> positive(m, "pvalue_max_n", v))
                        .orElse(d.pValueMaxN()),
                m.intOr("categorical_max_distinct", d.categoricalMaxDistinct()),
                atLeast(m, "max_categories", 2, 100_000, d.maxCategories()), atLeast(m, "bins", 2, 100, d.bins()),
                numericTest, categoricalTest, thresholds, label, prediction, exclude, columns);
    }

    private static ColumnPolicy column(String name, YNode node) {
        YMap c = node.asMap().allowOnly(COLUMN_KEYS);
        Optional<ColumnKind> kind = c.get("kind").map(n -> n.asScalar().asEnum(ColumnKind.class));
        Optional<DriftTest> test = c.get("test").map(n -> n.asScalar().asEnum(DriftTest.class));
        if (test.isPresent() && kind.isPresent() && !test.get().supports(kind.get())) {
            throw c.required("test").error(test.get().yamlName() + " does not apply to " + kind.get().yamlName()
                    + " columns; allowed: " + allowed(kind.get()));
        }
        Optional<Double> threshold = Optional.empty();
        if (c.has("threshold")) {
            if (test.isEmpty()) {
                throw c.required("threshold").error("a threshold needs its test (add 'test:'), since the automatic "
                        + "test changes with the sample size; tests: " + String.join(", ", names()));
            }
            threshold = Optional.of(threshold(c.required("threshold"), test.get()));
        }
        return new ColumnPolicy(new NamedColumn(name, Origin.of(node)), test, threshold,
                c.get("level").map(n -> n.asScalar().asEnum(Level.class)), kind);
    }

    private static Optional<DriftTest> testOrAuto(YNode n, ColumnKind kind) {
        YScalar s = n.asScalar();
        if ("auto".equals(s.text())) {
            return Optional.empty();
        }
        DriftTest t = Arrays.stream(DriftTest.values()).filter(x -> x.yamlName().equals(s.text())).findFirst()
                .orElseThrow(() -> n.error("expected one of auto, " + String.join(", ", names()) + "; got " + s.describe()));
        if (!t.supports(kind)) {
            throw n.error(t.yamlName() + " does not apply to " + kind.yamlName() + " columns; allowed: auto, "
                    + allowed(kind));
        }
        return Optional.of(t);
    }

    private static double threshold(YNode n, DriftTest test) {
        double v = n.asScalar().asDouble();
        test.checkThreshold(v).ifPresent(reason -> {
            throw n.error(reason + ", got " + n.asScalar().text());
        });
        return v;
    }

    private static NamedColumn named(YNode n) {
        return new NamedColumn(n.asScalar().asNonEmptyString(), Origin.of(n));
    }

    private static long positive(YMap m, String key, long v) {
        if (v < 1) {
            throw m.required(key).error("expected a whole number >= 1, got " + v);
        }
        return v;
    }

    private static int atLeast(YMap m, String key, int min, int max, int fallback) {
        return m.get(key).map(n -> {
            long v = n.asScalar().asLong();
            if (v < min || v > max) {
                throw n.error("expected a whole number from " + min + " to " + max + ", got " + v);
            }
            return (int) v;
        }).orElse(fallback);
    }

    private static Set<String> names() {
        return Arrays.stream(DriftTest.values()).map(DriftTest::yamlName).collect(Collectors.toCollection(
                java.util.LinkedHashSet::new));
    }

    private static String allowed(ColumnKind kind) {
        return Arrays.stream(DriftTest.values()).filter(t -> t.supports(kind)).map(DriftTest::yamlName)
                .collect(Collectors.joining(", "));
    }
}
