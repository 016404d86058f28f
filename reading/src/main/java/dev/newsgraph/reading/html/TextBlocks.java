package dev.newsgraph.reading.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable blocks under an element, in document order: one per paragraph, heading, list item
 * or other block, each with its text (white space collapsed) and how much of it is link text.
 */
final class TextBlocks {
    static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
            "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead",
            "tfoot", "caption", "figure", "figcaption", "header", "footer", "aside", "nav", "address", "hr", "form",
            "fieldset", "center", "details", "summary", "body", "html", "noscript", "hgroup", "menu", "legend");

    /** One block: its text, the element that holds it, and its link characters. */
    record Block(String text, Element owner, int linkChars, boolean heading) {
        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile(" *\n[ \n]*");
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private Element owner;
    private int linkChars;
    private int linkDepth;

    private TextBlocks() {
    }

    static List<Block> of(Element root) {
        TextBlocks t = new TextBlocks();
        t.owner = root;
        t.walk(root);
        t.flush();
        return t.blocks;
    }

    /**
     * Walks the tree under {@code root} in document order without recursion (jsoup's traversal
     * keeps its place in the tree itself), so markup nested however deep costs no stack: a feed
     * item's HTML is not bounded the way a page is.
     */
    private void walk(Element root) {
        Deque<Element> owners = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node == root) {
                    return;
                }
                if (node instanceof TextNode tn) {
                    appendText(tn.getWholeText());
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        trimTrailingSpace();
                        current.append('\n');
                    } else if (BLOCK.contains(tag)) {
                        flush();
                        owners.push(owner);
                        owner = e;
                    } else if (tag.equals("a")) {
                        linkDepth++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == root || !(node instanceof Element e)) {
                    return;
                }
                String tag = e.normalName();
                if (BLOCK.contains(tag)) {
                    flush();
                    owner = owners.pop();
                } else if (tag.equals("a")) {
                    linkDepth--;
                }
            }
        }, root);
    }

    private void appendText(String s) {
        int before = current.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                if (current.length() > 0) {
                    char last = current.charAt(current.length() - 1);
                    if (last != ' ' && last != '\n') {
                        current.append(' ');
                    }
                }
            } else {
                current.append(c);
            }
        }
        if (linkDepth > 0) {
            linkChars += current.length() - before;
        }
    }

    private void trimTrailingSpace() {
        while (current.length() > 0 && current.charAt(current.length() - 1) == ' ') {
            current.setLength(current.length() - 1);
        }
    }

    private void flush() {
        String text = current.toString().strip();
        if (text.indexOf('\n') >= 0) {
            text = LINE_BREAKS.matcher(text).replaceAll("\n");
        }
        if (!text.isEmpty()) {
            String tag = owner.normalName();
            boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
            blocks.add(new Block(text, owner, Math.min(linkChars, text.length()), heading));
        }
        current.setLength(0);
        linkChars = 0;
    }
}
