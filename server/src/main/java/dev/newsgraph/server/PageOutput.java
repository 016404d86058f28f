package dev.newsgraph.server;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;

/**
 * The templates' output: jte's context-aware HTML output, escaping every value more strictly than
 * its default in element content and quoted attributes ({@code < > & " ' `}, control characters
 * other than line breaks and tabs as spaces), so that a value is inert wherever a template puts
 * it, even in an attribute whose quotes a later edit drops. URL attributes ({@code href},
 * {@code src}, ...) and event-handler attributes stay with jte's own handling, which also refuses
 * {@code javascript:} URLs.
 */
final class PageOutput extends OwaspHtmlTemplateOutput {
    private final TemplateOutput out;
    private String tag;
    private String attribute;

    PageOutput(TemplateOutput out) {
        super(out);
        this.out = out;
    }

    @Override
    public void setContext(String tagName, String attributeName) {
        super.setContext(tagName, attributeName);
        this.tag = tagName;
        this.attribute = attributeName;
    }

    @Override
    public void writeUserContent(String value) {
        if (value == null) {
            return;
        }
        if (tag != null && attribute != null && engineHandles(attribute)) {
            super.writeUserContent(value);
        } else {
            out.writeContent(escape(value));
        }
    }

    private static boolean engineHandles(String attribute) {
        String a = attribute.toLowerCase(java.util.Locale.ROOT);
        return a.equals("href") || a.equals("src") || a.equals("action") || a.equals("formaction") || a.equals("srcdoc")
                || a.startsWith("on");
    }

    /** Text safe in element content and in quoted attribute values. */
    static String escape(String s) {
        int i = 0;
        while (i < s.length() && !special(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '`' -> b.append("&#96;");
                default -> b.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? ' ' : c);
            }
        }
        return b.toString();
    }

    private static boolean special(char c) {
        return c == '<' || c == '>' || c == '&' || c == '"' || c == '\'' || c == '`' || c < 0x20 && c != '\n' && c != '\t' && c != '\r';
    }
}
