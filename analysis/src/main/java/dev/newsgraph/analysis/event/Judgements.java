package dev.newsgraph.analysis.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Words of negative judgement ("disaster", "wasted", "insulted", "deranged") with their valence,
 * by which the coder tells a criticism of someone in reported speech ("X said Y had wasted
 * time") from a plain report about them. The shipped list ({@code judgement-words.tsv}) is the
 * negative part of the VADER sentiment lexicon (MIT), with newsgraph's own words of wrongdoing
 * ({@code wrongdoing-words.tsv}: to say that someone interfered or colluded is to accuse them) under it; one
 * word and its mean valence a line.
 */
public final class Judgements {
    static final String RESOURCE = "judgement-words.tsv";
    /** newsgraph's own words of wrongdoing ("interfered", "colluded", "misled"), which the sentiment lexicon rates mild or lacks. */
    static final String WRONGDOING = "wrongdoing-words.tsv";
    private final Map<String, Double> valence;

    private Judgements(Map<String, Double> valence) {
        this.valence = Map.copyOf(valence);
    }

    /** The shipped list, read once, when first asked for (the holder class loads it). */
    public static Judgements shipped() {
        return Shipped.LIST;
    }

    private static final class Shipped {
        static final Judgements LIST = read();

        private static Judgements read() {
            Map<String, Double> words = new HashMap<>(resource(WRONGDOING).valence);
            words.putAll(resource(RESOURCE).valence); // the sentiment lexicon's valence wins where both rate a word
            return new Judgements(words);
        }

        private static Judgements resource(String name) {
            try (InputStream in = Judgements.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("the judgement words " + name + " are missing from the class path");
                }
                return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the judgement words " + name, e);
            }
        }
    }

    static Judgements parse(BufferedReader in, String origin) throws IOException {
        Map<String, Double> out = new HashMap<>();
        String line;
        for (int n = 1; (line = in.readLine()) != null; n++) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            String[] f = s.split("\t");
            try {
                if (f.length != 2) {
                    throw new NumberFormatException("want a word and a valence");
                }
                out.put(f[0].toLowerCase(Locale.ROOT), Double.parseDouble(f[1]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(origin + ":" + n + ": not 'word<TAB>valence': " + s);
            }
        }
        return new Judgements(out);
    }

    /** The (negative) valence of a word or its lemma; 0 for a word that judges nothing. */
    double valence(String word, String lemma) {
        Double v = valence.get(word.toLowerCase(Locale.ROOT));
        if (v == null) {
            v = valence.get(lemma.toLowerCase(Locale.ROOT));
        }
        return v == null ? 0 : v;
    }
}
