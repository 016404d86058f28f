package dev.newsgraph.analysis.event;

import dev.newsgraph.model.EventType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that trigger PLOVER events and the cues that frame them, read from plain text files
 * (format in the header of {@code plover-lexicon.tsv}). A lexicon is made of layers, the first
 * winning: the shipped one ({@link #shipped()}) is the hand-written {@code plover-lexicon.tsv}
 * over {@code plover-lexicon-cameo.tsv}, the verb entries converted from the CAMEO verb
 * dictionary (by {@code CameoLexiconConverter}, a build tool; CC BY-SA 4.0, see the file's
 * header). Where two layers give an entry for the same words, the upper layer's stands; among
 * what is left, the longest entry that matches wins. Immutable once loaded; thread-safe.
 */
public final class EventLexicon {
    /**
     * The system property naming the user's lexicon files (separated by the path separator, the
     * first winning) that replace the shipped layers.
     */
    public static final String PROPERTY = "newsgraph.events.lexicon";
    /** The hand-written lexicon, the upper layer. */
    static final String RESOURCE = "plover-lexicon.tsv";
    /** The CAMEO-derived lexicon, the layer under the hand-written one. */
    static final String CAMEO_RESOURCE = "plover-lexicon-cameo.tsv";

    private static final Set<String> KINDS = Set.of("verb", "noun", "modifier", "word");

    /** What an entry does. */
    enum Role { EVENT, NONE, LIGHT, CONTEXT, CUE, MODIFIER }

    /**
     * One line of the lexicon.
     *
     * @param type  the PLOVER type for {@link Role#EVENT} and {@link Role#MODIFIER}, else null
     * @param label the mode, context name or cue kind; null for '-'
     * @param noun  whether the head word is a noun (else a verb or predicate adjective)
     * @param words the head lemma, then the lemmas that must stand beside it
     */
    record Entry(Role role, EventType type, String label, boolean noun, List<String> words) {
        String head() {
            return words.get(0);
        }

        /** What an upper layer must not have for this entry of a lower layer to stand. */
        String slot() {
            return switch (role) {
                case CUE -> "cue " + head();
                case CONTEXT -> "context " + head();
                case MODIFIER -> "modifier " + type + " " + head();
                default -> headSlot(noun, head());
            };
        }
    }

    private final Map<String, List<Entry>> verbs = new HashMap<>();
    private final Map<String, List<Entry>> nouns = new HashMap<>();
    private final Map<String, Entry> cues = new HashMap<>();
    private final Map<String, String> contexts = new HashMap<>();
    private final Map<EventType, Map<String, String>> modifiers = new HashMap<>();
    private final List<Entry> entries;
    private final String origin;

    private EventLexicon(List<Entry> entries, String origin) {
        this.origin = origin;
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            switch (e.role()) {
                case CUE -> cues.put(e.head(), e);
                case CONTEXT -> contexts.put(e.head(), e.label());
                case MODIFIER -> modifiers.computeIfAbsent(e.type(), k -> new HashMap<>()).put(e.head(), e.label());
                default -> (e.noun() ? nouns : verbs).computeIfAbsent(e.head(), k -> new ArrayList<>()).add(e);
            }
        }
    }

    /**
     * The layers as one lexicon, the first winning. A verb or noun that an upper layer knows (as
     * trigger, NONE, LIGHT or cue) is left to that layer: a lower layer's entries for it are
     * dropped, longer ones included, so the hand-written lexicon decides its own words entirely
     * (measured: letting converted patterns of the hand-written verbs in cost PLOVER event
     * recall; docs/events.md). A lower layer's cue, context or modifier for a word an upper
     * layer already has is dropped too. Within what is left the longest match wins.
     */
    public static EventLexicon layered(List<EventLexicon> layers) {
        if (layers.size() == 1) {
            return layers.get(0);
        }
        List<Entry> all = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        List<String> origins = new ArrayList<>();
        for (EventLexicon layer : layers) {
            Set<String> mine = new HashSet<>();
            for (Entry e : layer.entries) {
                if (!taken.contains(e.slot())) {
                    all.add(e);
                    mine.add(e.slot());
                    if (e.role() == Role.CUE || e.role() == Role.EVENT || e.role() == Role.NONE || e.role() == Role.LIGHT) {
                        mine.add(headSlot(e.role() != Role.CUE && e.noun(), e.head()));
                    }
                }
            }
            taken.addAll(mine);
            origins.add(layer.origin);
        }
        return new EventLexicon(all, String.join(" over ", origins));
    }

    private static String headSlot(boolean noun, String head) {
        return (noun ? "noun head " : "verb head ") + head;
    }

    /** The user's files named by {@link #PROPERTY} where set, else {@link #shipped()}. */
    public static EventLexicon defaults() {
        String user = System.getProperty(PROPERTY);
        if (user != null && !user.isBlank()) {
            List<EventLexicon> layers = new ArrayList<>();
            for (String p : user.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))) {
                if (!p.isBlank()) {
                    layers.add(load(Path.of(p.trim())));
                }
            }
            return layered(layers);
        }
        return shipped();
    }

    /** The shipped lexicon: the hand-written file over the CAMEO-derived one. */
    public static EventLexicon shipped() {
        return layered(List.of(resource(RESOURCE), resource(CAMEO_RESOURCE)));
    }

    /** The hand-written lexicon alone, without the CAMEO-derived layer. */
    public static EventLexicon handWritten() {
        return resource(RESOURCE);
    }

    /** A lexicon shipped on the class path beside this class. */
    static EventLexicon resource(String name) {
        try (InputStream in = EventLexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the event lexicon " + name + " is missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event lexicon " + name, e);
        }
    }

    /** A lexicon read from a user's file. */
    public static EventLexicon load(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event lexicon " + file + ": " + e.getMessage(), e);
        }
    }

    static EventLexicon parse(BufferedReader in, String origin) throws IOException {
        List<Entry> entries = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            int hash = line.indexOf('#');
            String body = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (body.isEmpty()) {
                continue;
            }
            List<String> f = fields(body);
            if (f.size() < 4) {
                throw new IllegalArgumentException(origin + ":" + n + ": want 'TYPE mode kind words...', got '" + body + "'");
            }
            entries.add(entry(f, origin, n));
        }
        return new EventLexicon(entries, origin);
    }

    /** The blank-separated fields of a line (a plain loop: the shipped lexicons hold ~7,500 lines). */
    private static List<String> fields(String body) {
        List<String> out = new ArrayList<>(8);
        int i = 0;
        int n = body.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(body.substring(start, i));
            }
        }
        return out;
    }

    private static Entry entry(List<String> f, String origin, int line) {
        String where = origin + ":" + line;
        String first = f.get(0);
        String label = f.get(1).equals("-") ? null : f.get(1);
        String kind = f.get(2).toLowerCase(Locale.ROOT);
        String[] ws = new String[f.size() - 3];
        for (int k = 3; k < f.size(); k++) {
            ws[k - 3] = f.get(k).toLowerCase(Locale.ROOT);
        }
        List<String> words = List.of(ws);
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException(where + ": kind must be verb, noun, modifier or word, not '" + f.get(2) + "'");
        }
        boolean noun = kind.equals("noun");
        switch (first) {
            case "NONE":
                return new Entry(Role.NONE, null, null, noun, words);
            case "LIGHT":
                return new Entry(Role.LIGHT, null, null, noun, words);
            case "context":
                return new Entry(Role.CONTEXT, null, require(label, where), false, words);
            case "cue":
                return new Entry(Role.CUE, null, require(label, where), false, words);
            default:
                EventType type;
                try {
                    type = EventType.valueOf(first);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": '" + first + "' is not a PLOVER type, NONE, LIGHT, context or cue");
                }
                return new Entry(kind.equals("modifier") ? Role.MODIFIER : Role.EVENT, type, label, noun, words);
        }
    }

    private static String require(String label, String where) {
        if (label == null) {
            throw new IllegalArgumentException(where + ": a context or cue needs a name in the mode column");
        }
        return label;
    }

    /**
     * The longest entry for a head lemma whose other words all stand among {@code beside}, or null.
     * A {@link Role#NONE} or {@link Role#LIGHT} entry can be the answer.
     */
    Entry match(String lemma, boolean noun, Collection<String> beside) {
        List<Entry> candidates = (noun ? nouns : verbs).get(lemma.toLowerCase(Locale.ROOT));
        if (candidates == null) {
            return null;
        }
        Entry best = null;
        for (Entry e : candidates) {
            if (beside.containsAll(e.words().subList(1, e.words().size()))
                    && (best == null || e.words().size() > best.words().size())) {
                best = e;
            }
        }
        return best;
    }

    /** Whether some entry starts with this verb or noun lemma (a cheap first test). */
    boolean mayTrigger(String lemma, boolean noun) {
        return (noun ? nouns : verbs).containsKey(lemma.toLowerCase(Locale.ROOT));
    }

    /** The cue kind ("reported", "denied", ...) of a framing verb, or null. */
    String cue(String lemma) {
        Entry e = cues.get(lemma.toLowerCase(Locale.ROOT));
        return e == null ? null : e.label();
    }

    /** The PLOVER context a lemma names, or null. */
    String context(String lemma) {
        return contexts.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** The mode a word beside a trigger of this type sets, or null. */
    String modifierMode(EventType type, String lemma) {
        Map<String, String> m = modifiers.get(type);
        return m == null ? null : m.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** Where the lexicon was read from. */
    public String origin() {
        return origin;
    }
}
