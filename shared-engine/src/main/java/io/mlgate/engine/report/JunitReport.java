package io.mlgate.engine.report;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Status;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code mlgate-junit.xml}: one {@code <testsuite>} per run and one {@code <testcase>} per check, so that Jenkins'
 * {@code junit} step and GitHub test reporters list every check. FAIL is a {@code <failure>}, ERROR an
 * {@code <error>}, NO_DATA {@code <skipped>}; WARN passes with the warning in {@code <system-out>}.
 */
public final class JunitReport {
    private JunitReport() {
    }

    public static String render(GateReport report) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            doc.setXmlStandalone(true);
            doc.appendChild(suite(doc, report));
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter().append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out + (out.toString().endsWith("\n") ? "" : "\n");
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("cannot render the JUnit report: " + e.getMessage(), e);
        }
    }

    /** The test-case class name of a command: {@code data validate} becomes {@code mlgate.data.validate}. */
    public static String className(String command) {
        String dotted = command.trim().replaceAll("[^A-Za-z0-9_-]+", ".").replaceAll("^\\.+|\\.+$", "");
        return dotted.isEmpty() ? "mlgate" : "mlgate." + dotted;
    }

    private static Element suite(Document doc, GateReport report) {
        Element suite = doc.createElement("testsuite");
        suite.setAttribute("name", XmlText.clean("mlgate " + report.command()));
        suite.setAttribute("tests", Integer.toString(report.checks().size()));
        suite.setAttribute("failures", Long.toString(report.count(Status.FAIL)));
        suite.setAttribute("errors", Long.toString(report.count(Status.ERROR)));
        suite.setAttribute("skipped", Long.toString(report.count(Status.NO_DATA)));
        suite.setAttribute("time", seconds(report.elapsed().toMillis()));
        suite.setAttribute("timestamp", report.started().atOffset(ZoneOffset.UTC).toLocalDateTime()
                .truncatedTo(ChronoUnit.SECONDS).toString());
        Element props = doc.createElement("properties");
        property(doc, props, "mlgate.status", report.status().name());
        property(doc, props, "mlgate.title", report.title());
        property(doc, props, "mlgate.engineVersion", report.provenance().engineVersion());
        suite.appendChild(props);
        String className = className(report.command());
        for (CheckResult check : report.checks()) {
            suite.appendChild(testcase(doc, className, check));
        }
        return suite;
    }

    private static Element testcase(Document doc, String className, CheckResult check) {
        Element tc = doc.createElement("testcase");
        tc.setAttribute("classname", className);
        tc.setAttribute("name", XmlText.clean(check.id()));
        tc.setAttribute("time", "0");
        String body = body(check);
        switch (check.status()) {
            case FAIL -> tc.appendChild(outcome(doc, "failure", check, body));
            case ERROR -> tc.appendChild(outcome(doc, "error", check, body));
            case NO_DATA -> tc.appendChild(outcome(doc, "skipped", check, null));
            case WARN -> tc.appendChild(text(doc, "system-out", "WARN: " + body));
            case PASS -> { }
        }
        return tc;
    }

    private static Element outcome(Document doc, String tag, CheckResult check, String body) {
        Element e = doc.createElement(tag);
        e.setAttribute("message", XmlText.clean(check.message()));
        if (body != null) {
            e.setAttribute("type", XmlText.clean(check.kind()));
            e.setTextContent(XmlText.clean(body));
        }
        return e;
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

    private static void property(Document doc, Element props, String name, String value) {
        Element p = doc.createElement("property");
        p.setAttribute("name", name);
        p.setAttribute("value", XmlText.clean(value));
        props.appendChild(p);
    }

    private static Element text(Document doc, String tag, String content) {
        Element e = doc.createElement(tag);
        e.setTextContent(XmlText.clean(content));
        return e;
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
