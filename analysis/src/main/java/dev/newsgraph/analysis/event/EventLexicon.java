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
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that trigger PLOVER events and the cues that frame them, read from a plain text file
 * (format in the header of {@code plover-lexicon.tsv}). Immutable once loaded; thread-safe.
 */
public final class EventLexicon {
    /** The system property naming a user's lexicon file that replaces the shipped one. */
    public static final String PROPERTY = "newsgraph.events.lexicon";
    private static final String RESOURCE = "plover-lexicon.tsv";

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
    }

    private final Map<String, List<Entry>> verbs = new HashMap<>();
    private final Map<String, List<Entry>> nouns = new HashMap<>();
    private final Map<String, Entry> cues = new HashMap<>();
    private final Map<String, String> contexts = new HashMap<>();
    private final Map<EventType, Map<String, String>> modifiers = new HashMap<>();
    private final String origin;

    private EventLexicon(List<Entry> entries, String origin) {
        this.origin = origin;
        for (Entry e : entries) {
            switch (e.role()) {
                case CUE -> cues.put(e.head(), e);
                case CONTEXT -> contexts.put(e.head(), e.label());
                case MODIFIER -> modifiers.computeIfAbsent(e.type(), k -> new HashMap<>()).put(e.head(), e.label());
                default -> (e.noun() ? nouns : verbs).computeIfAbsent(e.head(), k -> new ArrayList<>()).add(e);
            }
        }
    }

    /** The user's file named by {@link #PROPERTY} where set, else the shipped lexicon. */
    public static EventLexicon defaults() {
        String user = System.getProperty(PROPERTY);
        if (user != null && !user.isBlank()) {
            return load(Path.of(user));
        }
        try (InputStream in = EventLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the event lexicon " + RESOURCE + " is missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event lexicon " + RESOURCE, e);
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
            String[] f = body.split("\\s+");
            if (f.length < 4) {
                throw new IllegalArgumentException(origin + ":" + n + ": want 'TYPE mode kind words...', got '" + body + "'");
            }
            entries.add(entry(f, origin + ":" + n));
        }
        return new EventLexicon(entries, origin);
    }

    private static Entry entry(String[] f, String where) {
        String first = f[0];
        String label = f[1].equals("-") ? null : f[1];
        String kind = f[2].toLowerCase(Locale.ROOT);
        List<String> words = Arrays.stream(f, 3, f.length).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        if (!Set.of("verb", "noun", "modifier", "word").contains(kind)) {
            throw new IllegalArgumentException(where + ": kind must be verb, noun, modifier or word, not '" + f[2] + "'");
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
