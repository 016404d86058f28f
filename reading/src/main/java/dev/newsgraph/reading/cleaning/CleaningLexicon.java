package dev.newsgraph.reading.cleaning;

import dev.newsgraph.model.RemovalReason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists and cue patterns the cleaner reads its signals with: function words (never
 * topical), verb-like words (a line without one reads as a label) and cue patterns. Loaded from
 * plain resource files with a comment header; immutable and thread-safe.
 */
public final class CleaningLexicon {
    private static final String BASE = "/dev/newsgraph/reading/cleaning/";
    private static volatile CleaningLexicon defaults;

    private final Set<String> stopwords;
    private final Set<String> verbs;
    private final List<Cue> cues;

    private CleaningLexicon(Set<String> stopwords, Set<String> verbs, List<Cue> cues) {
        this.stopwords = Set.copyOf(stopwords);
        this.verbs = Set.copyOf(verbs);
        this.cues = List.copyOf(cues);
    }

    /** The lists shipped with newsgraph (loaded once). */
    public static CleaningLexicon defaults() {
        CleaningLexicon d = defaults;
        if (d == null) {
            synchronized (CleaningLexicon.class) {
                if (defaults == null) {
                    defaults = new CleaningLexicon(words(open("stopwords.txt")), words(open("verbs.txt")),
                            cues(open("cues.tsv")));
                }
                d = defaults;
            }
        }
        return d;
    }

    /** A lexicon from a user's own files, in the formats of the shipped ones. */
    public static CleaningLexicon load(Reader stopwords, Reader verbs, Reader cues) {
        return new CleaningLexicon(words(stopwords), words(verbs), cues(cues));
    }

    boolean isStopword(String lower) {
        return stopwords.contains(lower);
    }

    boolean isVerb(String lower) {
        return verbs.contains(lower);
    }

    List<Cue> cues() {
        return cues;
    }

    private static Reader open(String name) {
        InputStream in = CleaningLexicon.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + BASE + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static Set<String> words(Reader r) {
        Set<String> out = new HashSet<>();
        for (String line : lines(r)) {
            for (String w : line.trim().split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    private static List<Cue> cues(Reader r) {
        List<Cue> out = new ArrayList<>();
        for (String line : lines(r)) {
            String[] f = line.split("\t", 4);
            if (f.length != 4) {
                throw new IllegalArgumentException("cue line needs 4 tab-separated columns: " + line);
            }
            try {
                out.add(new Cue(RemovalReason.of(f[0].trim()), Cue.Zone.valueOf(f[1].trim().toUpperCase(Locale.ROOT)),
                        Integer.parseInt(f[2].trim()),
                        Pattern.compile(f[3].trim(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad cue line: " + line + " (" + e.getMessage() + ")", e);
            }
        }
        return out;
    }

    private static List<String> lines(Reader r) {
        List<String> out = new ArrayList<>();
        try (BufferedReader br = new BufferedReader(r)) {
            String line;
            while ((line = br.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
