package io.mlgate.spark;

import io.mlgate.engine.data.ScanEngine;
import io.mlgate.engine.data.Sql;
import io.mlgate.engine.validate.anomaly.HistoryEntry;
import io.mlgate.engine.validate.anomaly.MetricsHistory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The validation suite both engines run: 400 taxi trips (seeded, with planted faults), a reference list of cities,
 * a schema, a policy using every check kind, and a metrics history for the anomaly checks — written as CSV, and
 * as Parquet by DuckDB so that both engines read the very same Parquet file.
 */
final class TripsSuite {
    static final int ROWS = 400;
    static final String[] CITIES = {"Oslo", "Bergen", "Stockholm", "Malmo", "Copenhagen"};
    static final String[] DRIVERS = {"Ann", "Bob", "Cid", "Dee", "Eve", "Finn", "Gus", "Hal", "Ida", "Jon", "Kai",
            "Liv"};

    final Path dir;
    final Path csv;
    final Path parquet;
    final Path policy;

    TripsSuite(Path dir) {
        this.dir = dir;
        this.csv = write("trips.csv", trips());
        write("cities.csv", "name,country\nOslo,NO\nBergen,NO\nStockholm,SE\nCopenhagen,DK\n");
        write("schema.yml", """
                version: 1
                columns:
                  - {name: trip_id, type: integer, nullable: false, unique: true}
                  - {name: driver, type: string, nullable: false}
                  - {name: email, type: string}
                  - {name: city, type: string, values: [Oslo, Bergen, Stockholm, Malmo, Copenhagen]}
                  - {name: fare, type: double, min: 0, max: 500}
                  - {name: distance_km, type: double, min: 0}
                  - {name: started, type: date, nullable: false}
                  - {name: rating, type: integer, min: 1, max: 5}
                  - {name: code, type: string}
                  - {name: tip, type: double}
                """);
        this.policy = write("mlgate.yml", """
                version: 1
                data:
                  schema: schema.yml
                  examples: 5
                  history: {dir: history, tags: {dataset: trips}, save: false}
                  datasets:
                    cities: {path: cities.csv}
                  checks:
                    - {check: row_count, min: 100, max: 1000}
                    - {check: completeness, column: email, min: 0.95}
                    - {check: unique, columns: [driver, started], level: warn}
                    - {check: range, column: distance_km, min: 0, max: 25, min_fraction: 0.5}
                    - {check: allowed_values, column: rating, values: ['1', '2', '3', '4', '5']}
                    - {check: pattern, column: email, format: email, min_fraction: 0.99}
                    - {check: pattern, column: code, regex: '[A-Z]{3}-[0-9]{4}'}
                    - {check: pattern, name: code-prefix, column: code, regex: '[A-Z]+', level: warn}
                    - {check: pattern, column: started, format: date}
                    - {check: length, column: driver, min: 3, max: 3}
                    - {check: row_rule, name: fare-per-km, sql: "fare IS NULL OR fare <= 10 * distance_km + 50"}
                    - {check: row_rule, name: tipped, sql: "tip > 0", min_fraction: 0.5}
                    - {check: sql_assert, name: mean-fare, sql: "avg(fare)", min: 40, max: 60}
                    - {check: sql_assert, name: fare-spread, sql: "max(fare) - min(fare)", max: 50}
                    - {check: foreign_key, column: city, reference: cities, reference_column: name}
                    - {check: anomaly, metric: mean(fare), method: z_score, max: 3}
                    - {check: anomaly, metric: completeness(email), method: absolute_change, min: -0.01, max: 0.01}
                    - {check: anomaly, metric: row_count, method: relative_change, min: -0.1, max: 0.1}
                    - {check: anomaly, metric: distinct(driver), method: absolute_change, max: 0}
                """);
        MetricsHistory h = new MetricsHistory(dir.resolve("history"), Map.of("dataset", "trips"));
        double[] fares = {49.0, 51.5, 50.2};
        for (int i = 0; i < fares.length; i++) {
            h.append(new HistoryEntry(Instant.parse("2024-06-0" + (i + 1) + "T00:00:00Z"), Map.of("dataset", "trips"),
                    "trips.csv", Map.of("mean(fare)", fares[i], "completeness(email)", 0.99, "row_count", 390.0,
                    "distinct(driver)", 12.0)));
        }
        this.parquet = dir.resolve("trips.parquet");
        try (ScanEngine engine = ScanEngine.open(); Statement st = engine.connection().createStatement()) {
            st.execute("COPY (SELECT * FROM read_csv(" + Sql.literal(csv.toString()) + ")) TO "
                    + Sql.literal(parquet.toString()) + " (FORMAT parquet)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The trips as CSV lines; faults: duplicate id, bad emails and nulls, a city not in the reference, bad codes. */
    private static String trips() {
        Random r = new Random(42);
        List<String> lines = new ArrayList<>();
        lines.add("trip_id,driver,email,city,fare,distance_km,started,rating,code,tip");
        for (int i = 1; i <= ROWS; i++) {
            String driver = DRIVERS[r.nextInt(DRIVERS.length)];
            String email = i % 37 == 0 ? "" : i % 53 == 0 ? "not-an-email" : driver.toLowerCase(Locale.ROOT) + "@example.com";
            String city = i == 123 ? "Atlantis" : CITIES[r.nextInt(CITIES.length)];
            String fare = i % 41 == 0 ? "" : i == 200 ? "-5.0" : String.format(Locale.ROOT, "%.2f", 5 + r.nextDouble() * 90);
            String distance = String.format(Locale.ROOT, "%.3f", r.nextDouble() * 30);
            String started = LocalDate.of(2024, 1, 1).plusDays(i % 60).toString();
            int rating = i == 77 ? 7 : 1 + r.nextInt(5);
            String code = i == 99 ? "ab-12" : String.format(Locale.ROOT, "%s-%04d",
                    "" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)),
                    r.nextInt(10_000));
            String tip = r.nextInt(3) == 0 ? "" : String.format(Locale.ROOT, "%.1f", r.nextDouble() * 5);
            lines.add(String.join(",", Integer.toString(i == ROWS ? 17 : i), driver, email, city, fare, distance,
                    started, Integer.toString(rating), code, tip));
        }
        return String.join("\n", lines) + "\n";
    }

    private Path write(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
