package io.mlgate.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownSummaryTest {
    private final String md = MarkdownSummary.render(ReportFixtures.sample());

    @Test
    void headingNamesTheVerdictAndCounts() {
        assertThat(md).startsWith("## 💥 ERROR — mlgate: Training data gate\n");
        assertThat(md).contains("**5 checks**: 💥 1 error · ❌ 1 failed · ⚠️ 1 warning · ⏸️ 1 no data · ✅ 1 passed");
    }

    @Test
    void checksTableListsWorstFirstWithEscapedCells() {
        assertThat(md).contains("| status | check | target | measured | threshold | message |\n|---|---|---|---|---|---|\n");
        assertThat(md).contains("| 💥 ERROR | label.schema | age | column not found | &gt;= 0.99 | "
                + "column 'label' is missing  &amp; &lt;broken&gt; |");
        assertThat(md).contains("| ⚠️ WARN | income.mean | age | 51234.5 | &gt;= 0.99 | "
                + "mean income rose 12% \\| above the warning band |");
        List<String> order = md.lines().filter(l -> l.startsWith("| ") && l.contains(" | &gt;= 0.99 | "))
                .map(l -> l.split(" \\| ")[1]).toList();
        assertThat(order).containsExactly("label.schema", "age.range", "income.mean", "drift.psi", "age.completeness");
    }

    @Test
    void failedChecksShowExampleRowsFolded() {
        assertThat(md).contains("<details><summary>age.range: 2 of 2 example rows</summary>\n\n| id | age | city |");
        assertThat(md).contains("| 17 | null | a\\|b &lt;i&gt;c&lt;/i&gt; |");
        assertThat(md).contains("| 23 | -4.5 | line1<br>line2 |");
    }

    @Test
    void examplesAreCappedAtFive() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(Map.of("id", i));
        }
        CheckResult many = ReportFixtures.check("many", Status.FAIL, 12, "12 bad rows", rows);
        GateReport report = new GateReport("data validate", "t", Status.FAIL, List.of(many), List.of(),
                ReportFixtures.T0, Duration.ofSeconds(3), ReportFixtures.provenance("v"));
        String out = MarkdownSummary.render(report);
        assertThat(out).contains("many: 5 of 12 example rows").contains("| 4 |").doesNotContain("| 5 |");
    }

    @Test
    void profileTablePerDataset() {
        assertThat(md).contains("### Dataset train\n\n1000 rows, 5 columns · data/train.csv\n");
        assertThat(md).contains("| column | type | nulls % | distinct | min | max |");
        assertThat(md).contains("| age | integer | 1.2% | 87 | 0 | 97 |");
        assertThat(md).contains("| income | double | 0.0% | ≈998 | 1200.5 | 250000 |");
        assertThat(md).contains("| day | date | 100.0% | 0 | — | — |");
        assertThat(md).contains("| &lt;script&gt;console.error('xss')&lt;/script&gt;&lt;img src=\"http://127.0.0.1:9/evil.png\"&gt;\\|x |");
    }

    @Test
    void cellEscaping() {
        assertThat(MarkdownText.cell("a|b\r\nc\nd")).isEqualTo("a\\|b<br>c<br>d");
        assertThat(MarkdownText.cell("*x* _y_ [l](u) `c`")).isEqualTo("\\*x\\* \\_y\\_ \\[l\\](u) \\`c\\`");
        assertThat(MarkdownText.cell("x".repeat(500))).hasSize(MarkdownText.MAX_CELL).endsWith("…");
    }
}
