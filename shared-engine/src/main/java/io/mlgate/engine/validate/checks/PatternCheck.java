package io.mlgate.engine.validate.checks;

import io.mlgate.engine.validate.CheckScope;

/**
 * Non-null values, as text, fully match a regular expression (RE2 syntax) or a named {@link TextFormat}.
 * A {@code date} format also requires a real calendar date (no February 30th).
 */
public final class PatternCheck extends ColumnValueCheck {
    private final String regex;
    private final TextFormat format;

    public PatternCheck(CheckHeader header, String column, String regex, TextFormat format, double minFraction) {
        super(header, column, minFraction);
        if ((regex == null) == (format == null)) {
            throw header.origin().error("give exactly one of regex or format");
        }
        if (regex != null) {
            try {
                java.util.regex.Pattern.compile(regex);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw header.origin().error("regex is not a valid regular expression: " + e.getDescription());
            }
        }
        this.regex = regex;
        this.format = format;
    }

    @Override
    protected String violation(CheckScope scope) {
        String pattern = regex != null ? regex : format.regex();
        String mismatch = "NOT " + scope.dialect().fullMatch(text(scope, column()), pattern);
        if (format == TextFormat.DATE) {
            return mismatch + " OR " + scope.dialect().tryDate(text(scope, column())) + " IS NULL";
        }
        return mismatch;
    }

    /** A match of NULL is NULL; the date format's {@code try_cast(…) IS NULL} is true on NULL, so it keeps its guard. */
    @Override
    protected boolean violatesOnlyConsideredRows() {
        return regex != null || format != TextFormat.DATE;
    }

    @Override
    protected String describeRule() {
        return regex != null ? "matching /" + regex + "/" : "valid " + format.name().toLowerCase(java.util.Locale.ROOT);
    }
}
