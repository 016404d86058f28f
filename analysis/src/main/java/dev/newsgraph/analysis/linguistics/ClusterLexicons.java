package dev.newsgraph.analysis.linguistics;

import java.io.IOException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The distributional-similarity lexicons (word to cluster) of the compact model files, each in a
 * compact file of its own that the model files name: CoreNLP's English tagger and 3-class NER were
 * trained with the same lexicon (533,629 words), which each of CoreNLP's model files carries, and
 * which is here written once and read once for both (the second model to ask for it waits for the
 * first's read). Half a million words are the bulk of both models' loading; a cluster's name is
 * written once, with a number for each word.
 */
final class ClusterLexicons {
    /** The kind of model a compact file of lexicon holds. */
    static final String KIND = "word-clusters";

    /** The lexicons read, by the name of their file: read once each, kept for the models' lifetime (the JVM's). */
    private static final Map<String, Map<String, String>> READ = new ConcurrentHashMap<>();

    private ClusterLexicons() {
    }

    /** Where a model's lexicon is: the name of its compact file (of this package) and the CoreNLP file it was copied from. */
    record LexiconFile(String name, String source) {
    }

    /** The lexicon of a compact file; read once. */
    static Map<String, String> read(LexiconFile file) {
        return READ.computeIfAbsent(file.name(), n -> CompactModelInput.open(n, KIND, file.source())
                .orElseThrow(() -> new IllegalStateException("compact model: the lexicon " + n + " is missing (rebuild)"))
                .read(ClusterLexicons::readFrom));
    }

    /** The lexicon that {@link #write} wrote, read from {@code in}. */
    static Map<String, String> readFrom(CompactModelInput in) {
        StringTable words = in.readStringTable();
        String[] clusters = in.readStrings();
        int[] clusterOf = in.readInts();
        if (clusterOf.length != words.size()) {
            throw in.corrupt("lexicon of " + words.size() + " words and " + clusterOf.length + " clusters");
        }
        for (int c : clusterOf) {
            if (c < 0 || c >= clusters.length) {
                throw in.corrupt("lexicon: cluster " + c + " of " + clusters.length);
            }
        }
        return new Lexicon(words, clusters, clusterOf);
    }

    /**
     * A lexicon as read from its file, word to cluster: the words in a {@link StringTable}, each
     * cluster's name once, a number for each word (a fifth of the memory of a hash map of the
     * words' strings). Read-only; equal to any map of the same words and clusters.
     */
    private static final class Lexicon extends AbstractMap<String, String> {
        private final StringTable words;
        private final String[] clusters;
        private final int[] clusterOf;

        Lexicon(StringTable words, String[] clusters, int[] clusterOf) {
            this.words = words;
            this.clusters = clusters;
            this.clusterOf = clusterOf;
        }

        @Override
        public String get(Object key) {
            return getOrDefault(key, null);
        }

        @Override
        public String getOrDefault(Object key, String otherwise) {
            int w = key instanceof String s ? words.indexOf(s) : -1;
            return w >= 0 ? clusters[clusterOf[w]] : otherwise;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String s && words.indexOf(s) >= 0;
        }

        @Override
        public int size() {
            return words.size();
        }

        @Override
        public Set<Map.Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < words.size();
                        }

                        @Override
                        public Map.Entry<String, String> next() {
                            if (next >= words.size()) {
                                throw new NoSuchElementException();
                            }
                            int w = next++;
                            return new AbstractMap.SimpleImmutableEntry<>(words.get(w), clusters[clusterOf[w]]);
                        }
                    };
                }

                @Override
                public int size() {
                    return words.size();
                }
            };
        }
    }

    /** Writes a lexicon as {@link #read(LexiconFile)} reads it. */
    static void write(Map<String, String> lexicon, CompactModelOutput out) throws IOException {
        List<String> words = new ArrayList<>(lexicon.keySet());
        Map<String, Integer> numbers = new HashMap<>();
        List<String> clusters = new ArrayList<>();
        int[] clusterOf = new int[words.size()];
        for (int w = 0; w < clusterOf.length; w++) {
            clusterOf[w] = numbers.computeIfAbsent(lexicon.get(words.get(w)), added -> {
                clusters.add(added);
                return clusters.size() - 1;
            });
        }
        out.writeStrings(words);
        out.writeStrings(clusters);
        out.writeInts(clusterOf);
    }

    /**
     * The lexicons that the model files being written refer to: the file of each distinct lexicon,
     * named after the first model that has it (a lexicon equal to one named already takes that one's
     * file), with the CoreNLP file it was copied from.
     */
    static final class Naming {
        private final List<Map<String, String>> lexicons = new ArrayList<>();
        private final List<LexiconFile> files = new ArrayList<>();

        /** The file of {@code lexicon}, of the model whose compact file is {@code model}, made from {@code source}. */
        LexiconFile fileOf(Map<String, String> lexicon, String model, String source) {
            for (int i = 0; i < lexicons.size(); i++) {
                if (lexicons.get(i) == lexicon || lexicons.get(i).equals(lexicon)) {
                    return files.get(i);
                }
            }
            lexicons.add(lexicon);
            files.add(new LexiconFile(fileNamedAfter(model), source));
            return files.get(files.size() - 1);
        }

        List<Map<String, String>> lexicons() {
            return Collections.unmodifiableList(lexicons);
        }

        List<LexiconFile> files() {
            return Collections.unmodifiableList(files);
        }
    }

    /** The name of the lexicon file named after a model's compact file. */
    static String fileNamedAfter(String model) {
        return model.replaceFirst("\\.bin$", "") + ".clusters.bin";
    }
}
