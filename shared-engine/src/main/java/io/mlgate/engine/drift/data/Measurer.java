package io.mlgate.engine.drift.data;

import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.api.EngineVersion;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.data.ColumnInfo;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.data.ScanErrors;
import io.mlgate.engine.data.ScanEngine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Measures both sides of a drift comparison with as few scans as possible, each covering every column at once.
 * The reference: scan A (statistics), then scan B (grids from its extremes, value counts), and only when some
 * column's grid needs zooming a scan B per zoom level and one scan A, of those columns only. The current data:
 * scan A with the tail sums of the reference's grids, then scan B on those grids. A column holding NaN or
 * infinities costs one more scan A (to measure it without them).
 */
public final class Measurer {
    /** Most columns counted by one grouped query. */
    static final int SETS_PER_SCAN = 16;

    private final ScanEngine engine;
    private final Progress progress;

    public Measurer(ScanEngine engine, Progress progress) {
        this.engine = engine;
        this.progress = progress;
    }

    /**
     * The reference: every column not in {@code skip}, counted as {@code needs} decides from its statistics; with
     * {@code atoms}, heavy bins are checked for single values ({@link AtomPass}), which only the KS bound needs.
     */
    public MeasuredDataset reference(Dataset ds, Set<String> skip, Needs needs, boolean atoms) {
        List<ColumnInfo> columns = ds.columns().stream().filter(c -> !skip.contains(c.name())).toList();
        Set<String> finite = new HashSet<>();
        StatsPass.Result a = stats(ds, columns, Map.of(), true, finite);
        List<BinsPass.Binning> binnings = new ArrayList<>();
        List<ColumnInfo> categorical = new ArrayList<>();
        for (ColumnInfo c : columns) {
            ColumnStats s = a.stats().get(c.name());
            Needs.Counts n = needs.of(c, s);
            if (n.grid() && s.min() != null) {
                Grid g = Grid.forRange(s.min(), s.max(), c.type() == ColumnType.INTEGER);
                binnings.add(new BinsPass.Binning(c, g, false, finite.contains(c.name())));
            }
            if (n.categories()) {
                categorical.add(c);
            }
        }
        BinsPass.Result b = run(ds, new BinsPass(binnings, categorical));
        Map<String, NumericCounts> numeric = new LinkedHashMap<>();
        binnings.forEach(x -> numeric.put(x.column().name(),
                new NumericCounts(x.grid(), b.cells().get(x.column().name()), 0, 0)));
        zoom(ds, columns, a, finite, numeric);
        Map<BinsPass.Binning, int[]> heavy = new LinkedHashMap<>();
        for (ColumnInfo c : columns) {
            NumericCounts n = numeric.get(c.name());
            if (n != null && atoms) {
                ColumnStats s = a.stats().get(c.name());
                heavy.put(new BinsPass.Binning(c, n.grid(), n.grid().needsClamp(s.min(), s.max()), finite.contains(c.name())),
                        AtomPass.heavyBins(n));
            }
        }
        atoms(ds, heavy, numeric);
        return dataset(ds, columns, a, numeric, b.categories());
    }

    /**
     * The current data, counted on the reference's grids (with a look at the bins where the reference has an atom)
     * and for the reference's categorical columns.
     */
    public MeasuredDataset current(Dataset ds, Set<String> skip, Map<String, NumericCounts> reference,
                                   Set<String> categorical, boolean atoms) {
        List<ColumnInfo> columns = ds.columns().stream().filter(c -> !skip.contains(c.name())).toList();
        Set<String> finite = new HashSet<>();
        Map<String, Grid> grids = new LinkedHashMap<>();
        reference.forEach((name, n) -> grids.put(name, n.grid()));
        StatsPass.Result a = stats(ds, columns, grids, false, finite);
        List<BinsPass.Binning> binnings = new ArrayList<>();
        List<ColumnInfo> cats = new ArrayList<>();
        for (ColumnInfo c : columns) {
            ColumnStats s = a.stats().get(c.name());
            Grid g = grids.get(c.name());
            if (g != null && ColumnValues.numericType(c.type()) && s.min() != null) {
                binnings.add(new BinsPass.Binning(c, g, g.needsClamp(s.min(), s.max()), finite.contains(c.name())));
            }
            if (categorical.contains(c.name())) {
                cats.add(c);
            }
        }
        BinsPass.Result b = run(ds, new BinsPass(binnings, cats));
        Map<String, NumericCounts> numeric = new LinkedHashMap<>();
        Map<BinsPass.Binning, int[]> atomBins = new LinkedHashMap<>();
        binnings.forEach(x -> {
            double[] t = a.tailSums().get(x.column().name());
            numeric.put(x.column().name(), new NumericCounts(x.grid(), b.cells().get(x.column().name()), t[0], t[1]));
            double[] refPoints = reference.get(x.column().name()).points();
            atomBins.put(x, !atoms ? new int[0] : java.util.stream.IntStream.range(0, refPoints.length).filter(k -> !Double.isNaN(refPoints[k]))
                    .toArray());
        });
        atoms(ds, atomBins, numeric);
        return dataset(ds, columns, a, numeric, b.categories());
    }

    /** Looks for single values in the given bins ({@link AtomPass}) and records them in the counts. */
    private void atoms(Dataset ds, Map<BinsPass.Binning, int[]> bins, Map<String, NumericCounts> numeric) {
        AtomPass pass = new AtomPass(bins);
        if (!pass.needsScan()) {
            return;
        }
        Map<String, double[]> points = query(ds, "atoms", pass.sql(ds.relation()), pass::read);
        points.forEach((name, p) -> numeric.put(name, numeric.get(name).withPoints(p)));
    }

    /** Scan A; columns found to hold NaN or infinities are measured again without them and added to {@code finite}. */
    private StatsPass.Result stats(Dataset ds, List<ColumnInfo> columns, Map<String, Grid> tails, boolean distinct,
                                   Set<String> finite) {
        StatsPass.Result a = run(ds, new StatsPass(StatsPass.of(columns, tails, distinct, Set.of())));
        List<ColumnInfo> bad = columns.stream().filter(c -> StatsPass.nonFinite(a.stats().get(c.name()))).toList();
        if (bad.isEmpty()) {
            return a;
        }
        bad.forEach(c -> finite.add(c.name()));
        progress.step("NaN or infinite values in " + String.join(", ", bad.stream().map(ColumnInfo::name).toList())
                + ": counted as missing");
        StatsPass.Result again = run(ds, new StatsPass(StatsPass.of(bad, tails, false, finite)));
        Map<String, ColumnStats> stats = new LinkedHashMap<>(a.stats());
        Map<String, double[]> sums = new LinkedHashMap<>(a.tailSums());
        bad.forEach(c -> {
            ColumnStats old = stats.get(c.name());
            ColumnStats now = again.stats().get(c.name());
            stats.put(c.name(), new ColumnStats(old.rows(), now.nonNull(), old.distinct(), now.min(), now.max(),
                    now.mean(), now.std()));
            Optional.ofNullable(again.tailSums().get(c.name())).ifPresent(t -> sums.put(c.name(), t));
        });
        return new StatsPass.Result(a.rows(), stats, sums);
    }

    /**
     * Re-counts the columns whose grid is stretched by outliers on zoomed grids ({@link Zoom}, one grouped scan per
     * level, of those columns only), then measures the final grids' tail sums in one scan.
     */
    private void zoom(Dataset ds, List<ColumnInfo> columns, StatsPass.Result a, Set<String> finite,
                      Map<String, NumericCounts> numeric) {
        Map<String, Grid> zoomed = new LinkedHashMap<>();
        List<ColumnInfo> candidates = columns;
        for (int level = 0; level < Zoom.LEVELS; level++) {
            Map<ColumnInfo, Grid> next = new LinkedHashMap<>();
            for (ColumnInfo c : candidates) {
                Optional.ofNullable(numeric.get(c.name())).flatMap(Zoom::of).ifPresent(g -> next.put(c, g));
            }
            if (next.isEmpty()) {
                break;
            }
            progress.step("zooming the grid of " + String.join(", ", next.keySet().stream().map(ColumnInfo::name).toList())
                    + " onto the bulk of the values (far outliers)");
            List<BinsPass.Binning> binnings = new ArrayList<>();
            next.forEach((c, g) -> {
                ColumnStats s = a.stats().get(c.name());
                binnings.add(new BinsPass.Binning(c, g, g.needsClamp(s.min(), s.max()), finite.contains(c.name())));
                zoomed.put(c.name(), g);
            });
            BinsPass.Result b = run(ds, new BinsPass(binnings, List.of()));
            next.forEach((c, g) -> numeric.put(c.name(), new NumericCounts(g, b.cells().get(c.name()), 0, 0)));
            candidates = List.copyOf(next.keySet());
        }
        if (zoomed.isEmpty()) {
            return;
        }
        List<ColumnInfo> list = columns.stream().filter(c -> zoomed.containsKey(c.name())).toList();
        StatsPass.Result t = run(ds, new StatsPass(StatsPass.of(list, zoomed, false, finite)));
        zoomed.forEach((name, g) -> {
            double[] sums = t.tailSums().get(name);
            numeric.put(name, new NumericCounts(g, numeric.get(name).cells(), sums[0], sums[1]));
        });
    }

    private static MeasuredDataset dataset(Dataset ds, List<ColumnInfo> columns, StatsPass.Result a,
                                           Map<String, NumericCounts> numeric, Map<String, Map<String, Long>> cats) {
        List<MeasuredColumn> out = new ArrayList<>();
        for (ColumnInfo c : columns) {
            Map<String, Long> values = cats.get(c.name());
            NumericCounts n = numeric.get(c.name());
            ColumnStats s = Moments.checked(a.stats().get(c.name()), n);
            out.add(new MeasuredColumn(c.name(), c.type(), c.physicalType(), s, n,
                    values == null ? null : new CategoryCounts(values)));
        }
        return new MeasuredDataset(ds.source().location(), a.rows(), ds.fingerprints(), out, Instant.now(),
                EngineVersion.get(), Optional.empty());
    }

    private StatsPass.Result run(Dataset ds, StatsPass pass) {
        return query(ds, "statistics", pass.sql(ds.relation()), pass::read);
    }

    /**
     * Scan B in batches of {@value #SETS_PER_SCAN} columns: DuckDB's cost per grouping set grows with the number of
     * sets in a query (300 sets cost three times as much as 15 queries of 20), while Parquet reads only a batch's
     * columns.
     */
    private BinsPass.Result run(Dataset ds, BinsPass pass) {
        if (!pass.needsScan()) {
            return new BinsPass.Result(Map.of(), Map.of());
        }
        Map<String, long[]> cells = new LinkedHashMap<>();
        Map<String, Map<String, Long>> categories = new LinkedHashMap<>();
        for (BinsPass batch : pass.batches(SETS_PER_SCAN)) {
            BinsPass.Result r = query(ds, "grids and value counts", batch.sql(ds.relation()), batch::read);
            cells.putAll(r.cells());
            categories.putAll(r.categories());
        }
        return new BinsPass.Result(cells, categories);
    }

    private <T> T query(Dataset ds, String what, String sql, Reader<T> reader) {
        long start = System.nanoTime();
        try (Statement s = engine.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            T out = reader.read(rs);
            progress.step(String.format(Locale.ROOT, "  %s scan of the %s: %.1f s", what, ds.name(),
                    (System.nanoTime() - start) / 1e9));
            return out;
        } catch (SQLException e) {
            throw ScanErrors.of(e, ds);
        }
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
