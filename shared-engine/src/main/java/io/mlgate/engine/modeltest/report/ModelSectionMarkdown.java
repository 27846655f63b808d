package io.mlgate.engine.modeltest.report;

import io.mlgate.engine.modeltest.metrics.MetricKind;
import io.mlgate.engine.modeltest.metrics.MetricValue;
import io.mlgate.engine.report.MarkdownText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Key numbers for a job summary: headline metrics with intervals (and the baseline), per-class metrics folded, the confusion matrix. */
final class ModelSectionMarkdown {
    /** Largest confusion matrix the summary shows; bigger ones stay in the HTML and JSON reports. */
    static final int MAX_CONFUSION = 12;
    private static final Set<MetricKind> PER_CLASS = Set.of(MetricKind.PRECISION, MetricKind.RECALL, MetricKind.F1);

    private ModelSectionMarkdown() {
    }

    static String of(ModelResults r) {
        StringBuilder md = new StringBuilder();
        md.append(Header.line(r)).append("\n\n");
        List<Integer> headline = new ArrayList<>();
        List<Integer> perClass = new ArrayList<>();
        for (int i = 0; i < r.metrics().size(); i++) {
            (PER_CLASS.contains(r.metrics().get(i).id().kind()) ? perClass : headline).add(i);
        }
        table(md, r, headline);
        if (!perClass.isEmpty()) {
            md.append("\n<details><summary>per-class precision, recall, F1</summary>\n\n");
            table(md, r, perClass);
            md.append("\n</details>\n");
        }
        if (r.confusion().length > 0 && r.confusion().length <= MAX_CONFUSION) {
            md.append("\nConfusion matrix (rows: true class, columns: predicted):\n\n");
            List<String> header = new ArrayList<>();
            header.add("true \\\\ predicted");
            r.classes().forEach(c -> header.add(MarkdownText.cell(c)));
            List<List<String>> rows = new ArrayList<>();
            for (int a = 0; a < r.confusion().length; a++) {
                List<String> row = new ArrayList<>();
                row.add("**" + MarkdownText.cell(r.classes().get(a)) + "**");
                for (double v : r.confusion()[a]) {
                    row.add(Long.toString((long) v));
                }
                rows.add(row);
            }
            MarkdownText.table(md, header, rows);
        }
        r.notes().forEach(n -> md.append("\n- ").append(MarkdownText.cell(n)));
        return md.toString().stripTrailing();
    }

    private static void table(StringBuilder md, ModelResults r, List<Integer> which) {
        String ci = String.format(Locale.ROOT, "%.0f%% interval", r.bootstrap().confidence() * 100);
        boolean base = !r.baselineMetrics().isEmpty();
        List<String> header = new ArrayList<>(List.of("metric", "value", ci));
        if (base) {
            header.addAll(List.of("baseline", "change", "change " + ci));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i : which) {
            MetricValue m = r.metrics().get(i);
            List<String> row = new ArrayList<>(List.of(MarkdownText.cell(m.id().toString()), Fmt.num(m.value()),
                    Fmt.interval(m)));
            if (base) {
                MetricValue d = r.differences().get(i);
                row.addAll(List.of(Fmt.num(r.baselineMetrics().get(i).value()), Fmt.signed(d.value()),
                        Fmt.signedInterval(d)));
            }
            rows.add(row);
        }
        MarkdownText.table(md, header, rows);
    }

    /** The one-line description both renderings start with. */
    static final class Header {
        private Header() {
        }

        static String line(ModelResults r) {
            StringBuilder s = new StringBuilder();
            s.append(MarkdownText.cell(r.model()));
            r.baseline().ifPresent(b -> s.append(" against baseline ").append(MarkdownText.cell(b)));
            s.append(" · ").append(r.rows()).append(" test rows · ").append(r.task().yamlName());
            r.positiveClass().ifPresent(p -> s.append(", positive class ").append(MarkdownText.cell(p)));
            s.append(" · ").append(bootstrap(r));
            return s.toString();
        }

        static String bootstrap(ModelResults r) {
            if (r.bootstrap().resamples() == 0) {
                return "no bootstrap intervals (resamples: 0)";
            }
            return String.format(Locale.ROOT, "%.0f%% intervals from %d Poisson bootstrap resamples (seed %d)",
                    r.bootstrap().confidence() * 100, r.bootstrap().resamples(), r.bootstrap().seed());
        }
    }
}
