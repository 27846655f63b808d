package io.mlgate.engine.validate;

import io.mlgate.engine.config.Origin;
import io.mlgate.engine.data.ColumnInfo;
import io.mlgate.engine.data.DataFormat;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.validate.sql.SqlDialect;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a check sees of the run: the dataset under test and the other named datasets it may refer to. */
public record CheckScope(Dataset dataset, Map<String, Dataset> others) {

    public CheckScope {
        others = Map.copyOf(others);
    }

    public String relation() {
        return dataset.relation();
    }

    /** The SQL dialect of the engine holding the dataset; checks build all their SQL through it. */
    public SqlDialect dialect() {
        return dataset.dialect();
    }

    /** Whether the engine knows columns' min and max without a scan: DuckDB over Parquet files (their footers). */
    public boolean columnStatistics() {
        return dataset.dialect() == SqlDialect.DUCKDB && !dataset.files().isEmpty() && dataset.files().stream()
                .allMatch(f -> DataFormat.fromFileName(f.toString()).orElse(null) == DataFormat.PARQUET);
    }

    public Optional<ColumnInfo> column(String name) {
        return dataset.column(name);
    }

    public ColumnInfo requireColumn(String name, Origin origin) {
        return requireColumn(dataset, name, origin);
    }

    public Dataset other(String name, Origin origin) {
        Dataset d = others.get(name);
        if (d == null) {
            throw origin.error("no dataset named '" + name + "'; datasets declared under data.datasets: "
                    + (others.isEmpty() ? "(none)" : String.join(", ", new java.util.TreeSet<>(others.keySet()))));
        }
        return d;
    }

    public static ColumnInfo requireColumn(Dataset ds, String name, Origin origin) {
        return ds.column(name).orElseThrow(() -> origin.error("column '" + name + "' is not in "
                + ds.source().location() + "; its columns are: "
                + ds.columns().stream().map(ColumnInfo::name).collect(Collectors.joining(", "))));
    }
}
