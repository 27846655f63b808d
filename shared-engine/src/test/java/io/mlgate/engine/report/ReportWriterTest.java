package io.mlgate.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesAllFourFilesUnderTheirStandardNames() throws Exception {
        GateReport report = ReportFixtures.sample();
        ReportFiles files = ReportWriter.writeAll(report, dir.resolve("out"));
        assertThat(files.all()).extracting(p -> p.getFileName().toString())
                .containsExactly("mlgate-report.json", "mlgate-junit.xml", "mlgate-summary.md", "mlgate-report.html");
        ReportWriter.Rendered rendered = ReportWriter.renderAll(report);
        assertThat(files.json()).hasContent(rendered.json());
        assertThat(files.junit()).hasContent(rendered.junit());
        assertThat(files.markdown()).hasContent(rendered.markdown());
        assertThat(files.html()).hasContent(rendered.html());
        try (Stream<Path> left = Files.list(files.json().getParent())) {
            assertThat(left).as("no temporary files left behind").hasSize(4);
        }
    }

    @Test
    void aRenderingFailureWritesNothing() throws Exception {
        Object explodes = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("boom");
            }
        };
        CheckResult bad = ReportFixtures.check("bad", Status.FAIL, 1, "m", List.of(Map.of("v", explodes)));
        GateReport report = new GateReport("data validate", "t", Status.FAIL, List.of(bad), List.of(),
                ReportFixtures.T0, Duration.ZERO, ReportFixtures.provenance("v"));
        ReportWriter.writeAll(ReportFixtures.sample(), dir);
        String before = Files.readString(dir.resolve(ReportFiles.JSON_NAME));
        assertThatThrownBy(() -> ReportWriter.writeAll(report, dir)).hasMessage("boom");
        assertThat(dir.resolve(ReportFiles.JSON_NAME)).hasContent(before);
        assertThatThrownBy(() -> ReportWriter.writeAll(report, dir.resolve("fresh"))).hasMessage("boom");
        assertThat(dir.resolve("fresh")).doesNotExist();
    }
}
