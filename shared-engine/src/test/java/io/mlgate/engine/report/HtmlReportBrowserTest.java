package io.mlgate.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlgate.engine.report.browser.BrowserPage;
import io.mlgate.engine.report.browser.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the written HTML report in headless Chromium: it must render without console errors or exceptions, make
 * no network request, and draw one chart per charted column. Leaves a screenshot in {@code mlgate.test.artifacts}.
 * Skipped, with the reason printed, where Chromium is not installed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HtmlReportBrowserTest {
    private static final Duration STEP = Duration.ofSeconds(10);
    private static final String CHARTS = "(() => { const charts = [...document.querySelectorAll('svg.chart')];"
            + " return { charts: charts.length, columns: charts.map(s => s.getAttribute('data-column')),"
            + " withBars: charts.filter(s => s.querySelector('rect.bar')).length,"
            + " bars: document.querySelectorAll('svg.chart rect.bar').length,"
            + " tooltips: document.querySelectorAll('svg.chart rect.bar > title').length,"
            + " scripts: document.scripts.length, images: document.images.length,"
            + " widest: Math.max(...charts.map(s => s.getBoundingClientRect().width)) }; })()";
    private static final String FILTER_PASS = "(() => { const box = document.querySelector('#filters input[value=pass]');"
            + " box.checked = false; box.dispatchEvent(new Event('change', { bubbles: true }));"
            + " return document.querySelectorAll('#checks tbody tr.hidden').length; })()";

    @TempDir
    Path dir;
    private Path chromium;

    @BeforeEach
    void needsChromium() {
        Optional<Path> found = HeadlessChromium.find();
        if (found.isEmpty()) {
            System.out.println("HtmlReportBrowserTest skipped: no Chromium (looked at -Dmlgate.chromium, "
                    + "/usr/bin/chromium, chromium on PATH); install it with: apt-get install -y chromium");
        }
        if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but Chromium is missing: .ci/run must install it (apt-get install -y chromium)");
        }
        Assumptions.assumeTrue(found.isPresent(), "chromium is not installed");
        chromium = found.get();
    }

    @Test
    void reportRendersOfflineWithItsCharts() throws Exception {
        ReportFiles files = ReportWriter.writeAll(ReportFixtures.sample(), dir);
        try (BrowserPage page = BrowserPage.open(chromium, files.html(), STEP)) {
            JsonNode charts = page.evaluate(CHARTS);
            byte[] png = page.screenshot();
            Path artifacts = Path.of(System.getProperty("mlgate.test.artifacts", "target/test-artifacts"));
            Files.createDirectories(artifacts);
            Files.write(artifacts.resolve("mlgate-report.png"), png);
            Files.copy(files.html(), artifacts.resolve("mlgate-report.html"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            assertThat(charts.get("charts").asLong()).isEqualTo(ReportFixtures.chartedColumns());
            assertThat(charts.get("withBars").asLong()).isEqualTo(ReportFixtures.chartedColumns());
            assertThat(charts.get("bars").asInt()).isEqualTo(8 + 5 + 4 + 2).isEqualTo(charts.get("tooltips").asInt());
            assertThat(charts.get("columns")).extracting(JsonNode::asText)
                    .containsExactly("age", "income", "city", ReportFixtures.HOSTILE);
            assertThat(charts.get("scripts").asInt()).as("the hostile column name ran no script").isEqualTo(1);
            assertThat(charts.get("images").asInt()).isZero();
            assertThat(charts.get("widest").asDouble()).isGreaterThan(200);
            assertThat(page.evaluate(FILTER_PASS).asInt()).as("rows hidden by the PASS filter").isEqualTo(1);
            assertThat(png).hasSizeGreaterThan(10_000).startsWith(0x89, 'P', 'N', 'G');

            assertThat(page.consoleErrors()).isEmpty();
            assertThat(page.exceptions()).isEmpty();
            assertThat(page.logErrors()).isEmpty();
            assertThat(page.foreignRequests()).isEmpty();
        }
    }

    @Test
    void checkerSeesRequestsAndConsoleErrors() throws Exception {
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><body><img src=\"http://127.0.0.1:9/x.png\">"
                + "<script>console.error('broken on purpose');</script></body></html>");
        try (BrowserPage page = BrowserPage.open(chromium, bad, STEP)) {
            page.evaluate("1");
            assertThat(page.foreignRequests()).containsExactly("http://127.0.0.1:9/x.png");
            assertThat(page.consoleErrors()).containsExactly("broken on purpose");
        }
    }

    @Test
    void checkerSeesUncaughtExceptions() throws Exception {
        Path bad = dir.resolve("throws.html");
        Files.writeString(bad, "<!DOCTYPE html><html><body><script>null.boom();</script></body></html>");
        try (BrowserPage page = BrowserPage.open(chromium, bad, STEP)) {
            page.evaluate("1");
            assertThat(page.exceptions()).hasSize(1).first().asString().contains("TypeError");
        }
    }
}
