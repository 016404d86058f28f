package dev.newsgraph.reading.cleaning;

import dev.newsgraph.model.Removal;
import dev.newsgraph.model.RemovalReason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Cuts what is not the story from an article's text. Never empties an article: a text of one
 * sentence stays. Thread-safe.
 *
 * <p>The body is read line by line (a line is a paragraph). Lines are judged by signals, not by
 * a list of known texts: where the line sits (before the story starts, after it ends, or inside
 * it), its shape (a sentence with a verb and final punctuation, or a short label in title case),
 * its topical overlap with the headline and with the rest of the story (stemmed content words
 * and names), and a few cue patterns ({@code cues.tsv}) that only count for short lines in the
 * right place. From the top, lines are cut while they are not yet the story (navigation, bylines,
 * dates, teasers of other stories); from the bottom, while they are footers or teasers; a
 * comments header in the second half cuts itself and everything after it; inside the story only
 * a short line with a cue (advert, caption, "Related:" link) goes. A line of real prose is never
 * cut, and when in doubt a line stays.
 */
public final class StoryCleaner {
    /** A teaser shares no headline word and at most this share of its words with the rest. */
    private static final double TEASER_MAX_OVERLAP = 0.2;
    /** The rest of the story must have at least this many content words to judge overlap on. */
    private static final int MIN_STORY_WORDS = 25;
    private static final int HEAD_SCAN = 6;
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\(?[\\p{Lu}][\\p{Lu}\\p{L} .,/'’-]{1,60}\\)?\\s*)?(\\([^)]{2,40}\\)\\s*)?[-–—]{1,2}\\s.*");
    /**
     * A dateline on a line of its own, the place in capitals, maybe a date, and the agency, then a dash
     * ("NAIROBI, August 21 (Wire) --"): the story's first words, split from its lead by a line break.
     */
    private static final Pattern DATELINE_ALONE = Pattern.compile(
            "^\\p{Lu}{2,}[\\p{L}\\d .,/'’-]{0,60}\\(\\p{Lu}[^()]{0,40}\\)\\s*[-–—]{1,2}\\s*$");
    /** Items of a list run on in one line ("- Erlij, 48 - Mendoza, 48"): a list, not a headline. */
    private static final Pattern LIST_ITEM = Pattern.compile("(^|\\s)[-–—•*;]\\s");
    /** A sentence ending inside the line: a headline has none. */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("([!?]|\\p{Ll}{2}\\.)[\"”’)]*\\s+\\S");
    private static final Pattern URL_ONLY = Pattern.compile("(https?://|www\\.)\\S+");

    private final CleaningLexicon lexicon;

    /** A cleaner with the shipped lexicon. */
    public StoryCleaner() {
        this(CleaningLexicon.defaults());
    }

    public StoryCleaner(CleaningLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A cleaner with the shipped lexicon. */
    public static StoryCleaner create() {
        return new StoryCleaner();
    }

    /** The cleaned text and what was cut from it. */
    public record Cleaned(String text, List<Removal> removed) {
    }

    /**
     * @param title the headline, or null; used as a topical signal
     * @param text  the body, paragraphs separated by line breaks
     */
    public Cleaned clean(String title, String text) {
        if (text == null || text.isBlank()) {
            return new Cleaned(text == null ? "" : text.strip(), List.of());
        }
        String body = text.replace("\r\n", "\n").replace('\r', '\n');
        List<Paragraph> lines = Paragraph.split(body, lexicon);
        Set<String> titleWords = Paragraph.contentOf(title, lexicon);
        Map<Integer, RemovalReason> cut = new TreeMap<>();

        if (lines.size() > 1) {
            cutComments(lines, cut);
            KeptWords kept = new KeptWords(lines, cut);
            cutHead(lines, titleWords, title != null, cut, kept);
            cutTail(lines, titleWords, title != null, cut, kept);
            cutInside(lines, cut);
            if (lines.stream().noneMatch(p -> !cut.containsKey(p.index()) && (p.endsSentence() || p.hasVerb()))) {
                cut.clear();
            }
        }
        return assemble(body, lines, cut);
    }

    /** A comments header in the second half: it and everything after it are readers' comments. */
    private void cutComments(List<Paragraph> lines, Map<Integer, RemovalReason> cut) {
        for (int i = Math.max(1, lines.size() / 2); i < lines.size(); i++) {
            Paragraph p = lines.get(i);
            RemovalReason r = cue(p, Cue.Zone.TAIL);
            if (r == RemovalReason.COMMENTS) {
                for (int j = i; j < lines.size(); j++) {
                    RemovalReason own = cue(lines.get(j), Cue.Zone.TAIL);
                    cut.put(j, own != null ? own : RemovalReason.COMMENTS);
                }
                return;
            }
        }
    }

    /** From the top, lines are cut while the story has not started. */
    private void cutHead(List<Paragraph> lines, Set<String> titleWords, boolean hasTitle,
                         Map<Integer, RemovalReason> cut, KeptWords kept) {
        for (int i = 0; i < Math.min(HEAD_SCAN, lines.size()); i++) {
            if (cut.containsKey(i)) {
                break;
            }
            Paragraph p = lines.get(i);
            if (DATELINE.matcher(p.text()).matches() && p.words() > 6
                    || DATELINE_ALONE.matcher(p.text().strip()).matches()) {
                break;
            }
            RemovalReason r = CorrectionNote.isWhole(p.text()) ? RemovalReason.OTHER : cue(p, Cue.Zone.HEAD);
            if (r == null && teaser(p, titleWords, hasTitle, kept)) {
                r = RemovalReason.TEASER;
            }
            if (r == null) {
                r = label(p, titleWords, kept);
            }
            if (r == null) {
                break;
            }
            cut.put(i, r);
            kept.remove(p);
        }
    }

    /** From the bottom, lines are cut while they are footers or other stories' headlines. */
    private void cutTail(List<Paragraph> lines, Set<String> titleWords, boolean hasTitle,
                         Map<Integer, RemovalReason> cut, KeptWords kept) {
        int last = lines.size() - 1;
        while (last >= 0 && cut.containsKey(last)) {
            last--;
        }
        for (int i = last; i > 0; i--) {
            if (cut.containsKey(i)) {
                break;
            }
            Paragraph p = lines.get(i);
            RemovalReason r = CorrectionNote.isWhole(p.text()) ? RemovalReason.OTHER : cue(p, Cue.Zone.TAIL);
            if (r == null && !p.endsSentence() && !INNER_SENTENCE_END.matcher(p.text()).find()
                    && teaser(p, titleWords, hasTitle, kept)) {
                r = RemovalReason.TEASER;
            }
            if (r == null) {
                r = label(p, titleWords, kept);
            }
            if (r == null) {
                break;
            }
            cut.put(i, r);
            kept.remove(p);
        }
    }

    /** Inside the story only short lines with a cue that counts anywhere (adverts, captions, links). */
    private void cutInside(List<Paragraph> lines, Map<Integer, RemovalReason> cut) {
        for (Paragraph p : lines) {
            if (!cut.containsKey(p.index())) {
                RemovalReason r = cue(p, Cue.Zone.ANY);
                if (r != null && r != RemovalReason.COMMENTS) {
                    cut.put(p.index(), r);
                }
            }
        }
    }

    /** The reason of the first cue the line matches in that zone, or null. Prose never matches. */
    private RemovalReason cue(Paragraph p, Cue.Zone zone) {
        if (p.isProse()) {
            return null;
        }
        for (Cue c : lexicon.cues()) {
            if (c.matches(p.text(), p.words(), zone)) {
                return c.reason();
            }
        }
        return null;
    }

    /**
     * A label rather than a sentence, off the story's topic: a menu (words between separators),
     * a bare link, a date line, or a short verbless line without final punctuation that shares
     * no word with the headline and little with the story.
     */
    private RemovalReason label(Paragraph p, Set<String> titleWords, KeptWords rest) {
        if (p.isProse() || p.endsSentence()) {
            return null;
        }
        if (p.separators() >= 2 && p.words() <= 20 && !p.hasVerb()) {
            return RemovalReason.NAVIGATION;
        }
        if (p.words() <= 3 && URL_ONLY.matcher(p.text()).find()) {
            return RemovalReason.BOILERPLATE;
        }
        if (p.words() > 10 || p.hasVerb()) {
            return null;
        }
        if (p.content().isEmpty()) {
            return p.words() <= 8 ? RemovalReason.BOILERPLATE : null;
        }
        if (rest.sizeWithout(p) < MIN_STORY_WORDS || shares(p.content(), titleWords) > 0
                || rest.sharedWith(p, p.names()) > 0) {
            return null;
        }
        return rest.overlap(p) <= TEASER_MAX_OVERLAP ? RemovalReason.BOILERPLATE : null;
    }

    /**
     * Another story's headline or standfirst: short, shares no word with the headline, no name
     * and at most a fifth of its words with the rest of the story.
     */
    private boolean teaser(Paragraph p, Set<String> titleWords, boolean hasTitle, KeptWords rest) {
        if (p.isProse() || p.words() < 4 || p.sentences() > 2 || p.content().size() < 3
                || p.anaphoric() || LIST_ITEM.matcher(p.text()).results().count() >= 2) {
            return false;
        }
        if (rest.sizeWithout(p) < MIN_STORY_WORDS) {
            return false;
        }
        if (shares(p.content(), titleWords) > 0 || rest.sharedWith(p, p.names()) > 0) {
            return false;
        }
        double limit = hasTitle ? TEASER_MAX_OVERLAP : TEASER_MAX_OVERLAP / 2;
        return rest.overlap(p) <= limit;
    }

    /**
     * The content words of the lines still in the story, each with the number of lines that hold
     * it, kept up to date as lines are cut: "the rest of the story but this line" is then read off
     * in the time of the line's own words. Rebuilding that rest for every line judged made
     * cleaning quadratic in the number of lines (thousands of short label lines).
     */
    private static final class KeptWords {
        private final Map<String, Integer> lines = new HashMap<>();

        KeptWords(List<Paragraph> all, Map<Integer, RemovalReason> cut) {
            for (Paragraph q : all) {
                if (!cut.containsKey(q.index())) {
                    for (String w : q.content()) {
                        lines.merge(w, 1, Integer::sum);
                    }
                }
            }
        }

        /** A line is cut: its words leave the story. */
        void remove(Paragraph p) {
            for (String w : p.content()) {
                lines.computeIfPresent(w, (k, n) -> n == 1 ? null : n - 1);
            }
        }

        /** Whether a word is in a kept line other than {@code p} (itself kept). */
        private boolean elsewhere(Paragraph p, String w) {
            return lines.getOrDefault(w, 0) - (p.content().contains(w) ? 1 : 0) > 0;
        }

        /** How many distinct words the kept lines other than {@code p} hold. */
        int sizeWithout(Paragraph p) {
            int n = lines.size();
            for (String w : p.content()) {
                if (lines.getOrDefault(w, 0) == 1) {
                    n--;
                }
            }
            return n;
        }

        /** How many of {@code words} the kept lines other than {@code p} hold. */
        int sharedWith(Paragraph p, Set<String> words) {
            int n = 0;
            for (String w : words) {
                if (elsewhere(p, w)) {
                    n++;
                }
            }
            return n;
        }

        /** The share of {@code p}'s words that the rest of the story holds. */
        double overlap(Paragraph p) {
            return p.content().isEmpty() ? 0 : sharedWith(p, p.content()) / (double) p.content().size();
        }
    }

    private static int shares(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) {
                n++;
            }
        }
        return n;
    }

    /** The body without the cut lines (and without a leading correction note), and the removals. */
    private static Cleaned assemble(String body, List<Paragraph> lines, Map<Integer, RemovalReason> cut) {
        List<Removal> removed = new ArrayList<>();
        StringBuilder out = new StringBuilder(body.length());
        boolean first = true;
        int lastKept = -1;
        for (Paragraph p : lines) {
            if (!cut.containsKey(p.index())) {
                lastKept = p.index();
            }
        }
        int prevEnd = lines.isEmpty() ? body.length() : lines.get(0).start();
        out.append(body, 0, prevEnd);
        Removal trailing = null;
        for (Paragraph p : lines) {
            String segment = body.substring(p.start(), p.next());
            RemovalReason r = cut.get(p.index());
            if (r != null) {
                removed.add(new Removal(p.text(), r));
                continue;
            }
            if (p.index() == lastKept) {
                String kept = segment.stripTrailing();
                int note = CorrectionNote.trailingLength(kept);
                if (note > 0 && note < kept.strip().length()) {
                    trailing = new Removal(kept.substring(kept.length() - note).strip(), RemovalReason.OTHER);
                    segment = kept.substring(0, kept.length() - note);
                }
            }
            if (first) {
                String lead = segment.stripLeading();
                int note = CorrectionNote.length(lead);
                if (note > 0 && !(lines.size() == 1 && lead.length() - note < 20)) {
                    removed.add(new Removal(lead.substring(0, note).strip(), RemovalReason.OTHER));
                    segment = lead.substring(note);
                }
                first = false;
            }
            out.append(segment);
        }
        if (trailing != null) {
            removed.add(trailing);
        }
        String text = out.toString().strip();
        if (!removed.isEmpty()) {
            text = text.replaceAll("\n{3,}", "\n\n");
        }
        return new Cleaned(text, List.copyOf(removed));
    }
}
