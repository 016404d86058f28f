package dev.newsgraph.analysis.quote;

import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Dependency;
import dev.newsgraph.analysis.document.Sentence;
import dev.newsgraph.analysis.document.Token;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The candidate speakers of one quote, each with the features {@link SpeakerModel} scores: every
 * entity with a mention outside the quotes in the quote's sentences, the two sentences before
 * them and the one after, plus the rules' own choice and the speaker of the quote before. The
 * features describe the candidate's nearest mention (where, how far, what kind, its role in the
 * parse) and the entity (type, how often the article mentions it, whether the rules chose it).
 */
final class SpeakerCandidates {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "him", "her", "them",
            "his", "their", "it", "its", "you", "me", "us", "who");
    /** Platforms news names as where something was said ("wrote on Twitter"): a channel, not a speaker. */
    private static final Set<String> PLATFORMS = Set.of("twitter", "x", "facebook", "instagram", "telegram",
            "youtube", "tiktok", "truth social", "weibo", "wechat", "linkedin", "threads", "bluesky", "vkontakte");
    private static final java.util.regex.Pattern ON_BEFORE =
            java.util.regex.Pattern.compile("(?i)\\b(?:on|via|through)\\s+(?:the\\s+|his\\s+|her\\s+|its\\s+|their\\s+)?$");
    private static final int BEFORE = 2;
    private static final int AFTER = 1;

    /** One candidate: the entity's id and its features (name to value, most of them 0/1). */
    record Candidate(String entity, Map<String, Double> features) {
    }

    /** A mention with where it stands. */
    private record Place(Span span, Sentence sentence, int token, int head, int distance, boolean before,
                         boolean paragraphBreak) {
    }

    private SpeakerCandidates() {
    }

    /**
     * @param first           the sentence the quote starts in
     * @param ruleSpeaker     the entity id the rules chose, or null
     * @param previousSpeaker the entity id the rules chose for the quote before, or null
     */
    static List<Candidate> of(Document doc, Sentence first, QuoteMarks.Quoted q, List<QuoteMarks.Quoted> spans,
                              String ruleSpeaker, String previousSpeaker, SpeechVerbs verbs) {
        String text = doc.text();
        List<Sentence> all = doc.sentences();
        int firstIdx = indexOf(all, first);
        Sentence lastSentence = doc.sentenceAt(q.lastWordChar(text));
        int lastIdx = lastSentence == null ? firstIdx : Math.max(firstIdx, indexOf(all, lastSentence));
        int lo = Math.max(0, firstIdx - BEFORE);
        int hi = Math.min(all.size() - 1, lastIdx + AFTER);
        boolean verbInSentence = false;
        for (int k = firstIdx; k <= lastIdx; k++) {
            for (Token t : all.get(k).tokens()) {
                verbInSentence |= t.isVerb() && verbs.use(t.lemma()) != null && !QuoteMarks.inside(spans, t.start());
            }
        }
        boolean bare = bare(text, all.get(firstIdx), all.get(lastIdx), q);
        boolean startsParagraph = paragraphStart(text, Math.min(first.start(), q.start()));
        int ruleNone = ruleSpeaker == null ? 1 : 0;

        Map<String, Place> nearest = new LinkedHashMap<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, Set<String>> flags = new TreeMap<>();
        String mostMentioned = null;
        int most = 0;
        for (Entity e : doc.entities()) {
            if (e.type() == EntityType.PERSON && e.mentions().size() > most) {
                most = e.mentions().size();
                mostMentioned = e.id();
            }
            for (Span m : e.mentions()) {
                Sentence ms = doc.sentenceAt(m.start());
                if (ms == null) {
                    continue;
                }
                int si = indexOf(all, ms);
                if (si < lo || si > hi) {
                    continue;
                }
                if (m.start() >= q.start() && m.end() <= q.end()) {
                    flags.computeIfAbsent(e.id(), x -> new java.util.HashSet<>()).add("inside");
                    continue;
                }
                if (QuoteMarks.inside(spans, m.start())) {
                    continue;
                }
                if (PLATFORMS.contains(e.name().toLowerCase(Locale.ROOT))
                        && ON_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                    continue; // "writing on Twitter": where it was said, not who said it
                }
                int tok = ms.tokenAt(m.start());
                if (tok < 0) {
                    continue;
                }
                int head = headOf(ms, m, tok);
                boolean before = m.end() <= q.start();
                int distance = before ? tokensBetween(all, ms, tok, q.start(), true)
                        : tokensBetween(all, ms, tok, q.end(), false);
                int gapFrom = before ? m.end() : q.end();
                int gapTo = before ? q.start() : m.start(); // a mention that straddles a quote mark has no gap
                boolean br = gapFrom < gapTo && text.substring(gapFrom, gapTo).indexOf('\n') >= 0;
                Place p = new Place(m, ms, tok, head, distance, before, br);
                Place old = nearest.get(e.id());
                if (old == null || p.distance() < old.distance()) {
                    nearest.put(e.id(), p);
                }
                entities.put(e.id(), e);
                Set<String> f = flags.computeIfAbsent(e.id(), x -> new java.util.HashSet<>());
                int sd = si < firstIdx ? si - firstIdx : si > lastIdx ? si - lastIdx : 0;
                String role = role(ms, head, verbs);
                if (role != null) {
                    f.add(role + (sd == 0 ? ".same" : ".near"));
                }
                if (sd == 0 && adjacentToSpeechVerb(ms, tok, head, spans, verbs)) {
                    f.add("adjverb");
                }
                if (afterAccordingTo(text, ms, m)) {
                    f.add("according");
                }
            }
        }
        for (String extra : new String[] {ruleSpeaker, previousSpeaker}) {
            if (extra != null && !entities.containsKey(extra) && doc.entity(extra) != null) {
                entities.put(extra, doc.entity(extra));
            }
        }
        String nearestAny = null;
        String nearestPerson = null;
        String nearestBefore = null;
        int dAny = Integer.MAX_VALUE;
        int dPerson = Integer.MAX_VALUE;
        int dBefore = Integer.MAX_VALUE;
        for (Map.Entry<String, Place> en : nearest.entrySet()) {
            Place p = en.getValue();
            if (p.distance() < dAny) {
                dAny = p.distance();
                nearestAny = en.getKey();
            }
            if (entities.get(en.getKey()).type() == EntityType.PERSON && p.distance() < dPerson) {
                dPerson = p.distance();
                nearestPerson = en.getKey();
            }
            if (p.before() && p.distance() < dBefore) {
                dBefore = p.distance();
                nearestBefore = en.getKey();
            }
        }

        List<Candidate> out = new ArrayList<>();
        for (Entity e : entities.values()) {
            Map<String, Double> f = new TreeMap<>();
            Set<String> fl = flags.getOrDefault(e.id(), Set.of());
            boolean rule = e.id().equals(ruleSpeaker);
            boolean prev = e.id().equals(previousSpeaker);
            put(f, "rule", rule);
            put(f, "prev", prev);
            put(f, "prev&bare", prev && bare);
            put(f, "prev&rulenone", prev && ruleNone == 1);
            put(f, "prev&noverb", prev && !verbInSentence);
            put(f, "type." + e.type().name().toLowerCase(Locale.ROOT), true);
            put(f, "mentions", Math.log1p(e.mentions().size()) / 2);
            put(f, "mostmentioned", e.id().equals(mostMentioned));
            put(f, "inside", fl.contains("inside"));
            for (String x : fl) {
                if (!x.equals("inside")) {
                    put(f, x, true);
                    put(f, x + "&rulenone", ruleNone == 1);
                }
            }
            Place p = nearest.get(e.id());
            if (p == null) {
                put(f, "nomention", true);
            } else {
                int sd = sentenceDelta(all, p.sentence(), firstIdx, lastIdx);
                String where = sd == 0 ? "same" : "sent" + (sd > 0 ? "+" : "") + sd;
                put(f, where, true);
                put(f, where + (verbInSentence ? "&verb" : "&noverb"), true);
                put(f, where + "&rulenone", ruleNone == 1);
                if (sd != 0) {
                    put(f, where + (startsParagraph ? "&parastart" : "&midpara"), true);
                    put(f, where + "&bare", bare);
                }
                put(f, p.before() ? "before" : "after", true);
                put(f, (p.before() ? "before" : "after") + "&" + (sd == 0 ? "same" : "other"), true);
                put(f, "parabreak", p.paragraphBreak());
                put(f, "dist", Math.log1p(p.distance()) / 3);
                String kind = kind(p.sentence(), p.span(), p.token());
                put(f, "kind." + kind, true);
                put(f, "kind." + kind + "&" + e.type().name().toLowerCase(Locale.ROOT), true);
                put(f, "poss", possessive(p.sentence(), p.head()));
                put(f, "nearest", e.id().equals(nearestAny));
                put(f, "nearest&rulenone", e.id().equals(nearestAny) && ruleNone == 1);
                put(f, "nearestperson", e.id().equals(nearestPerson));
                put(f, "nearestperson&rulenone", e.id().equals(nearestPerson) && ruleNone == 1);
                put(f, "nearestbefore", e.id().equals(nearestBefore));
            }
            out.add(new Candidate(e.id(), f));
        }
        return out;
    }

    /**
     * Whether a candidate the rules chose is certain: the subject (or passive agent) of a speech verb in the
     * quote's own sentence, or the one a citing verb there cites ("the agency cited X as saying").
     */
    static boolean certain(Candidate c) {
        Map<String, Double> f = c.features();
        return f.containsKey("rule") && f.containsKey("same")
                && (f.containsKey("subj.speech.same") || f.containsKey("cited.same"));
    }

    private static void put(Map<String, Double> f, String name, boolean on) {
        if (on) {
            f.put(name, 1.0);
        }
    }

    private static void put(Map<String, Double> f, String name, double value) {
        if (value != 0) {
            f.put(name, value);
        }
    }

    private static int indexOf(List<Sentence> all, Sentence s) {
        if (s.index() >= 0 && s.index() < all.size() && all.get(s.index()) == s) {
            return s.index();
        }
        int k = all.indexOf(s);
        return Math.max(k, 0);
    }

    private static int sentenceDelta(List<Sentence> all, Sentence s, int firstIdx, int lastIdx) {
        int si = indexOf(all, s);
        return si < firstIdx ? si - firstIdx : si > lastIdx ? si - lastIdx : 0;
    }

    /** Whether nothing but punctuation stands beside the quote in its sentences. */
    private static boolean bare(String text, Sentence first, Sentence last, QuoteMarks.Quoted q) {
        String outside = text.substring(first.start(), Math.max(first.start(), Math.min(q.start(), last.end())))
                + text.substring(Math.min(last.end(), q.end()), last.end());
        return outside.replaceAll("[\\p{Punct}\\s\u201c\u201d\u2018\u2019]", "").length() < 3;
    }

    private static boolean paragraphStart(String text, int offset) {
        int k = offset - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n';
    }

    /** The mention's head token: the one whose governor lies outside the mention. */
    private static int headOf(Sentence s, Span m, int first) {
        List<Token> t = s.tokens();
        for (int k = first; k < t.size() && t.get(k).start() < m.end(); k++) {
            Dependency d = s.head(k);
            if (d == null || d.governor() < 0) {
                return k;
            }
            Token g = t.get(d.governor());
            if (g.start() < m.start() || g.start() >= m.end()) {
                return k;
            }
        }
        return first;
    }

    /** The mention's part in its clause: subject of a speech verb, of another verb, or a speech verb's object. */
    private static String role(Sentence s, int head, SpeechVerbs verbs) {
        Dependency d = s.head(head);
        if (d == null || d.governor() < 0) {
            return null;
        }
        String r = d.relation();
        Token g = s.tokens().get(d.governor());
        boolean speech = verbs.use(g.lemma()) != null;
        if (r.startsWith("nsubj") || r.equals("obl:agent")) {
            return speech ? "subj.speech" : "subj.other";
        }
        if (r.equals("appos") || r.equals("flat") || r.equals("compound")) {
            Dependency up = s.head(d.governor());
            if (up != null && up.governor() >= 0 && up.relation().startsWith("nsubj")) {
                return verbs.use(s.tokens().get(up.governor()).lemma()) != null ? "subj.speech" : "subj.other";
            }
        }
        if (speech && (r.equals("obj") || r.equals("iobj"))) {
            return verbs.use(g.lemma()) == SpeechVerbs.Use.CITES ? "cited" : "obj.speech";
        }
        if (r.startsWith("obl") || r.startsWith("nmod")) {
            return "oblique";
        }
        return null;
    }

    private static boolean adjacentToSpeechVerb(Sentence s, int tok, int head, List<QuoteMarks.Quoted> spans,
                                                SpeechVerbs verbs) {
        List<Token> t = s.tokens();
        for (int k = Math.max(0, tok - 2); k <= Math.min(t.size() - 1, head + 2); k++) {
            Token x = t.get(k);
            if (k != head && x.isVerb() && verbs.use(x.lemma()) != null && !QuoteMarks.inside(spans, x.start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean possessive(Sentence s, int head) {
        Token t = s.tokens().get(head);
        Dependency d = s.head(head);
        return t.pos().equals("PRP$") || d != null && d.relation().equals("nmod:poss");
    }

    private static boolean afterAccordingTo(String text, Sentence s, Span m) {
        int from = Math.max(s.start(), m.start() - 30);
        return text.substring(from, m.start()).toLowerCase(Locale.ROOT).matches("(?s).*\\baccording to\\s+(\\S+\\s+){0,2}");
    }

    private static String kind(Sentence s, Span m, int first) {
        List<Token> t = s.tokens();
        boolean proper = false;
        int n = 0;
        for (int k = first; k < t.size() && t.get(k).start() < m.end(); k++) {
            proper |= t.get(k).pos().startsWith("NNP");
            n++;
        }
        if (n == 1 && (t.get(first).pos().startsWith("PRP") || t.get(first).pos().startsWith("WP")
                || PRONOUNS.contains(t.get(first).text().toLowerCase(Locale.ROOT)))) {
            return "pronoun";
        }
        return proper ? "name" : "description";
    }

    /** Tokens between a mention and a quote boundary, across sentences. */
    private static int tokensBetween(List<Sentence> all, Sentence ms, int tok, int boundary, boolean before) {
        int n = 0;
        int si = indexOf(all, ms);
        if (before) {
            for (int k = si; k < all.size(); k++) {
                Sentence s = all.get(k);
                for (Token t : s.tokens()) {
                    if ((k > si || t.index() > tok) && t.end() <= boundary) {
                        n++;
                    }
                }
                if (s.end() >= boundary) {
                    break;
                }
            }
        } else {
            for (int k = si; k >= 0; k--) {
                Sentence s = all.get(k);
                for (Token t : s.tokens()) {
                    if ((k < si || t.index() < tok) && t.start() >= boundary) {
                        n++;
                    }
                }
                if (s.start() <= boundary) {
                    break;
                }
            }
        }
        return n;
    }
}
