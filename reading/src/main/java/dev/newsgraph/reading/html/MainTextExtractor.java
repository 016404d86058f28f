package dev.newsgraph.reading.html;

import dev.newsgraph.model.Removal;
import dev.newsgraph.model.RemovalReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The story text of a parsed page. In the manner of Readability and trafilatura: drop what is
 * never text (scripts, forms' controls, hidden elements), cut blocks whose markup says they are
 * navigation, adverts, teasers, comments or captions, score the paragraphs and credit their
 * containers (length, commas, link density, class and id words), take the best container and its
 * like siblings, clean it conditionally, and fall back to all paragraphs or JSON-LD
 * {@code articleBody} when that finds too little. Not thread-safe per call (it edits the document).
 */
public final class MainTextExtractor {
    /**
     * White space holding a line break, as one paragraph break. Tried only where a run of white
     * space starts (the look-behind) and taken whole (possessive), so a long run of spaces is one
     * attempt rather than one per space.
     */
    private static final java.util.regex.Pattern PARAGRAPH_BREAK =
            java.util.regex.Pattern.compile("(?<!\\s)[^\\S\n]*+\n\\s*+");
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "canvas", "input", "button", "select", "textarea", "link", "meta", "map", "audio",
            "video", "source", "head", "title", "math", "dialog", "option", "label");
    private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> CONTAINER = Set.of("div", "section", "article", "main", "td", "blockquote",
            "center", "font", "span");
    private static final int MIN_TEXT = 250;

    private final BoilerplateLines lines;

    public MainTextExtractor(BoilerplateLines lines) {
        this.lines = lines;
    }

    public static MainTextExtractor create() {
        return new MainTextExtractor(BoilerplateLines.load());
    }

    /** The text found, paragraphs separated by a blank line, and the blocks cut with their reasons. */
    public record Extraction(String text, List<Removal> removed, String method) {
    }

    /**
     * Extracts the story from {@code body} (edited in place).
     *
     * @param title      the page's headline, not repeated in the text (may be null)
     * @param jsonLdBody the page's JSON-LD articleBody, or null
     */
    public Extraction extract(Element body, String title, String jsonLdBody) {
        return extract(body, title, null, jsonLdBody);
    }

    /** As {@link #extract(Element, String, String)}; a leading block that is the site's name is cut too. */
    public Extraction extract(Element body, String title, String siteName, String jsonLdBody) {
        return extract(body, title, siteName, null, jsonLdBody);
    }

    /** As above; a leading block that repeats the page's description, set apart from the story, is cut too. */
    public Extraction extract(Element body, String title, String siteName, String description, String jsonLdBody) {
        String site = siteName == null ? null : norm(siteName);
        String dek = description == null ? null : norm(description);
        Removals removed = new Removals();
        if (body == null) {
            return new Extraction(jsonLdBody == null ? "" : jsonLdBody.strip(), List.of(), "none");
        }
        dropNeverText(body, removed);
        Stats stats = Stats.of(body);
        int total = stats.text(body);
        cutBoilerplate(body, stats, total, removed);
        stats = Stats.of(body);

        List<Element> chosen = chooseContent(body, stats);
        List<TextBlocks.Block> blocks = new ArrayList<>();
        for (Element e : chosen) {
            cleanConditionally(e, stats, removed);
            blocks.addAll(TextBlocks.of(e));
        }
        String text = render(blocks, title, site, dek, removed);
        String method = "scored";
        recordOutside(body, chosen, removed);
        if (text.length() < MIN_TEXT) {
            String all = render(paragraphs(body), title, site, dek, new Removals());
            if (all.length() > text.length() * 2) {
                text = all;
                method = "paragraphs";
            }
        }
        if (jsonLdBody != null) {
            String ld = jsonLdBody.strip();
            if (ld.length() > MIN_TEXT && ld.length() > text.length() * 1.5 && !truncated(ld)) {
                text = PARAGRAPH_BREAK.matcher(ld).replaceAll("\n\n");
                method = "json-ld";
            }
        }
        return new Extraction(text, removed.largest(), method);
    }

    /** Text left outside the chosen content: page furniture, kept in the removals. */
    private static void recordOutside(Element body, List<Element> chosen, Removals removed) {
        if (chosen.size() == 1 && chosen.get(0) == body) {
            return;
        }
        java.util.Set<Element> inside = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        inside.addAll(chosen);
        for (TextBlocks.Block b : TextBlocks.of(body)) {
            if (b.text().length() < 20) {
                continue;
            }
            boolean in = false;
            for (Element e = b.owner(); e != null && e != body; e = e.parent()) {
                if (inside.contains(e)) {
                    in = true;
                    break;
                }
            }
            if (!in) {
                removed.add(b.text(), b.linkDensity() > 0.5 ? RemovalReason.NAVIGATION : RemovalReason.BOILERPLATE);
            }
        }
    }

    private static boolean truncated(String s) {
        return s.endsWith("...") || s.endsWith("\u2026") || s.endsWith("[&#8230;]");
    }

    private static void dropNeverText(Element body, Removals removed) {
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (NEVER_TEXT.contains(tag)) {
                drop.add(e);
            } else if (e.hasAttr("hidden") || hiddenStyle(e.attr("style"))
                    || "true".equals(e.attr("aria-hidden")) && !e.normalName().equals("body")) {
                removed.add(e.text(), RemovalReason.OTHER);
                drop.add(e);
            }
        }
        for (Element e : drop) {
            e.remove();
        }
    }

    private static boolean hiddenStyle(String style) {
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static void cutBoilerplate(Element e, Stats stats, int total, Removals removed) {
        for (Element child : new ArrayList<>(e.children())) {
            RemovalReason r = BlockSignals.boilerplate(child);
            int len = stats.text(child);
            boolean story = r != RemovalReason.COMMENTS && stats.longParagraphs(child) >= 2;
            if (r != null && !story && (len < total * 0.4 || r == RemovalReason.COMMENTS && len < total * 0.8)
                    && !containsStrongContent(child)) {
                if (len > 0) {
                    removed.add(child.text(), r);
                }
                child.remove();
            } else {
                cutBoilerplate(child, stats, total, removed);
            }
        }
    }

    private static boolean containsStrongContent(Element e) {
        return !e.select("[itemprop=articleBody], [property=articleBody]").isEmpty();
    }

    /** Readability's scoring: paragraphs credit their parent, grandparent and further ancestors. */
    private List<Element> chooseContent(Element body, Stats stats) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            boolean scored = SCORED.contains(tag) || CONTAINER.contains(tag) && stats.ownText(e) >= 25;
            if (!scored) {
                continue;
            }
            int len = SCORED.contains(tag) ? stats.text(e) : stats.ownText(e);
            if (len < 25) {
                continue;
            }
            double score = 1 + stats.commas(e) + Math.min(len / 100, 3);
            Element a = e.parent();
            for (int level = 0; a != null && level < 5; level++, a = a.parent()) {
                double[] s = scores.get(a);
                if (s == null) {
                    s = new double[]{initial(a)};
                    scores.put(a, s);
                    candidates.add(a);
                }
                s[0] += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
            }
        }
        if (candidates.isEmpty()) {
            return List.of(body);
        }
        Element top = null;
        double topScore = Double.NEGATIVE_INFINITY;
        for (Element c : candidates) {
            double s = scores.get(c)[0] * (1 - stats.linkDensity(c));
            scores.get(c)[0] = s;
            if (s > topScore) {
                topScore = s;
                top = c;
            }
        }
        // Several strong candidates under one ancestor: the story is split; take the ancestor.
        final Element best = top;
        List<Element> alternatives = candidates.stream()
                .filter(c -> c != best && scores.get(c)[0] >= 0.75 * scores.get(best)[0])
                .sorted(Comparator.comparingDouble(c -> -scores.get(c)[0])).limit(5).toList();
        if (alternatives.size() >= 3) {
            Element p = top.parent();
            while (p != null && p != body) {
                int contained = 0;
                for (Element alt : alternatives) {
                    if (isAncestor(p, alt)) {
                        contained++;
                    }
                }
                if (contained >= 3) {
                    top = p;
                    break;
                }
                p = p.parent();
            }
        }
        while (top.parent() != null && top != body && top.parent().childrenSize() == 1
                && top.parent() != body) {
            top = top.parent();
        }
        if (top == body || top.parent() == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, scoreOf(scores, top) * 0.2);
        List<Element> chosen = new ArrayList<>();
        for (Element sib : top.parent().children()) {
            if (sib == top) {
                chosen.add(sib);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sib.className())
                    ? scoreOf(scores, top) * 0.2 : 0;
            if (scores.containsKey(sib) && scoreOf(scores, sib) + bonus >= threshold) {
                chosen.add(sib);
            } else if (stats.longParagraphs(sib) >= 2 && stats.linkDensity(sib) < 0.3
                    || stats.longParagraphs(sib) >= 1 && stats.linkDensity(sib) < 0.2
                    && sib.normalName().equals(top.normalName())) {
                chosen.add(sib);
            } else if (sib.normalName().equals("p") || CONTAINER.contains(sib.normalName())
                    && stats.text(sib) > 0 && stats.ownText(sib) >= stats.text(sib) * 0.9) {
                int len = stats.text(sib);
                double ld = stats.linkDensity(sib);
                String t = sib.text();
                if (len > 80 && ld < 0.25 || len > 0 && len <= 80 && ld == 0 && t.matches(".*\\.( |$).*")) {
                    chosen.add(sib);
                }
            }
        }
        return withRepeatedChunks(top.parent(), chosen, stats, body);
    }

    /**
     * A story cut into repeated rows (the same wrapper class, side rails between): the rows like
     * the one that holds the best container, and holding story paragraphs, join it in order.
     */
    private static List<Element> withRepeatedChunks(Element row, List<Element> chosen, Stats stats, Element body) {
        Element grand = row.parent();
        if (row.className().isBlank() || grand == null || row == body || grand.childrenSize() < 2) {
            return chosen;
        }
        List<Element> out = new ArrayList<>();
        boolean added = false;
        for (Element u : grand.children()) {
            if (u == row) {
                out.addAll(chosen);
            } else if (u.className().equals(row.className()) && stats.longParagraphs(u) >= 1
                    && stats.linkDensity(u) < 0.3) {
                out.add(u);
                added = true;
            }
        }
        return added ? out : chosen;
    }

    private static double scoreOf(Map<Element, double[]> scores, Element e) {
        double[] s = scores.get(e);
        return s == null ? 0 : s[0];
    }

    private static boolean isAncestor(Element a, Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    private static double initial(Element e) {
        double s;
        switch (e.normalName()) {
            case "div", "article", "main", "section" -> s = 5;
            case "pre", "td", "blockquote" -> s = 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> s = -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> s = -5;
            default -> s = 0;
        }
        return s + BlockSignals.classWeight(e);
    }

    /** Readability's conditional cleaning of containers inside the chosen content. */
    private static void cleanConditionally(Element root, Stats stats, Removals removed) {
        List<Element> all = root.select("div, section, table, ul, ol, dl, form, aside");
        int rootText = stats.text(root);
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            if (e == root || e.parent() == null || !isAncestor(root, e)) {
                continue;
            }
            int len = stats.text(e);
            if (len == 0) {
                continue;
            }
            double ld = stats.linkDensity(e);
            int weight = BlockSignals.classWeight(e);
            String tag = e.normalName();
            boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
            int commas = stats.commas(e);
            if (commas >= 10 && ld < 0.5) {
                continue;
            }
            int p = e.getElementsByTag("p").size();
            int li = e.getElementsByTag("li").size() - 100;
            int inputs = e.getElementsByTag("input").size();
            boolean remove = weight < 0
                    || !list && li > p
                    || inputs > p / 3 + 1
                    || weight < 25 && ld > 0.33 && len < 1000 && e.getElementsByTag("blockquote").isEmpty()
                    || ld > 0.5;
            if (list && ld > 0.5 && len < 1000) {
                remove = true;
            } else if (list) {
                remove = remove && ld > 0.5;
            }
            if (remove && len > rootText / 2 && ld <= 0.5) {
                remove = false;
            }
            if (remove) {
                removed.add(e.text(), ld > 0.5 ? RemovalReason.TEASER : RemovalReason.BOILERPLATE);
                e.remove();
            }
        }
    }

    /** All paragraph-like blocks of the page that are not mostly links: the fallback. */
    private static List<TextBlocks.Block> paragraphs(Element body) {
        List<TextBlocks.Block> out = new ArrayList<>();
        for (TextBlocks.Block b : TextBlocks.of(body)) {
            if (b.linkDensity() < 0.5 && (b.text().length() >= 40 || b.heading())) {
                out.add(b);
            }
        }
        return out;
    }

    private String render(List<TextBlocks.Block> blocks, String title, String site, String dek, Removals removed) {
        String normTitle = title == null ? null : norm(title);
        StringBuilder out = new StringBuilder();
        int index = 0;
        boolean ended = false;
        Element endedIn = null;
        java.util.Set<String> storyContainers = new java.util.HashSet<>();
        for (TextBlocks.Block b : blocks) {
            index++;
            String t = b.text();
            Element container = b.owner().parent();
            String signature = container == null ? "" : container.normalName() + "." + container.className();
            if (ended && container != null && container != endedIn && storyContainers.contains(signature)
                    && b.linkDensity() < 0.3 && !lines.endsStory(t)) {
                ended = false; // the story goes on after an inline teaser box
            }
            if (ended) {
                removed.add(t, RemovalReason.TEASER);
                continue;
            }
            if (index <= 5 && normTitle != null && (norm(t).equals(normTitle)
                    || b.heading() && normTitle.contains(norm(t)) && t.length() > 20)) {
                removed.add(t, RemovalReason.OTHER);
                continue;
            }
            if (dek != null && out.length() == 0 && index < blocks.size() && norm(t).equals(dek)
                    && b.owner().parent() != blocks.get(index).owner().parent()) {
                removed.add(t, RemovalReason.OTHER);
                continue;
            }
            if (index <= 3 && out.length() == 0 && norm(t).equals(site)) {
                removed.add(t, RemovalReason.BOILERPLATE);
                continue;
            }
            if (out.length() >= 300 && lines.endsStory(t)) {
                ended = true;
                endedIn = container;
                removed.add(t, RemovalReason.TEASER);
                continue;
            }
            RemovalReason r = lines.reason(t);
            if (r != null) {
                removed.add(t, r);
                continue;
            }
            if (b.linkDensity() > 0.6 && t.length() < 300) {
                removed.add(t, RemovalReason.TEASER);
                continue;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(t);
            storyContainers.add(signature);
        }
        return out.toString();
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Text, own text, link text and comma counts per element, computed once bottom-up. */
    static final class Stats {
        private final Map<Element, int[]> map = new IdentityHashMap<>();

        static Stats of(Element root) {
            Stats s = new Stats();
            s.count(root, false);
            return s;
        }

        /** Returns {text, links, commas, own} of e. */
        private int[] count(Element e, boolean inLink) {
            int[] c = new int[5];
            boolean link = inLink || e.normalName().equals("a");
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode tn) {
                    String s = tn.getWholeText();
                    int len = 0;
                    int commas = 0;
                    for (int i = 0; i < s.length(); i++) {
                        char ch = s.charAt(i);
                        if (!Character.isWhitespace(ch)) {
                            len++;
                            if (ch == ',' || ch == '\uff0c' || ch == '\u3001' || ch == '\u060c') {
                                commas++;
                            }
                        }
                    }
                    c[0] += len;
                    c[2] += commas;
                    c[3] += len;
                    if (link) {
                        c[1] += len;
                    }
                } else if (n instanceof Element child) {
                    int[] cc = count(child, link);
                    c[0] += cc[0];
                    c[1] += cc[1];
                    c[2] += cc[2];
                    c[4] += cc[4];
                    if (!TextBlocks.BLOCK.contains(child.normalName())) {
                        c[3] += cc[0];
                    }
                }
            }
            if (e.normalName().equals("p") && c[0] >= 150 && c[1] < c[0] / 5) {
                c[4]++;
            }
            map.put(e, c);
            return c;
        }

        private int[] get(Element e) {
            int[] c = map.get(e);
            return c == null ? new int[5] : c;
        }

        int text(Element e) {
            return get(e)[0];
        }

        /** Paragraphs of 150 characters or more that are not mostly links. */
        int longParagraphs(Element e) {
            return get(e)[4];
        }

        int ownText(Element e) {
            return get(e)[3];
        }

        int commas(Element e) {
            return get(e)[2];
        }

        double linkDensity(Element e) {
            int[] c = get(e);
            return c[0] == 0 ? 0 : (double) c[1] / c[0];
        }
    }

    /** The removed blocks, kept bounded: the 50 largest, each clipped. */
    static final class Removals {
        private static final int MAX = 50;
        private static final int CLIP = 500;
        private final List<Removal> all = new ArrayList<>();

        void add(String text, RemovalReason reason) {
            String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
            if (t.isEmpty()) {
                return;
            }
            all.add(new Removal(t.length() > CLIP ? t.substring(0, CLIP) + "\u2026" : t, reason));
        }

        List<Removal> largest() {
            if (all.size() <= MAX) {
                return List.copyOf(all);
            }
            List<Removal> sorted = new ArrayList<>(all);
            sorted.sort(Comparator.comparingInt((Removal r) -> -r.text().length()));
            return List.copyOf(sorted.subList(0, MAX));
        }
    }
}
