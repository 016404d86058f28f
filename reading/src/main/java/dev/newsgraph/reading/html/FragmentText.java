package dev.newsgraph.reading.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/** A snippet of HTML (a feed item's description) to plain text, paragraphs separated by a blank line. */
public final class FragmentText {
    private FragmentText() {
    }

    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip();
        }
        org.jsoup.nodes.Element body = Jsoup.parseBodyFragment(html).body();
        body.select("script, style, noscript, iframe, object, embed, svg, form").remove();
        List<String> out = new ArrayList<>();
        for (TextBlocks.Block b : TextBlocks.of(body)) {
            out.add(b.text());
        }
        return String.join("\n\n", out);
    }
}
