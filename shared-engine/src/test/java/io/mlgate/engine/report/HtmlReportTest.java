package io.mlgate.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Histogram;
import io.mlgate.engine.api.Status;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private final String html = HtmlReport.render(ReportFixtures.sample());

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void hostileTextIsEscapedEverywhere() {
        assertThat(count(html, "<script")).as("only the report's own script").isEqualTo(1);
        assertThat(html).doesNotContain("<img", "console.error('xss')</script>", "<b>bold</b>", "<i>c</i>", "<broken>");
        assertThat(html).contains("&lt;script&gt;console.error(&#39;xss&#39;)&lt;/script&gt;&lt;img src=&quot;http");
        assertThat(html).contains("data-column=\"&lt;script&gt;");
        assertThat(html).contains("&lt;b&gt;bold&lt;/b&gt;");
    }

    @Test
    void pageLoadsNothingFromOutside() {
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
        assertThat(count(html, "(?i)\\s(src|href)=\"(?!data:)")).isZero();
        assertThat(html).doesNotContainPattern("(?i)url\\(|@import");
    }

    @Test
    void oneChartPerChartedColumnWithABarPerBin() {
        assertThat(count(html, "<svg class=\"chart ")).isEqualTo((int) ReportFixtures.chartedColumns());
        assertThat(count(html, "<svg class=\"chart histogram\"")).isEqualTo(2);
        assertThat(count(html, "<rect class=\"bar\"")).isEqualTo(8 + 5 + 4 + 2);
        assertThat(html).contains("<title>[37.5, 50): 260 rows</title>").contains("<title>[200000, 250000]: 30 rows</title>");
        assertThat(html).contains("<title>Berlin: 400 (40.0%)</title>");
        assertThat(html).contains("no chart for this column");
    }

    @Test
    void bannerAndChecksTableShowTheVerdictWorstFirst() {
        assertThat(html).contains("<header class=\"banner error\">").contains("⊘ ERROR");
        assertThat(html.indexOf("<code>label.schema</code>")).isLessThan(html.indexOf("<code>age.range</code>"));
        assertThat(html.indexOf("<code>age.range</code>")).isLessThan(html.indexOf("<code>age.completeness</code>"));
        assertThat(html).contains("2 of 2 example rows");
    }

    @Test
    void histogramLabelsFirstAndLastEdge() {
        String svg = SvgCharts.histogram("x", Histogram.of(new double[] {-1.5, 0, 1.5, 30000}, new long[] {0, 1, 2}));
        assertThat(svg).contains(">-1.5</text>").contains(">30k</text>").contains(">2</text>");
        assertThat(SvgCharts.edgeLabels(8)).containsExactly(0, 2, 4, 6, 8);
        assertThat(SvgCharts.edgeLabels(20)).containsExactly(0, 4, 8, 12, 16, 20);
        assertThat(SvgCharts.edgeLabels(1)).containsExactly(0, 1);
    }

    @Test
    void reportWithoutChecksOrProfilesStillRenders() {
        GateReport empty = new GateReport("data profile", "empty", Status.NO_DATA, List.of(), List.of(),
                ReportFixtures.T0, Duration.ZERO, ReportFixtures.provenance("p"));
        assertThat(HtmlReport.render(empty)).contains("No checks ran.").doesNotContain("class=\"chart");
    }
}
