package io.mlgate.engine.report;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Status;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/**
 * {@code mlgate-junit.xml}: one {@code <testsuite>} per run and one {@code <testcase>} per check, so that Jenkins'
 * {@code junit} step and GitHub test reporters list every check. FAIL is a {@code <failure>}, ERROR an
 * {@code <error>}, NO_DATA {@code <skipped>}; WARN passes with the warning in {@code <system-out>}.
 */
public final class JunitReport {
    private JunitReport() {
    }

    public static String render(GateReport report) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        suite(x, report);
        return x.toString();
    }

    /** The test-case class name of a command: {@code data validate} becomes {@code mlgate.data.validate}. */
    public static String className(String command) {
        String dotted = command.trim().replaceAll("[^A-Za-z0-9_-]+", ".").replaceAll("^\\.+|\\.+$", "");
        return dotted.isEmpty() ? "mlgate" : "mlgate." + dotted;
    }

    private static void suite(StringBuilder x, GateReport report) {
        x.append("<testsuite");
        attr(x, "errors", Long.toString(report.count(Status.ERROR)));
        attr(x, "failures", Long.toString(report.count(Status.FAIL)));
        attr(x, "name", "mlgate " + report.command());
        attr(x, "skipped", Long.toString(report.count(Status.NO_DATA)));
        attr(x, "tests", Integer.toString(report.checks().size()));
        attr(x, "time", seconds(report.elapsed().toMillis()));
        attr(x, "timestamp", report.started().atOffset(ZoneOffset.UTC).toLocalDateTime()
                .truncatedTo(ChronoUnit.SECONDS).toString());
        x.append(">\n  <properties>\n");
        property(x, "mlgate.status", report.status().name());
        property(x, "mlgate.title", report.title());
        property(x, "mlgate.engineVersion", report.provenance().engineVersion());
        x.append("  </properties>\n");
        String className = className(report.command());
        for (CheckResult check : report.checks()) {
            testcase(x, className, check);
        }
        x.append("</testsuite>\n");
    }

    private static void testcase(StringBuilder x, String className, CheckResult check) {
        x.append("  <testcase");
        attr(x, "classname", className);
        attr(x, "name", check.id());
        attr(x, "time", "0");
        if (check.status() == Status.PASS) {
            x.append("/>\n");
            return;
        }
        x.append(">\n    ");
        String body = body(check);
        switch (check.status()) {
            case FAIL -> outcome(x, "failure", check, body);
            case ERROR -> outcome(x, "error", check, body);
            case NO_DATA -> outcome(x, "skipped", check, null);
            case WARN -> x.append("<system-out>").append(XmlText.content("WARN: " + body)).append("</system-out>");
            case PASS -> { }
        }
        x.append("\n  </testcase>\n");
    }

    private static void outcome(StringBuilder x, String tag, CheckResult check, String body) {
        x.append('<').append(tag);
        attr(x, "message", check.message());
        if (body == null) {
            x.append("/>");
            return;
        }
        attr(x, "type", check.kind());
        x.append('>').append(XmlText.content(body)).append("</").append(tag).append('>');
    }

    /** What a person reading a failed test needs: the numbers, the sentence, where it came from, offending rows. */
    static String body(CheckResult c) {
        StringBuilder b = new StringBuilder();
        b.append(c.message()).append('\n');
        b.append("measured:  ").append(ReportValues.format(c.measured(), "(none)")).append('\n');
        b.append("threshold: ").append(c.threshold()).append('\n');
        b.append("check:     ").append(c.kind()).append(" on ").append(c.target())
                .append(" (level ").append(c.level().name().toLowerCase(Locale.ROOT)).append(")\n");
        b.append("algorithm: ").append(c.provenance().algorithmId()).append(' ')
                .append(c.provenance().algorithmVersion()).append('\n');
        if (!c.examples().isEmpty()) {
            b.append("examples (").append(c.examples().size()).append("):\n");
            for (Map<String, Object> row : c.examples()) {
                StringBuilder line = new StringBuilder();
                row.forEach((k, v) -> line.append(line.length() == 0 ? "" : ", ").append(k).append('=')
                        .append(oneLine(ReportValues.format(v, "null"))));
                b.append("  ").append(line).append('\n');
            }
        }
        return b.toString();
    }

    /** A value on one line: line breaks shown as {@code \n} so each example row stays one line. */
    private static String oneLine(String value) {
        return value.replace("\r", "\\r").replace("\n", "\\n");
    }

    private static void property(StringBuilder x, String name, String value) {
        x.append("    <property");
        attr(x, "name", name);
        attr(x, "value", value);
        x.append("/>\n");
    }

    private static void attr(StringBuilder x, String name, String value) {
        x.append(' ').append(name).append("=\"").append(XmlText.attribute(value)).append('"');
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
