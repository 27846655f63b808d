package io.mlgate.engine.drift;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.drift.data.ColumnValues;
import io.mlgate.engine.drift.data.MeasuredColumn;
import io.mlgate.engine.drift.data.Needs;
import io.mlgate.engine.drift.policy.DriftPolicy;

/** Which counts a reference column needs, for a run's decisions and for a reference saved for later runs. */
final class ReferenceNeeds {
    private ReferenceNeeds() {
    }

    static Needs.Counts of(Classifier.Decision d) {
        if (!d.tested()) {
            return Needs.Counts.NONE;
        }
        return d.kind() == ColumnKind.NUMERIC ? new Needs.Counts(true, false) : new Needs.Counts(false, true);
    }

    /**
     * A saved reference keeps what any later policy may ask for: a grid for every numeric column, value counts for
     * every boolean column and every text or integer column with at most {@value DriftPolicy#DEFAULT_MAX_CATEGORIES}
     * distinct values (HyperLogLog estimate).
     */
    static Needs forSaving() {
        return (c, s) -> new Needs.Counts(ColumnValues.numericType(c.type()),
                c.type() == io.mlgate.engine.api.ColumnType.BOOLEAN || ColumnValues.categoricalType(c.type())
                        && s.distinct() != null && s.distinct() <= DriftPolicy.DEFAULT_MAX_CATEGORIES);
    }

    /** Fails when a saved reference lacks the counts a decision needs. */
    static void checkSaved(MeasuredColumn c, Classifier.Decision d, String file) {
        if (!d.tested() || c.stats().nonNull() == 0) {
            return;
        }
        if (d.kind() == ColumnKind.NUMERIC && c.numeric() == null) {
            throw new BadInputException(file + ": the saved reference has no grid for column '" + c.name()
                    + "' (it was saved as categorical); set drift.columns." + c.name() + ".kind: categorical");
        }
        if (d.kind() == ColumnKind.CATEGORICAL && c.categories() == null) {
            throw new BadInputException(file + ": the saved reference has no value counts for column '" + c.name()
                    + "' (" + c.type().yamlName() + (c.stats().distinct() == null ? "" : ", about " + c.stats().distinct()
                    + " distinct values") + "); set drift.columns."
                    + c.name() + ".kind: numeric or compare against the raw reference data");
        }
    }
}
