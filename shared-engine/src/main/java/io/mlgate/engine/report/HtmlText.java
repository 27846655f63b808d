package io.mlgate.engine.report;

/** Escaping of user text for HTML and SVG element content and quoted attribute values. */
public final class HtmlText {
    private HtmlText() {
    }

    /** {@code text} with {@code & < > " '} as entities and control characters other than tab and newline dropped. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (ch == '\t' || ch == '\n' || !Character.isISOControl(ch)) {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }
}
