package io.mlgate.engine.modeltest.report;

import io.mlgate.engine.modeltest.metrics.Curves;

import java.util.List;

/** ROC and precision-recall curves of one class against the rest. */
public record ClassCurves(String cls, List<Curves.Point> roc, List<Curves.Point> pr) {
    public ClassCurves {
        roc = List.copyOf(roc);
        pr = List.copyOf(pr);
    }
}
