package io.mlgate.engine.drift.data;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Measures both sides of a drift comparison with as few scans as possible. The reference: scan A (statistics), then
 * scan B (grids from its extremes, value counts), and — only when some column's grid needs zooming — a second
 * scan B and a scan A for the zoomed grids' tail sums. The current data: scan A with tail sums on the reference's
 * grids, then scan B on those grids. Each scan covers every column at once.
 */
public final class Measurer {
    private final ScanEngine engine;
    private final Progress progress;

    public Measurer(ScanEngine engine, Progress progress) {
        this.engine = engine;
        this.progress = progress;
    }

    /** The reference: every column not in {@code skip}, counted as {@code needs} decides from its statistics. */
    public MeasuredDataset reference(Dataset ds, Set<String> skip, Needs needs) {
        List<ColumnInfo> columns = ds.columns().stream().filter(c -> !skip.contains(c.name())).toList();
        StatsPass.Result a = run(ds, new StatsPass(StatsPass.all(columns, Map.of())));
        Map<ColumnInfo, Grid> grids = new LinkedHashMap<>();
        List<ColumnInfo> categorical = new ArrayList<>();
        for (ColumnInfo c : columns) {
            ColumnStats s = a.stats().get(c.name());
            Needs.Counts n = needs.of(c, s);
            if (n.grid() && s.min() != null) {
                grids.put(c, Grid.forRange(s.min(), s.max(), c.type() == io.mlgate.engine.api.ColumnType.INTEGER));
            }
            if (n.categories()) {
                categorical.add(c);
            }
        }
        BinsPass.Result b = run(ds, new BinsPass(grids, categorical));
        Map<String, NumericCounts> numeric = new LinkedHashMap<>();
        grids.forEach((c, g) -> numeric.put(c.name(), new NumericCounts(g, b.cells().get(c.name()), 0, 0)));
        zoom(ds, columns, numeric);
        return dataset(ds, columns, a, numeric, b.categories());
    }

    /** The current data, counted on the reference's grids and for the reference's categorical columns. */
    public MeasuredDataset current(Dataset ds, Set<String> skip, Map<String, Grid> grids, Set<String> categorical) {
        List<ColumnInfo> columns = ds.columns().stream().filter(c -> !skip.contains(c.name())).toList();
        StatsPass.Result a = run(ds, new StatsPass(StatsPass.all(columns, grids)));
        Map<ColumnInfo, Grid> mine = new LinkedHashMap<>();
        List<ColumnInfo> cats = new ArrayList<>();
        for (ColumnInfo c : columns) {
            if (grids.containsKey(c.name()) && ColumnValues.numericType(c.type())) {
                mine.put(c, grids.get(c.name()));
            }
            if (categorical.contains(c.name())) {
                cats.add(c);
            }
        }
        BinsPass.Result b = run(ds, new BinsPass(mine, cats));
        Map<String, NumericCounts> numeric = new LinkedHashMap<>();
        mine.forEach((c, g) -> {
            double[] t = a.tailSums().get(c.name());
            numeric.put(c.name(), new NumericCounts(g, b.cells().get(c.name()), t[0], t[1]));
        });
        return dataset(ds, columns, a, numeric, b.categories());
    }

    /** Re-counts the columns whose grid is stretched by outliers on a zoomed grid, with exact tail sums. */
    private void zoom(Dataset ds, List<ColumnInfo> columns, Map<String, NumericCounts> numeric) {
        Map<ColumnInfo, Grid> zoomed = new LinkedHashMap<>();
        for (ColumnInfo c : columns) {
            Optional.ofNullable(numeric.get(c.name())).flatMap(Zoom::of).ifPresent(g -> zoomed.put(c, g));
        }
        if (zoomed.isEmpty()) {
            return;
        }
        progress.step("zooming the grid of " + zoomed.size() + " column(s) with far outliers: "
                + String.join(", ", zoomed.keySet().stream().map(ColumnInfo::name).toList()));
        List<ColumnInfo> list = List.copyOf(zoomed.keySet());
        Map<String, Grid> byName = new LinkedHashMap<>();
        zoomed.forEach((c, g) -> byName.put(c.name(), g));
        StatsPass.Result t = run(ds, new StatsPass(StatsPass.all(list, byName)));
        BinsPass.Result b = run(ds, new BinsPass(zoomed, List.of()));
        zoomed.forEach((c, g) -> {
            double[] sums = t.tailSums().get(c.name());
            numeric.put(c.name(), new NumericCounts(g, b.cells().get(c.name()), sums[0], sums[1]));
        });
    }

    private static MeasuredDataset dataset(Dataset ds, List<ColumnInfo> columns, StatsPass.Result a,
                                           Map<String, NumericCounts> numeric, Map<String, Map<String, Long>> cats) {
        List<MeasuredColumn> out = new ArrayList<>();
        for (ColumnInfo c : columns) {
            Map<String, Long> values = cats.get(c.name());
            out.add(new MeasuredColumn(c.name(), c.type(), c.physicalType(), a.stats().get(c.name()),
                    numeric.get(c.name()), values == null ? null : new CategoryCounts(values)));
        }
        return new MeasuredDataset(ds.source().location(), a.rows(), ds.fingerprints(), out, Instant.now(),
                EngineVersion.get(), Optional.empty());
    }

    private StatsPass.Result run(Dataset ds, StatsPass pass) {
        return query(ds, pass.sql(ds.relation()), pass::read);
    }

    private BinsPass.Result run(Dataset ds, BinsPass pass) {
        if (!pass.needsScan()) {
            return new BinsPass.Result(Map.of(), Map.of());
        }
        return query(ds, pass.sql(ds.relation()), pass::read);
    }

    private <T> T query(Dataset ds, String sql, Reader<T> reader) {
        try (Statement s = engine.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return reader.read(rs);
        } catch (SQLException e) {
            throw ScanErrors.of(e, ds);
        }
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
