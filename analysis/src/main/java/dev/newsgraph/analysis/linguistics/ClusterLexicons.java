package dev.newsgraph.analysis.linguistics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
                .read(ClusterLexicons::read));
    }

    private static Map<String, String> read(CompactModelInput in) {
        String[] words = in.readStrings();
        String[] clusters = in.readStrings();
        int[] clusterOf = in.readInts();
        Map<String, String> lexicon = new HashMap<>(TaggerModel.capacity(words.length));
        for (int w = 0; w < words.length; w++) {
            lexicon.put(words[w], clusters[clusterOf[w]]);
        }
        return Collections.unmodifiableMap(lexicon);
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
