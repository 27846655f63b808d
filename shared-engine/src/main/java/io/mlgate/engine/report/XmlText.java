package io.mlgate.engine.report;

/**
 * Text made safe for XML 1.0: characters XML cannot carry at all (most control characters, lone surrogates,
 * U+FFFE/U+FFFF) become U+FFFD; {@link #content} and {@link #attribute} also escape markup for element text and
 * double-quoted attribute values.
 */
final class XmlText {
    private static final char REPLACEMENT = '\uFFFD';

    private XmlText() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(ch).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD);
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(ok ? ch : REPLACEMENT);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Cleaned element text: {@code &}, {@code <}, {@code >} escaped, carriage returns as references. */
    static String content(String text) {
        return escape(clean(text), false);
    }

    /** A cleaned attribute value for double quotes; tabs and line breaks as references, so parsers keep them. */
    static String attribute(String text) {
        return escape(clean(text), true);
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
