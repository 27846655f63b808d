package io.mlgate.engine.validate.policy;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.api.DatasetProfile;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.data.DataSource;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.data.ProfileOptions;
import io.mlgate.engine.data.Profiler;
import io.mlgate.engine.data.ScanEngine;
import io.mlgate.engine.validate.CheckScope;
import io.mlgate.engine.validate.Validator;
import io.mlgate.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaTest {
    @TempDir
    Path dir;

    private DatasetProfile profile(Path csv) {
        try (ScanEngine e = ScanEngine.open()) {
            return new Profiler(ProfileOptions.defaults()).profile(e, e.register("d", DataSource.of(csv.toString())));
        }
    }

    private List<CheckResult> validate(DataSchema schema, Path csv, String env) {
        try (ScanEngine e = ScanEngine.open()) {
            Dataset ds = e.register("d", DataSource.of(csv.toString()));
            return new Validator(2).run(e.connection(), new CheckScope(ds, Map.of()), SchemaChecks.compile(schema, ds, env));
        }
    }

    @Test
    void infersTypesNullabilityRangesValuesAndKeys() {
        Path csv = Files2.write(dir, "d.csv", "id,price,color,note", "1,2.5,red,x", "2,3.5,blue,", "3,1.0,red,y",
                "4,9.0,blue,z");
        DataSchema s = new SchemaInference(20).infer(profile(csv));
        SchemaColumn id = s.columns().get(0);
        assertThat(id.type()).isEqualTo(ColumnType.INTEGER);
        assertThat(id.unique()).isTrue();
        assertThat(id.nullable()).isFalse();
        SchemaColumn price = s.columns().get(1);
        assertThat(price.min()).isEqualTo(1.0);
        assertThat(price.max()).isEqualTo(9.0);
        assertThat(price.unique()).isFalse();
        assertThat(s.columns().get(2).values()).containsExactly("blue", "red");
        assertThat(s.columns().get(3).nullable()).isTrue();
        assertThat(s.columns().get(3).values()).isEmpty();
    }

    @Test
    void writtenSchemaReadsBackTheSameAndPassesOnItsOwnData() throws Exception {
        Path csv = Files2.write(dir, "d.csv", "id,price,color", "1,2.5,red", "2,3.5,\"bl\"\"ue\"", "3,1.0,red", "4,9.0,\"bl\"\"ue\"");
        DataSchema inferred = new SchemaInference(20).infer(profile(csv));
        Path file = dir.resolve("schema.yml");
        Files.writeString(file, SchemaWriter.toYaml(inferred, "d.csv"));
        DataSchema read = SchemaReader.read(file);
        assertThat(read.columns()).extracting(SchemaColumn::name, SchemaColumn::type, SchemaColumn::nullable,
                SchemaColumn::min, SchemaColumn::max, SchemaColumn::values, SchemaColumn::unique)
                .containsExactlyElementsOf(inferred.columns().stream().map(c -> org.assertj.core.groups.Tuple.tuple(
                        c.name(), c.type(), c.nullable(), c.min(), c.max(), c.values(), c.unique())).toList());
        assertThat(validate(read, csv, null)).allSatisfy(r -> assertThat(r.status()).as(r.id()).isEqualTo(Status.PASS));
    }

    @Test
    void schemaChecksFailOnBrokenDataAndHonourEnvironments() throws Exception {
        Path schemaFile = Files2.write(dir, "s.yml", "version: 1", "columns:",
                "  - {name: id, type: integer, nullable: false, unique: true}",
                "  - {name: price, type: double, min: 0, max: 10}",
                "  - {name: label, type: string, values: [yes, no], environments: [training]}");
        DataSchema schema = SchemaReader.read(schemaFile);
        Path serving = Files2.write(dir, "serving.csv", "id,price", "1,2.5", "1,11", ",3");
        Map<String, Status> byId = new java.util.HashMap<>();
        validate(schema, serving, "serving").forEach(r -> byId.put(r.id(), r.status()));
        assertThat(byId).containsEntry("schema:column_present:label", Status.PASS)
                .containsEntry("schema:completeness:id", Status.FAIL)
                .containsEntry("schema:unique:id", Status.FAIL)
                .containsEntry("schema:range:price", Status.FAIL)
                .containsEntry("schema:column_type:price", Status.PASS);
        List<CheckResult> training = validate(schema, serving, "training");
        assertThat(training).filteredOn(r -> r.id().equals("schema:column_present:label"))
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(Status.FAIL));
        Path typed = Files2.write(dir, "typed.csv", "id,price,label", "a,2.5,yes");
        assertThat(validate(schema, typed, "training")).filteredOn(r -> r.id().equals("schema:column_type:id"))
                .singleElement().satisfies(r -> assertThat(r.message()).startsWith("column 'id' is string"));
    }

    @Test
    void invalidSchemaFilesAreOneLineErrors() {
        Path bad = Files2.write(dir, "s.yml", "version: 1", "columns:", "  - {name: a, type: float}");
        assertThatThrownBy(() -> SchemaReader.read(bad)).hasMessage(bad + ":3:21: columns[0].type: expected one of "
                + "integer, double, decimal, string, boolean, date, timestamp, time, binary, other; got 'float'");
        Path dup = Files2.write(dir, "d.yml", "version: 1", "columns:", "  - {name: a, type: string}", "  - {name: a, type: string}");
        assertThatThrownBy(() -> SchemaReader.read(dup)).hasMessage(dup + ":4:5: columns[1]: column 'a' is declared twice");
        Path range = Files2.write(dir, "r.yml", "version: 1", "columns:", "  - {name: a, type: string, min: 1}");
        assertThatThrownBy(() -> SchemaReader.read(range)).hasMessageContaining("min/max apply to numeric columns");
    }
}
