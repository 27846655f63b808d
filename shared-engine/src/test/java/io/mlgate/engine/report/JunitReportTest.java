package io.mlgate.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Status;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {
    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element testcase(Document doc, String name) {
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no testcase " + name);
    }

    @Test
    void suiteCountsMatchTheChecks() throws Exception {
        String xml = JunitReport.render(ReportFixtures.sample());
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite ");
        Document doc = parse(xml);
        Element suite = doc.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("mlgate data validate");
        assertThat(suite.getAttribute("tests")).isEqualTo("5");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(suite.getAttribute("time")).isEqualTo("1.234");
        assertThat(suite.getAttribute("timestamp")).isEqualTo("2025-03-14T09:26:53");
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(5);
        assertThat(testcase(doc, "age.range").getAttribute("classname")).isEqualTo("mlgate.data.validate");
    }

    @Test
    void eachStatusMapsToItsJunitOutcome() throws Exception {
        Document doc = parse(JunitReport.render(ReportFixtures.sample()));
        assertThat(testcase(doc, "age.completeness").getChildNodes().getLength()).isZero();
        Element failure = (Element) testcase(doc, "age.range").getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("2 rows have age outside [0, 120]");
        assertThat(failure.getTextContent()).contains("measured:  2", "threshold: >= 0.99", "examples (2)",
                "city=a|b <i>c</i>", "age=-4.5", "city=line1\\nline2\n");
        Element error = (Element) testcase(doc, "label.schema").getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message")).isEqualTo("column 'label' is missing\uFFFD & <broken>");
        Element skipped = (Element) testcase(doc, "drift.psi").getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).isEqualTo("no reference profile yet");
        Element warn = testcase(doc, "income.mean");
        assertThat(warn.getElementsByTagName("failure").getLength()).isZero();
        assertThat(warn.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("WARN: mean income rose 12%").contains("measured:  51234.5");
    }

    @Test
    void emptyReportIsAnEmptySuite() throws Exception {
        GateReport empty = new GateReport("model  test", "t", Status.NO_DATA, List.of(), List.of(), ReportFixtures.T0,
                Duration.ZERO, ReportFixtures.provenance("model.test"));
        Element suite = parse(JunitReport.render(empty)).getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("0");
        assertThat(suite.getElementsByTagName("testcase").getLength()).isZero();
    }

    @Test
    void markupQuotesAndLineBreaksSurviveAParser() throws Exception {
        String message = "a \"b\" & <c> ]]> 'd'\ttab\r\nnext \u00e9 \ud83d\ude00 " + ReportFixtures.HOSTILE;
        var check = ReportFixtures.check("odd", Status.FAIL, 2, message, List.of(java.util.Map.of("k", "x\ny")));
        var r = new GateReport("data validate", message, Status.FAIL, List.of(check), List.of(), ReportFixtures.T0,
                Duration.ofMillis(5), ReportFixtures.provenance("x"));
        Document doc = parse(JunitReport.render(r));
        Element failure = (Element) testcase(doc, "odd").getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo(message);
        assertThat(failure.getTextContent()).startsWith(message + "\n").contains("k=x\\ny");
        Element title = (Element) doc.getElementsByTagName("property").item(1);
        assertThat(title.getAttribute("value")).isEqualTo(message);
    }

    @Test
    void classNameDotsTheCommand() {
        assertThat(JunitReport.className("data validate")).isEqualTo("mlgate.data.validate");
        assertThat(JunitReport.className(" model   compare/champion ")).isEqualTo("mlgate.model.compare.champion");
        assertThat(JunitReport.className("")).isEqualTo("mlgate");
    }

    @Test
    void xmlCleanReplacesCharactersXmlCannotCarry() {
        assertThat(XmlText.clean("a\u0000b\u001Fc\tok\n")).isEqualTo("a\uFFFDb\uFFFDc\tok\n");
        assertThat(XmlText.clean("emoji 😀 stays")).isEqualTo("emoji 😀 stays");
        assertThat(XmlText.clean("lone \uD800 surrogate")).isEqualTo("lone \uFFFD surrogate");
    }
}
