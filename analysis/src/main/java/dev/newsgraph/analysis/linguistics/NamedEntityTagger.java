package dev.newsgraph.analysis.linguistics;

import edu.stanford.nlp.process.WordShapeClassifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stanford CoreNLP's CRF named-entity recogniser (its {@code ner} annotator with the 3-class
 * English model alone: no numeric classifiers, SUTime, fine-grained or additional rules) over a
 * {@link NerModel}, giving CoreNLP's labels bit for bit. As the annotator does, a sentence's
 * hyphenated words, split by the tokenizer, are joined again before they are labelled and each
 * part takes the label of the whole; every feature is the one CoreNLP's {@code NERFeatureFactory}
 * spells for the model's flags; each clique's potential is the sum of the same float weights, as
 * doubles, in the very order CoreNLP adds them (the order in which its {@code HashSet} of feature
 * strings iterates, which this class works out from the strings' hash codes); the chain is
 * calibrated as CoreNLP's {@code CRFCliqueTree} calibrates it (the same forward and backward
 * messages, the same {@code ArrayMath.logSum}s) and the labels are those of CoreNLP's exact Viterbi
 * search ({@code ExactBestSequenceFinder}) over the same conditional log-probabilities, ties
 * falling the same way. What differs is how the work is laid out:
 * <ul>
 *   <li>what a feature reads of one word (the word, its shape, its cluster, its character
 *       n-grams, as the word, the previous, the next or a word around) is turned into the
 *       feature's row and its string's hash code once per distinct word, in a small cache that
 *       threads share, where CoreNLP builds every feature's string at every token, puts it in a
 *       hash set and looks it up in its index; only the features of two or three words (the
 *       previous word and this one's shape, and the like) are spelled at each token;</li>
 *   <li>weights are rows of flat arrays, labels numbers, the factor tables arrays of sixteen doubles;</li>
 *   <li>the label probabilities CoreNLP computes for every token (which the annotator keeps but
 *       newsgraph does not read) are not computed.</li>
 * </ul>
 * Thread-safe: all state of a sentence is local to its call; the cache's entries never change.
 */
final class NamedEntityTagger {
    /** Slots of the cache of words (a power of two). */
    static final int WORD_SLOTS = 1 << 15;
    /** What CoreNLP's hash set of a clique's features starts with: 100 expected, so 128 buckets. */
    private static final int BUCKETS = 128;
    /** More than this many strings would grow the hash set, which this class does not follow. */
    private static final int MOST_FEATURES = 96;
    /** A bucket this full may have turned into a tree, whose order this class does not follow. */
    private static final int FULL_BUCKET = 8;

    // the features of one word, by what the word is to the token labelled: numbers into a Word's arrays
    private static final int DISTSIM = 0;
    private static final int WORD = 1;
    private static final int PREV_WORD = 2;
    private static final int PREV_DISTSIM = 3;
    private static final int NEXT_WORD = 4;
    private static final int NEXT_DISTSIM = 5;
    private static final int TYPE = 6;
    private static final int PREV_TYPE = 7;
    private static final int NEXT_TYPE = 8;
    private static final int DISJ_NEXT = 9;
    private static final int DISJ_PREV = 10;
    private static final int SEQ_WORD = 11;
    private static final int SEQ_PREV_WORD = 12;
    private static final int SEQ_PREV_DISTSIM = 13;
    private static final int SEQ_DISTSIM = 14;
    private static final int SEQ_PREV_SHAPE = 15;
    private static final int SEQ_SHAPE = 16;
    private static final int SEQ_TYPE = 17;
    private static final int SEQ_NEXT_TYPE = 18;
    private static final int KINDS = 19;
    /** The kinds of the edge clique (their strings end in {@code |CpC}); the others are of the node clique. */
    private static final int FIRST_EDGE_KIND = SEQ_WORD;

    /** The features of the occurrence patterns, in the order of their bits (a pattern's bit is {@code 1 << index}). */
    private static final String[] OCCURRENCES = {"NO-OCCURRENCE-PATTERN", "XY-NEXT-OCCURRENCE-XY", "XY-NEXT-OCCURRENCE-Y",
        "XY-PREV-OCCURRENCE-XY", "XY-PREV-OCCURRENCE-Y", "X-NEXT-OCCURRENCE-YX", "X-NEXT-OCCURRENCE-XY", "X-NEXT-OCCURRENCE-X",
        "X-PREV-OCCURRENCE-YX", "X-PREV-OCCURRENCE-XY", "X-PREV-OCCURRENCE-X"};
    private static final int NO_OCCURRENCE = 0;
    private static final int XY_NEXT_XY = 1;
    private static final int XY_NEXT_Y = 2;
    private static final int XY_PREV_XY = 3;
    private static final int XY_PREV_Y = 4;
    private static final int X_NEXT_YX = 5;
    private static final int X_NEXT_XY = 6;
    private static final int X_NEXT_X = 7;
    private static final int X_PREV_YX = 8;
    private static final int X_PREV_XY = 9;
    private static final int X_PREV_X = 10;
    /** How far CoreNLP looks for another occurrence of a capitalised word. */
    private static final int OCCURRENCE_REACH = 150;

    private final NerModel model;
    private final int labelCount;
    private final int nodeWidth;
    private final int edgeWidth;
    /** The feature (hash, row) of each constant feature: the class feature, the occurrence patterns, the edge's own. */
    private final Feature classFeature;
    private final Feature[] occurrences;
    private final Feature sequence;
    /** What CoreNLP reads outside the sentence (its padding token): no word, no shape, no cluster. */
    private final Word outside;
    // shared by threads without locks: an entry is a record of final fields, so a thread that sees it sees it whole
    // (JLS 17.5); a thread that sees none, or another word's, makes its own
    private final Word[] words = new Word[WORD_SLOTS];

    /** A feature's string's hash code and its row (-1 where the model has none); what the order and the sums need. */
    private record Feature(int hash, int row) {
    }

    /**
     * What the features read of one word: its form (the model's word function applied), shape and
     * cluster, and for each kind of feature of one word, the hash code of its string and its row;
     * likewise its character n-grams (each distinct one once, in CoreNLP's order).
     */
    private record Word(String text, String form, String shape, String cluster, int[] hashes, int[] rows, int[] gramHashes,
            int[] gramRows) {
    }

    NamedEntityTagger(NerModel model) {
        this.model = model;
        this.labelCount = model.labels.length;
        this.nodeWidth = model.nodeLabel.length;
        this.edgeWidth = model.edgeFirst.length;
        this.classFeature = node("###|C");
        this.occurrences = new Feature[OCCURRENCES.length];
        for (int i = 0; i < OCCURRENCES.length; i++) {
            occurrences[i] = node(OCCURRENCES[i] + "|C");
        }
        this.sequence = edge("PSEQ|CpC");
        this.outside = word(null, "", null, null);
    }

    static NamedEntityTagger english() {
        return new NamedEntityTagger(NerModel.english());
    }

    /** The tagger of the CRF model at {@code path} (in the class path or a file, as CoreNLP reads it). */
    static NamedEntityTagger of(String path) {
        return new NamedEntityTagger(NerModel.of(path));
    }

    private Feature node(String s) {
        return new Feature(s.hashCode(), model.nodeFeatures.indexOf(s));
    }

    private Feature edge(String s) {
        return new Feature(s.hashCode(), model.edgeFeatures.indexOf(s));
    }

    /**
     * The labels of a sentence's tokens, as CoreNLP's {@code ner} annotator sets them: {@code
     * words} (CoreNLP's {@code word()} of each token), their part-of-speech tags, and whether
     * nothing separates each token from the next (CoreNLP's {@code after()} is empty), which
     * decides what the annotator joins at hyphens.
     */
    String[] label(List<String> words, List<String> tags, boolean[] joinedToNext) {
        int n = words.size();
        if (n == 0) {
            return new String[0];
        }
        // the annotator's own tokenization: a hyphen and the word after it join the word before
        List<String> joined = new ArrayList<>(n);
        List<String> joinedTags = new ArrayList<>(n);
        int[] whole = new int[n];
        boolean lastJoinedToNext = false;
        for (int i = 0; i < n; i++) {
            String w = words.get(i);
            int last = joined.size() - 1;
            boolean join;
            if (last >= 0 && lastJoinedToNext && w.equals("-")) {
                join = i + 1 < n && !model.unjoinedAfterHyphen.contains(words.get(i + 1));
            } else {
                join = last >= 0 && joined.get(last).endsWith("-") && lastJoinedToNext && !model.unjoinedAfterHyphen.contains(w);
            }
            if (join) {
                joined.set(last, joined.get(last) + w);
            } else {
                joined.add(w);
                joinedTags.add(tags.get(i));
            }
            // a joined token is followed by what followed its last part
            lastJoinedToNext = joinedToNext[i];
            whole[i] = joined.size() - 1;
        }
        int[] best = labels(joined, joinedTags);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = model.labels[best[whole[i]]];
        }
        return out;
    }

    /** The best label of each of the (joined) tokens. */
    private int[] labels(List<String> sentence, List<String> tags) {
        int n = sentence.size();
        Word[] w = new Word[n];
        boolean[] proper = new boolean[n];
        for (int i = 0; i < n; i++) {
            w[i] = word(sentence.get(i));
            proper[i] = "NNP".equals(tags.get(i));
        }
        Sentence s = new Sentence(w, proper);
        double[][] tables = new double[n][];
        Clique clique = new Clique();
        double[] node = new double[nodeWidth];
        double[] edge = new double[edgeWidth];
        for (int i = 0; i < n; i++) {
            clique.clear();
            nodeFeatures(s, i, clique);
            clique.potentials(model.nodeWeights, nodeWidth, node, s, i, false);
            clique.clear();
            edgeFeatures(s, i, clique);
            clique.potentials(model.edgeWeights, edgeWidth, edge, s, i, true);
            tables[i] = factorTable(node, edge);
        }
        calibrate(tables);
        return viterbi(tables);
    }

    /** A sentence as the features read it: CoreNLP's padding token outside it. */
    private record Sentence(Word[] words, boolean[] proper) {
        Word at(int i, Word outside) {
            return i >= 0 && i < words.length ? words[i] : outside;
        }

        String form(int i) {
            return i >= 0 && i < words.length ? words[i].form() : "";
        }

        /** Whether the token's tag is NNP (CoreNLP reads "" outside the sentence). */
        boolean nnp(int i) {
            return i >= 0 && i < words.length && proper[i];
        }
    }

    /** The features of the token's node clique, in the order CoreNLP's {@code featuresC} adds them. */
    private void nodeFeatures(Sentence s, int loc, Clique c) {
        Word w = s.words()[loc];
        Word p = s.at(loc - 1, outside);
        Word nx = s.at(loc + 1, outside);
        c.add(w, DISTSIM);
        c.add(w, WORD);
        c.add(p, PREV_WORD);
        c.add(p, PREV_DISTSIM);
        c.add(nx, NEXT_WORD);
        c.add(nx, NEXT_DISTSIM);
        c.add(classFeature, "###|C");
        for (int g = 0; g < w.gramHashes().length; g++) {
            c.addGram(w, g);
        }
        c.add(w, TYPE);
        c.add(p, PREV_TYPE);
        c.add(nx, NEXT_TYPE);
        String cShape = w.shape();
        String pShape = shape(p);
        String nShape = shape(nx);
        c.addNode(p.form() + "..." + cShape + "-PW_CTYPE|C");
        c.addNode(cShape + "..." + nx.form() + "-NW_CTYPE|C");
        c.addNode(pShape + "..." + cShape + "-PCTYPE|C");
        c.addNode(cShape + "..." + nShape + "-CNTYPE|C");
        c.addNode(pShape + "..." + cShape + "..." + nShape + "-PCNTYPE|C");
        if (p.form().length() <= 3) {
            c.addNode(s.form(loc - 2) + "..." + cShape + "-PPW_CTYPE|C");
        }
        if (nx.form().length() <= 3) {
            c.addNode(s.form(loc + 2) + "..." + cShape + "-NNW_CTYPE|C");
        }
        int patterns = occurrencePatterns(s, loc);
        for (int k = 0; patterns != 0; k++, patterns >>>= 1) {
            // each pattern once, where it first occurred (later ones are no new member of CoreNLP's set)
            if ((patterns & 1) != 0) {
                c.add(occurrences[k], OCCURRENCES[k] + "|C");
            }
        }
        // the words around, each distinct word once a side (a second is no new member of CoreNLP's set)
        for (int i = 1; i <= model.disjunctionWidth; i++) {
            Word after = s.at(loc + i, outside);
            if (!seen(s, loc, i, after.form(), 1)) {
                c.add(after, DISJ_NEXT);
            }
            Word before = s.at(loc - i, outside);
            if (!seen(s, loc, i, before.form(), -1)) {
                c.add(before, DISJ_PREV);
            }
        }
    }

    /** Whether the word {@code i} places from {@code loc} (in direction {@code side}) is one of those nearer. */
    private static boolean seen(Sentence s, int loc, int i, String form, int side) {
        for (int j = 1; j < i; j++) {
            if (s.form(loc + side * j).equals(form)) {
                return true;
            }
        }
        return false;
    }

    /** The features of the token's edge clique (with the token before), in the order of CoreNLP's {@code featuresCpC}. */
    private void edgeFeatures(Sentence s, int loc, Clique c) {
        Word w = s.words()[loc];
        Word p = s.at(loc - 1, outside);
        Word nx = s.at(loc + 1, outside);
        c.add(sequence, "PSEQ|CpC");
        c.add(w, SEQ_WORD);
        c.addEdge(p.form() + "-" + w.form() + "-PSEQW2|CpC");
        c.add(p, SEQ_PREV_WORD);
        c.add(p, SEQ_PREV_DISTSIM);
        c.add(w, SEQ_DISTSIM);
        c.addEdge((p.cluster() == null ? "" : p.cluster()) + "-" + w.cluster() + "-PSEQpcDS|CpC");
        c.add(p, SEQ_PREV_SHAPE);
        c.add(w, SEQ_SHAPE);
        c.addEdge(shape(p) + "-" + w.shape() + "-TYPES|CpC");
        c.add(w, SEQ_TYPE);
        c.add(nx, SEQ_NEXT_TYPE);
    }

    /** A word's shape as CoreNLP's {@code getString} reads it: "" outside the sentence. */
    private static String shape(Word w) {
        return w.shape() == null ? "" : w.shape();
    }

    /**
     * The occurrence patterns of the token, as bits (see {@link #OCCURRENCES}): CoreNLP's {@code
     * NERFeatureFactory.occurrencePatterns}, which looks for other occurrences of a capitalised
     * word (followed by a lower-case one) in the sentence, and at the tags of the words next to them.
     */
    private static int occurrencePatterns(Sentence s, int loc) {
        String word = s.form(loc);
        String nWord = s.form(loc + 1);
        String pWord = s.form(loc - 1);
        if (!(isNameCase(word) && noUpperCase(nWord) && hasLetter(nWord) && hasLetter(pWord) && loc - 1 >= 0)) {
            return 1 << NO_OCCURRENCE;
        }
        int n = s.words().length;
        int bits = 0;
        // beyond the sentence CoreNLP reads "", which is never a capitalised word
        if (isNameCase(pWord) && s.nnp(loc - 1)) {
            for (int jump = 3; jump < OCCURRENCE_REACH && loc + jump < n; jump++) {
                if (s.form(loc + jump).equals(word)) {
                    bits |= 1 << (s.form(loc + jump - 1).equals(pWord) ? XY_NEXT_XY : XY_NEXT_Y);
                }
            }
            for (int jump = -3; jump > -OCCURRENCE_REACH && loc + jump >= 0; jump--) {
                if (s.form(loc + jump).equals(word)) {
                    bits |= 1 << (s.form(loc + jump - 1).equals(pWord) ? XY_PREV_XY : XY_PREV_Y);
                }
            }
        } else {
            for (int jump = 3; jump < OCCURRENCE_REACH && loc + jump < n; jump++) {
                if (s.form(loc + jump).equals(word)) {
                    int before = loc + jump - 1;
                    int after = loc + jump + 1;
                    if (isNameCase(s.form(before)) && s.nnp(before)) {
                        bits |= 1 << X_NEXT_YX;
                    } else if (isNameCase(s.form(after)) && s.nnp(after)) {
                        bits |= 1 << X_NEXT_XY;
                    } else {
                        bits |= 1 << X_NEXT_X;
                    }
                }
            }
            for (int jump = -3; jump > -OCCURRENCE_REACH && loc + jump >= 0; jump--) {
                if (s.form(loc + jump).equals(word)) {
                    int after = loc + jump + 1;
                    int before = loc + jump - 1;
                    if (isNameCase(s.form(after)) && s.nnp(after)) {
                        bits |= 1 << X_PREV_YX;
                    } else if (isNameCase(s.form(before)) && s.nnp(before)) {
                        bits |= 1 << X_PREV_XY;
                    } else {
                        bits |= 1 << X_PREV_X;
                    }
                }
            }
        }
        return bits;
    }

    /** CoreNLP's {@code NERFeatureFactory.isNameCase}: two letters or more, the first alone upper case. */
    private static boolean isNameCase(String str) {
        if (str.length() < 2) {
            return false;
        }
        if (!(Character.isUpperCase(str.charAt(0)) || Character.isTitleCase(str.charAt(0)))) {
            return false;
        }
        for (int i = 1; i < str.length(); i++) {
            if (Character.isUpperCase(str.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean noUpperCase(String str) {
        if (str.isEmpty()) {
            return false;
        }
        for (int i = 0; i < str.length(); i++) {
            if (Character.isUpperCase(str.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetter(String str) {
        for (int i = 0; i < str.length(); i++) {
            if (Character.isLetter(str.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The features of one clique of one token as CoreNLP's hash set of strings would hold them:
     * each string's hash code and row, in the order added. Potentials are summed in the set's
     * order of iteration: bucket by bucket (of 128: the set never grows, as no clique has more
     * than 96 features), and within a bucket in the order added.
     */
    private final class Clique {
        private int size;
        private int[] hashes = new int[64];
        private int[] rows = new int[64];
        /** Each feature's string, where it was spelled here (features of two words), else null. */
        private String[] spelled = new String[64];
        /** The word and kind (or n-gram) of a feature of one word, for spelling it where needed. */
        private Word[] of = new Word[64];
        private int[] kinds = new int[64];
        private int[] order = new int[64];
        private int[] buckets = new int[64];
        private final int[] fill = new int[BUCKETS];

        void clear() {
            size = 0;
        }

        void add(Word w, int kind) {
            put(w.hashes()[kind], w.rows()[kind], null, w, kind);
        }

        void addGram(Word w, int g) {
            put(w.gramHashes()[g], w.gramRows()[g], null, w, KINDS + g);
        }

        void add(Feature f, String spelling) {
            put(f.hash(), f.row(), spelling, null, -1);
        }

        void addNode(String feature) {
            put(feature.hashCode(), model.nodeFeatures.indexOf(feature), feature, null, -1);
        }

        void addEdge(String feature) {
            put(feature.hashCode(), model.edgeFeatures.indexOf(feature), feature, null, -1);
        }

        private void put(int hash, int row, String spelling, Word w, int kind) {
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, size * 2);
                rows = Arrays.copyOf(rows, size * 2);
                spelled = Arrays.copyOf(spelled, size * 2);
                of = Arrays.copyOf(of, size * 2);
                kinds = Arrays.copyOf(kinds, size * 2);
                order = new int[size * 2];
                buckets = new int[size * 2];
            }
            hashes[size] = hash;
            rows[size] = row;
            spelled[size] = spelling;
            of[size] = w;
            kinds[size] = kind;
            size++;
        }

        /**
         * The potential of each entry of the clique's rows (CoreNLP's {@code
         * LinearCliquePotentialFunction}): the sum, from 0.0, of the float weights of the features
         * in the order CoreNLP's set iterates them.
         */
        void potentials(float[] weights, int width, double[] out, Sentence s, int loc, boolean edge) {
            Arrays.fill(out, 0.0);
            int[] sequence = iterationOrder(s, loc, edge);
            for (int i : sequence) {
                int row = rows[i];
                if (row < 0) {
                    continue;
                }
                int base = row * width;
                for (int k = 0; k < width; k++) {
                    out[k] += weights[base + k];
                }
            }
        }

        /** The entries in the order of iteration of CoreNLP's {@code HashSet} of their strings. */
        private int[] iterationOrder(Sentence s, int loc, boolean edge) {
            Arrays.fill(fill, 0);
            boolean followed = size <= MOST_FEATURES;
            for (int i = 0; i < size; i++) {
                int h = hashes[i];
                int b = (h ^ (h >>> 16)) & (BUCKETS - 1);
                buckets[i] = b;
                if (++fill[b] >= FULL_BUCKET) {
                    followed = false;
                }
            }
            if (!followed) {
                return iterationOrderOfStrings(edge);
            }
            // a stable sort by bucket (insertion: the lists are short and mostly in no order)
            int[] o = order;
            for (int i = 0; i < size; i++) {
                int b = buckets[i];
                int j = i;
                while (j > 0 && buckets[o[j - 1]] > b) {
                    o[j] = o[j - 1];
                    j--;
                }
                o[j] = i;
            }
            return size == o.length ? o : Arrays.copyOf(o, size);
        }

        /**
         * Where the set would have grown or turned a bucket into a tree (never, with this model's
         * features and String's hash codes, short of an unlucky sentence): the order of a real
         * {@code HashSet} of the spelled strings.
         */
        private int[] iterationOrderOfStrings(boolean edge) {
            Set<String> set = new HashSet<>(100);
            java.util.Map<String, Integer> entry = new java.util.HashMap<>();
            for (int i = 0; i < size; i++) {
                String f = spelling(i, edge);
                set.add(f);
                entry.putIfAbsent(f, i);
            }
            int[] o = new int[set.size()];
            int k = 0;
            for (String f : set) {
                o[k++] = entry.get(f);
            }
            return o;
        }

        /** The string of entry {@code i}, as CoreNLP spells it. */
        String spelling(int i, boolean edge) {
            return spelled[i] != null ? spelled[i] : spell(of[i], kinds[i]);
        }

        /** The features' strings in the order CoreNLP's set iterates them (for tests). */
        List<String> strings(Sentence s, int loc, boolean edge) {
            List<String> out = new ArrayList<>();
            for (int i : iterationOrder(s, loc, edge)) {
                out.add(spelling(i, edge));
            }
            return out;
        }
    }

    /**
     * The features' strings of each token (joined as the annotator joins them), node clique then
     * edge clique, in the order CoreNLP's sets iterate them: what CoreNLP's {@code makeDatum} gives,
     * for tests.
     */
    List<List<List<String>>> featureStrings(List<String> sentence, List<String> tags) {
        int n = sentence.size();
        Word[] w = new Word[n];
        boolean[] proper = new boolean[n];
        for (int i = 0; i < n; i++) {
            w[i] = word(sentence.get(i));
            proper[i] = "NNP".equals(tags.get(i));
        }
        Sentence s = new Sentence(w, proper);
        List<List<List<String>>> out = new ArrayList<>();
        Clique c = new Clique();
        for (int i = 0; i < n; i++) {
            c.clear();
            nodeFeatures(s, i, c);
            List<String> node = c.strings(s, i, false);
            c.clear();
            edgeFeatures(s, i, c);
            out.add(List.of(node, c.strings(s, i, true)));
        }
        return out;
    }

    /** The string of a feature of one word, as CoreNLP's {@code NERFeatureFactory} spells it. */
    private String spell(Word w, int kind) {
        if (kind >= KINDS) {
            return grams(w.form()).get(kind - KINDS) + "|C";
        }
        String clusterGot = String.valueOf(w.cluster()); // CoreNLP's get: "null" outside the sentence
        String clusterString = w.cluster() == null ? "" : w.cluster(); // its getString: ""
        String shapeString = shape(w);
        return switch (kind) {
            case DISTSIM -> clusterGot + "-DISTSIM|C";
            case WORD -> w.form() + "-WORD|C";
            case PREV_WORD -> w.form() + "-PW|C";
            case PREV_DISTSIM -> clusterGot + "-PDISTSIM|C";
            case NEXT_WORD -> w.form() + "-NW|C";
            case NEXT_DISTSIM -> clusterGot + "-NDISTSIM|C";
            case TYPE -> shapeString + "-TYPE|C";
            case PREV_TYPE -> shapeString + "-PTYPE|C";
            case NEXT_TYPE -> shapeString + "-NTYPE|C";
            case DISJ_NEXT -> w.form() + "-DISJN|C";
            case DISJ_PREV -> w.form() + "-DISJP|C";
            case SEQ_WORD -> w.form() + "-PSEQW|CpC";
            case SEQ_PREV_WORD -> w.form() + "-PSEQpW|CpC";
            case SEQ_PREV_DISTSIM -> clusterString + "-PSEQpDS|CpC";
            case SEQ_DISTSIM -> clusterString + "-PSEQcDS|CpC";
            case SEQ_PREV_SHAPE -> shapeString + "-PSEQpS|CpC";
            case SEQ_SHAPE -> shapeString + "-PSEQcS|CpC";
            case SEQ_TYPE -> shapeString + "-TPS2|CpC";
            case SEQ_NEXT_TYPE -> String.valueOf(w.shape()) + "-TNS1|CpC"; // CoreNLP's get: "null" outside
            default -> throw new IllegalArgumentException("kind " + kind);
        };
    }

    /**
     * The character n-grams of a word, each distinct one once, in the order CoreNLP adds them:
     * with the word between {@code <} and {@code >}, its prefixes then its suffixes of two to
     * {@link NerModel#longestGram} characters (no n-grams from the middle), each between {@code #}s.
     */
    private List<String> grams(String form) {
        String word = '<' + form + '>';
        List<String> subs = new ArrayList<>();
        int max = Math.min(model.longestGram, word.length());
        for (int j = 2; j <= max; j++) {
            subs.add('#' + word.substring(0, j) + '#');
        }
        int start = Math.max(0, word.length() - model.longestGram);
        for (int i = start; i < word.length() - 1; i++) {
            subs.add('#' + word.substring(i) + '#');
        }
        return new ArrayList<>(new java.util.LinkedHashSet<>(subs));
    }

    private Word word(String text) {
        int h = text.hashCode();
        int slot = (h ^ (h >>> 15)) & (WORD_SLOTS - 1);
        Word cached = words[slot];
        if (cached != null && cached.text().equals(text)) {
            return cached;
        }
        String form = model.wordFunction == null ? text : model.wordFunction.apply(text);
        // CoreNLP's reader gives each token the shape of its form, marking capitalised words whose lower case it knows
        String shape = WordShapeClassifier.wordShape(form, WordShapeClassifier.WORDSHAPECHRIS2USELC, model.knownLowerCase);
        String key = WordShapeClassifier.wordShape(form.toLowerCase(), WordShapeClassifier.WORDSHAPEDIGITS);
        String cluster = model.clusters.getOrDefault(key, model.unknownCluster);
        Word made = word(text, form, shape, cluster);
        words[slot] = made;
        return made;
    }

    /** A word with its features numbered; {@code shape} and {@code cluster} are null for CoreNLP's padding. */
    private Word word(String text, String form, String shape, String cluster) {
        Word bare = new Word(text, form, shape, cluster, null, null, null, null);
        int[] hashes = new int[KINDS];
        int[] rows = new int[KINDS];
        for (int k = 0; k < KINDS; k++) {
            String f = spell(bare, k);
            hashes[k] = f.hashCode();
            StringTable index = k >= FIRST_EDGE_KIND ? model.edgeFeatures : model.nodeFeatures;
            rows[k] = index.indexOf(f);
        }
        List<String> grams = grams(form);
        int[] gramHashes = new int[grams.size()];
        int[] gramRows = new int[grams.size()];
        for (int g = 0; g < gramHashes.length; g++) {
            String f = grams.get(g) + "|C";
            gramHashes[g] = f.hashCode();
            gramRows[g] = model.nodeFeatures.indexOf(f);
        }
        return new Word(text, form, shape, cluster, hashes, rows, gramHashes, gramRows);
    }

    /**
     * The token's factor table over (previous label, label), as CoreNLP's {@code
     * CRFCliqueTree.getFactorTable} makes it: the edge clique's potential of each label pair plus the
     * node clique's of the label; a pair or label the model has no entry for stays at minus infinity.
     */
    private double[] factorTable(double[] node, double[] edge) {
        int l = labelCount;
        double[] byLabel = new double[l];
        Arrays.fill(byLabel, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < node.length; k++) {
            byLabel[model.nodeLabel[k]] = node[k];
        }
        double[] table = new double[l * l];
        Arrays.fill(table, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < edge.length; k++) {
            table[model.edgeFirst[k] * l + model.edgeSecond[k]] = edge[k];
        }
        for (int i = 0; i < table.length; i++) {
            table[i] += byLabel[i % l];
        }
        return table;
    }

    /**
     * Calibrates the chain's tables in place, as CoreNLP's {@code CRFCliqueTree.getCalibratedCliqueTree}
     * does: forward, each table times the previous one summed over its first label; then backward,
     * each times the next one summed over its last label, divided by the forward message.
     */
    private void calibrate(double[][] tables) {
        int l = labelCount;
        int n = tables.length;
        double[][] messages = new double[Math.max(0, n - 1)][];
        for (int i = 1; i < n; i++) {
            double[] previous = tables[i - 1];
            double[] message = new double[l];
            for (int b = 0; b < l; b++) {
                message[b] = logSum(previous, b, previous.length, l);
            }
            messages[i - 1] = message;
            double[] t = tables[i];
            for (int j = 0; j < t.length; j++) {
                t[j] += message[j / l];
            }
        }
        for (int i = n - 2; i >= 0; i--) {
            double[] next = tables[i + 1];
            double[] summed = new double[l];
            for (int a = 0; a < l; a++) {
                summed[a] = logSum(next, a * l, (a + 1) * l, 1);
            }
            double[] message = messages[i];
            for (int a = 0; a < l; a++) {
                if (summed[a] != Double.NEGATIVE_INFINITY || message[a] != Double.NEGATIVE_INFINITY) {
                    summed[a] -= message[a];
                }
            }
            double[] t = tables[i];
            for (int j = 0; j < t.length; j++) {
                t[j] += summed[j % l];
            }
        }
    }

    /**
     * CoreNLP's {@code ArrayMath.logSum} of {@code values[from], values[from + stride], ...} before
     * {@code after}: the first maximum, plus the log of one plus the exponentials of the others
     * within 30 of it.
     */
    static double logSum(double[] values, int from, int after, int stride) {
        if (from >= 0 && after < values.length && from >= after) {
            return Double.NEGATIVE_INFINITY;
        }
        int maxIdx = from;
        double max = values[from];
        for (int i = from + stride; i < after; i += stride) {
            if (values[i] > max) {
                maxIdx = i;
                max = values[i];
            }
        }
        double intermediate = 0.0;
        double cutoff = max - 30.0;
        for (int i = from; i < after; i += stride) {
            double d = values[i];
            if (i != maxIdx && d > cutoff) {
                intermediate += Math.exp(d - max);
            }
        }
        return intermediate != 0 ? max + Math.log(1.0 + intermediate) : max;
    }

    /**
     * CoreNLP's exact Viterbi search ({@code ExactBestSequenceFinder} over its {@code
     * TestSequenceModel}, one label back, the background label before the first token), on the
     * same scores: the log-probability of each label given the previous one, from the calibrated
     * tables ({@code FactorTable.conditionalLogProbGivenPrevious}); its states are pairs of labels,
     * and the first best of equals wins, as there.
     */
    private int[] viterbi(double[][] tables) {
        int l = labelCount;
        int n = tables.length;
        // windowScore[pos][previous * l + label], for pos 1..n as in CoreNLP (position 0 is the padding's)
        double[][] window = new double[n + 1][];
        for (int pos = 1; pos <= n; pos++) {
            double[] t = tables[pos - 1];
            int previousCount = pos == 1 ? 1 : l;
            double[] w = new double[previousCount * l];
            for (int pi = 0; pi < previousCount; pi++) {
                int previous = pos == 1 ? model.background : pi;
                int start = previous * l;
                double z = logSum(t, start, start + l, 1);
                for (int label = 0; label < l; label++) {
                    w[pi * l + label] = t[start + label] - z;
                }
            }
            window[pos] = w;
        }
        double[][] score = new double[n + 1][];
        int[][] trace = new int[n + 1][];
        score[1] = window[1].clone();
        trace[1] = new int[l];
        Arrays.fill(trace[1], -1);
        for (int pos = 2; pos <= n; pos++) {
            int products = l * l;
            int leftCount = pos == 2 ? 1 : l;
            int factor = products / l;
            double[] s = new double[products];
            int[] tr = new int[products];
            double[] before = score[pos - 1];
            double[] w = window[pos];
            for (int product = 0; product < products; product++) {
                double best = Double.NEGATIVE_INFINITY;
                int bestTrace = -1;
                int shared = product / l;
                double windowScore = w[product];
                for (int left = 0; left < leftCount; left++) {
                    int predecessor = left * factor + shared;
                    double predScore = before[predecessor] + windowScore;
                    if (predScore > best) {
                        best = predScore;
                        bestTrace = predecessor;
                    }
                }
                s[product] = best;
                tr[product] = bestTrace;
            }
            score[pos] = s;
            trace[pos] = tr;
        }
        double bestFinal = Double.NEGATIVE_INFINITY;
        int bestProduct = -1;
        double[] last = score[n];
        for (int product = 0; product < last.length; product++) {
            if (last[product] > bestFinal) {
                bestProduct = product;
                bestFinal = last[product];
            }
        }
        int[] labels = new int[n + 1];
        labels[n] = bestProduct % l;
        if (n >= 2) {
            labels[n - 1] = bestProduct / l;
        }
        int current = bestProduct;
        for (int pos = n - 1; pos >= 1; pos--) {
            current = trace[pos + 1][current];
            int size = pos == 1 ? l : l * l;
            int countPrev = pos - 1 == 0 ? 1 : l;
            labels[pos - 1] = pos - 1 == 0 ? model.background : current / (size / countPrev);
        }
        return Arrays.copyOfRange(labels, 1, n + 1);
    }
}
