package io.mlgate.engine.buildrisk.run;

/**
 * The risk cut-offs and the calibration of scored builds as text, the same in an evaluation's section (its test
 * builds) and a monitor's (the builds recorded with their risk): a sentence introducing the cut-offs, their table,
 * the calibration sentence and the table of risk bands.
 */
final class ScoreTables {
    private ScoreTables() {
    }

    static String md(String cutsIntro, OperatingPointsText cuts, ReliabilityText calibration) {
        return Text.md(cutsIntro) + "\n\n" + Text.mdTable(OperatingPointsText.HEADER, cuts.rows) + "\n"
                + Text.md(calibration.sentence) + "\n\n" + Text.mdTable(ReliabilityText.HEADER, calibration.rows);
    }

    static String html(String cutsIntro, OperatingPointsText cuts, ReliabilityText calibration) {
        return "<p>" + Text.html(cutsIntro) + "</p>\n" + Text.htmlTable(OperatingPointsText.HEADER, cuts.rows)
                + "<p>" + Text.html(calibration.sentence) + "</p>\n"
                + Text.htmlTable(ReliabilityText.HEADER, calibration.rows);
    }
}
