package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.buildrisk.explain.Factor;
import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.Feature;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.model.DecisionRule;
import io.mlgate.engine.buildrisk.model.ModelAge;
import io.mlgate.engine.buildrisk.model.ModelFiles;
import io.mlgate.engine.buildrisk.model.RecordedRisks;
import io.mlgate.engine.buildrisk.policy.ActionRule;
import io.mlgate.engine.buildrisk.policy.RiskAction;
import io.mlgate.engine.io.JsonText;

import java.util.List;
import java.util.Optional;

/**
 * The {@code buildrisk} section: risk, action, factors. Its Markdown is short enough for a pull-request comment or a
 * job summary; its data carries {@code risk} (0 to 1), {@code action}, {@code factors} and the raw features.
 */
final class PredictSection {
    /** Said after the figures since training when the model's calls fell behind the baseline's on them. */
    static final String BEHIND = "Its calls are behind the baseline's: retrain it (mlgate buildrisk train); a model "
            + "trained by this build calls by the related-outcome rule.";

    private PredictSection() {
    }

    static Section of(Build next, BuildFeatures f, double risk, RiskAction action, List<ActionRule> rules,
                      List<Factor> factors, ModelFiles.Loaded model, Optional<ModelAge> age,
                      Optional<RecordedRisks> live, Phases phases) {
        ObjectNode data = JsonText.NODES.objectNode();
        data.put("risk", Math.round(risk * 1e4) / 1e4);
        data.put("action", action.id());
        data.put("commit", next.commit());
        data.put("branch", next.branch());
        data.put("pull_request", next.isPullRequest());
        data.put("model_family", model.model().family().id());
        data.put("decision_threshold", model.model().threshold());
        data.put("decision_rule", model.model().decision().id());
        data.putObject("related_outcome_rule").put("broken", f.related().broken()).put("why", f.related().words(next));
        // the key figures a CI step exports as outputs (the GitHub Action: steps.<id>.outputs.risk, .action,
        // .model-out-of-date, .model-behind-baseline)
        boolean outOfDate = age.isPresent() && age.get().outOfDate();
        data.putObject("figures").put("risk", Math.round(risk * 1e4) / 1e4).put("action", action.id())
                .put("modelOutOfDate", outOfDate)
                .put("modelBehindBaseline", live.isPresent() && live.get().behindBaseline());
        ArrayNode r = data.putArray("rules");
        rules.forEach(x -> r.addObject().put("min", x.min()).put("action", x.action().id()));
        ArrayNode fs = data.putArray("factors");
        factors.forEach(x -> fs.addObject().put("feature", x.feature().id()).put("effect", Math.round(x.effect() * 1e4) / 1e4)
                .put("words", x.words()));
        if (age.isPresent()) { // no lambda: its first call would link a call site on every fresh prediction
            ModelAge a = age.get();
            data.putObject("model_age").put("builds_since", a.since()).put("broken_since", a.brokenSince())
                    .put("builds_before", a.before()).put("broken_before", a.brokenBefore())
                    .put("p_value", a.pValue()).put("out_of_date", a.outOfDate());
        }
        if (live.isPresent()) {
            data.set("recorded_risks", RecordedRisksJson.of(live.get()));
        }
        data.set("timing", phases.json());
        ObjectNode features = data.putObject("features");
        for (Feature ft : Feature.values()) {
            features.put(ft.id(), f.raw(ft));
        }
        String head = "Risk of a broken build: " + Text.percent(risk) + ". Action: " + action.words() + ".";
        StringBuilder md = new StringBuilder("**").append(Text.md(head)).append("**\n\n");
        StringBuilder html = new StringBuilder("<p><strong>").append(Text.html(head)).append("</strong></p>\n");
        if (factors.isEmpty()) {
            String none = "Nothing about this change raises its risk above a typical build's.";
            md.append(none).append('\n');
            html.append("<p>").append(none).append("</p>\n");
        } else {
            md.append("What raises it:\n\n");
            html.append("<p>What raises it:</p>\n<ul>\n");
            for (Factor x : factors) {
                String pts = " (+" + Text.whole(x.effect() * 100) + " points)";
                md.append("- ").append(Text.md(x.words())).append(pts).append('\n');
                html.append("<li>").append(Text.html(x.words())).append(Text.html(pts)).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (model.model().decision() == DecisionRule.RELATED_OUTCOME) {
            String call = "Called " + (f.related().broken() ? "broken" : "passing") + " by the related-outcome rule "
                    + "(the model calls by it): " + f.related().words(next) + ".";
            md.append('\n').append(Text.md(call)).append('\n');
            html.append("<p>").append(Text.html(call)).append("</p>\n");
        }
        String foot = "Model: " + model.model().family().id() + "; commit " + next.commit().substring(0, 12) + " on "
                + next.branch() + (next.isPullRequest() ? " (pull request)" : "") + ".";
        md.append('\n').append(Text.md(foot)).append('\n');
        html.append("<p>").append(Text.html(foot)).append("</p>\n");
        if (live.isPresent()) {
            String behind = live.get().behindBaseline() ? " " + BEHIND : "";
            md.append('\n').append(Text.md(live.get().words() + behind)).append('\n');
            html.append(behind.isEmpty() ? "<p>" : "<p class=\"warn\">").append(Text.html(live.get().words() + behind))
                    .append("</p>\n");
        }
        if (outOfDate) {
            String stale = "The model may be out of date: " + age.get().words() + ". Its risks carry the old failure "
                    + "rate; retrain it (mlgate buildrisk train).";
            md.append('\n').append(Text.md(stale)).append('\n');
            html.append("<p class=\"warn\">").append(Text.html(stale)).append("</p>\n");
        }
        return new Section("buildrisk", "Build risk", data, md.toString(), html.toString());
    }
}
