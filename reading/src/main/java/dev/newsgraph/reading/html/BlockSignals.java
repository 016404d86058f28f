package dev.newsgraph.reading.html;

import dev.newsgraph.model.RemovalReason;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, class, id, role and itemprop say about it: boilerplate of which kind,
 * or likely story content. Site-independent word lists, matched on whole name parts
 * ({@code related-posts} matches {@code related}; {@code header} does not match {@code ad}).
 */
final class BlockSignals {
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");

    private BlockSignals() {
    }

    /** The words of an element's class, id, role and itemprop, lower case, split on punctuation and camelCase. */
    static String[] words(Element e) {
        String raw = e.className() + " " + e.id() + " " + e.attr("role") + " " + e.attr("itemprop");
        if (raw.isBlank()) {
            return new String[0];
        }
        raw = CAMEL.matcher(raw).replaceAll(" ").toLowerCase(Locale.ROOT);
        return SPLIT.split(raw.strip());
    }

    /** The reason an element is boilerplate by its markup alone, or null. */
    static RemovalReason boilerplate(Element e) {
        switch (e.normalName()) {
            case "nav":
                return RemovalReason.NAVIGATION;
            case "footer":
                return RemovalReason.BOILERPLATE;
            case "aside":
                return RemovalReason.TEASER;
            case "figcaption":
                return RemovalReason.CAPTION;
            case "header":
                return RemovalReason.NAVIGATION;
            default:
                break;
        }
        String[] words = words(e);
        if (words.length == 0) {
            return null;
        }
        if (positive(words)) {
            return null;
        }
        for (String w : words) {
            RemovalReason r = reason(w);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    static boolean positive(String[] words) {
        for (String w : words) {
            switch (w) {
                case "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text",
                     "blog", "hentry", "prose", "copy", "richtext", "paragraph", "embed", "embedded", "tweet" -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    static RemovalReason reason(String w) {
        switch (w) {
            case "comment", "comments", "disqus", "respond", "reply", "replies", "discussion":
                return RemovalReason.COMMENTS;
            case "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "masthead", "topbar",
                 "pagination", "pager", "skip", "toc", "dropdown", "megamenu", "header", "navigation-bar":
                return RemovalReason.NAVIGATION;
            case "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsor", "sponsored",
                 "dfp", "adslot", "adunit", "gpt", "banner", "commercial", "doubleclick", "adsense":
                return RemovalReason.ADVERT;
            case "related", "recommended", "recommendations", "trending", "popular", "mostread", "most",
                 "outbrain", "taboola", "teaser", "teasers", "more", "next", "prev", "previous", "also",
                 "readmore", "recirculation", "recirc", "promo", "sidebar", "widget", "widgets", "rail":
                return RemovalReason.TEASER;
            case "caption", "captions", "credit", "credits", "figcaption":
                return RemovalReason.CAPTION;
            case "share", "sharing", "social", "sociallinks", "newsletter", "subscribe", "subscription",
                 "signup", "footer", "cookie", "cookies", "consent", "gdpr", "popup", "modal", "overlay",
                 "tags", "tag", "tagcloud", "toolbar", "print", "login", "register", "paywall", "byline",
                 "author", "bio", "disclaimer", "copyright", "meta", "metadata", "dateline", "timestamp",
                 "date", "follow",
                 "sr", "visually", "offscreen", "screenreader":
                return RemovalReason.BOILERPLATE;
            default:
                return null;
        }
    }

    /** Readability-style weight of an element's class and id: -25 boilerplate, +25 content. */
    static int classWeight(Element e) {
        String[] words = words(e);
        int w = 0;
        boolean pos = false;
        boolean neg = false;
        for (String s : words) {
            if (!pos && positive(new String[]{s})) {
                pos = true;
            }
            if (!neg && reason(s) != null) {
                neg = true;
            }
        }
        if (pos) {
            w += 25;
        }
        if (neg) {
            w -= 25;
        }
        return w;
    }
}
