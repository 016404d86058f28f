package dev.newsgraph.analysis.linguistics;

import java.util.List;

/**
 * The arc-standard transition system of Stanford CoreNLP's neural dependency parser
 * ({@code nndep.DependencyParser} with {@code ArcStandard}), over a {@link ParserNetwork}: the
 * same 48 features (words, tags and arc labels of the stack, the buffer and the stack's
 * children), the same choice of the best-scoring transition that can apply, ties to the first,
 * so the same arcs; but with the configuration held in int arrays and the transitions as
 * numbers, where CoreNLP keeps lists of boxed integers and parses transition strings for every
 * candidate; and the choice made from the network's rough scores where their bounds decide it,
 * from its exact scores where they do not. Thread-safe: all state of a parse is local to it.
 */
final class TransitionParser {
    /** CoreNLP's default English model (Universal Dependencies), from the CoreNLP models jar. */
    static final String ENGLISH_UD = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    private static final int NONE = -1;

    private final ParserNetwork network;
    /** Number of arc labels (the model's labels but its first, {@code -NULL-}). */
    private final int arcLabels;
    /** The root label's number among the arc labels. */
    private final int rootLabel;
    private final int nullWord;
    private final int rootWord;
    private final int nullTag;
    private final int rootTag;
    /** The embedding row of each arc label, and of "no label". */
    private final int[] labelRow;
    private final int nullLabelRow;
    private final String[] labelNames;

    TransitionParser(ParserNetwork network) {
        this.network = network;
        List<String> labels = network.labels;
        // CoreNLP drops the first label (-NULL-) and takes the next as the root's
        arcLabels = labels.size() - 1;
        labelNames = labels.subList(1, labels.size()).toArray(new String[0]);
        labelRow = new int[arcLabels];
        for (int i = 0; i < arcLabels; i++) {
            labelRow[i] = network.labelIds.get(labelNames[i]);
        }
        rootLabel = 0;
        nullLabelRow = network.labelIds.get(ParserNetwork.NULL);
        nullWord = network.wordId(ParserNetwork.NULL);
        rootWord = network.wordId(ParserNetwork.ROOT);
        nullTag = network.tagId(ParserNetwork.NULL);
        rootTag = network.tagId(ParserNetwork.ROOT);
        if (network.outputs() != 2 * arcLabels + 1) {
            throw new IllegalStateException("parser model: " + network.outputs() + " outputs for " + arcLabels + " labels");
        }
    }

    static TransitionParser englishUd() {
        return new TransitionParser(ParserNetwork.load(ENGLISH_UD));
    }

    /** A sentence's arcs: for token i (from 1), its head (0 for the root) and its relation. */
    record Arcs(int[] heads, String[] relations) {
    }

    /**
     * Parses one sentence given its words and part-of-speech tags (CoreNLP's {@code word()} and
     * {@code tag()} of each token).
     */
    Arcs parse(List<String> words, List<String> tags) {
        int n = words.size();
        // index 0 is the root; -1 (no such node) reads as -NULL-
        int[] wordRow = new int[n + 1];
        int[] tagRow = new int[n + 1];
        wordRow[0] = rootWord;
        tagRow[0] = rootTag;
        for (int i = 1; i <= n; i++) {
            wordRow[i] = network.wordId(words.get(i - 1));
            tagRow[i] = network.tagId(tags.get(i - 1));
        }
        int[] head = new int[n + 1];
        int[] label = new int[n + 1];
        java.util.Arrays.fill(head, NONE);
        int[] stack = new int[n + 1];
        int depth = 1; // the root alone
        int next = 1; // the buffer is next..n
        int[] features = new int[ParserNetwork.FEATURES];
        double[] hidden = new double[network.hiddenSize()];
        double[] scores = new double[network.outputs()];
        ParserNetwork.RoughScratch scratch = new ParserNetwork.RoughScratch(network.hiddenSize());
        float[] rough = new float[network.outputs()];
        double[] bounds = new double[network.outputs()];
        Configuration c = new Configuration(n, head, label, stack);
        while (!(depth == 1 && next > n)) {
            c.depth = depth;
            c.next = next;
            c.features(features, wordRow, tagRow);
            int best = network.roughScores(features, scratch, rough, bounds)
                    ? roughBest(rough, bounds, depth, n - next + 1, c.stackAt(0), c.stackAt(1)) : -1;
            if (best < 0) {
                network.hiddenLayer(features, hidden);
                network.outputScores(hidden, scores);
                best = best(scores, depth, n - next + 1, c.stackAt(0), c.stackAt(1));
            }
            int s0 = c.stackAt(0);
            int s1 = c.stackAt(1);
            if (best < arcLabels) { // left arc: s1 <- s0
                head[s1] = s0;
                label[s1] = best;
                stack[depth - 2] = s0;
                depth--;
            } else if (best < 2 * arcLabels) { // right arc: s1 -> s0
                head[s0] = s1;
                label[s0] = best - arcLabels;
                depth--;
            } else { // shift
                stack[depth++] = next++;
            }
        }
        String[] relations = new String[n];
        int[] heads = new int[n];
        for (int i = 1; i <= n; i++) {
            heads[i - 1] = head[i];
            relations[i - 1] = labelNames[label[i]];
        }
        return new Arcs(heads, relations);
    }

    /**
     * The transition CoreNLP's {@code predictInner} picks: the highest score among those that can
     * apply ({@code ArcStandard.canApply}, single root), the first of equals.
     */
    private int best(double[] scores, int depth, int buffered, int s0, int s1) {
        double bestScore = Double.NEGATIVE_INFINITY;
        int best = -1;
        for (int t = 0; t < scores.length; t++) {
            if (scores[t] > bestScore && canApply(t, depth, buffered, s0, s1)) {
                bestScore = scores[t];
                best = t;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("the parser found no transition that can apply");
        }
        return best;
    }

    /**
     * The transition {@link #best} would pick from the exact scores, where the rough ones decide it:
     * the best of the rough scores that can apply, if even its lowest possible exact score is above the
     * highest possible of every other; else -1.
     */
    private int roughBest(float[] rough, double[] bounds, int depth, int buffered, int s0, int s1) {
        double bestScore = Double.NEGATIVE_INFINITY;
        int best = -1;
        for (int t = 0; t < bounds.length; t++) {
            if (rough[t] > bestScore && canApply(t, depth, buffered, s0, s1)) {
                bestScore = rough[t];
                best = t;
            }
        }
        if (best < 0) {
            return -1;
        }
        double lowest = bestScore - bounds[best];
        for (int t = 0; t < bounds.length; t++) {
            if (t != best && rough[t] + bounds[t] >= lowest && canApply(t, depth, buffered, s0, s1)) {
                return -1;
            }
        }
        return best;
    }

    private boolean canApply(int t, int depth, int buffered, int s0, int s1) {
        if (t < 2 * arcLabels) {
            boolean left = t < arcLabels;
            int l = left ? t : t - arcLabels;
            int h = left ? s0 : s1;
            if (h < 0 || (h == 0) != (l == rootLabel)) {
                return false;
            }
            return left ? depth > 2 : depth > 2 || (depth == 2 && buffered == 0);
        }
        return buffered > 0;
    }

    /** A parser state and the feature template of {@code DependencyParser.getFeatureArray}. */
    private final class Configuration {
        final int n;
        final int[] head;
        final int[] label;
        final int[] stack;
        int depth;
        int next;

        Configuration(int n, int[] head, int[] label, int[] stack) {
            this.n = n;
            this.head = head;
            this.label = label;
            this.stack = stack;
        }

        int stackAt(int k) {
            return k < depth ? stack[depth - 1 - k] : NONE;
        }

        int bufferAt(int k) {
            return next + k <= n ? next + k : NONE;
        }

        int leftChild(int k, int count) {
            if (k < 0 || k > n) {
                return NONE;
            }
            int seen = 0;
            for (int i = 1; i < k; i++) {
                if (head[i] == k && ++seen == count) {
                    return i;
                }
            }
            return NONE;
        }

        int rightChild(int k, int count) {
            if (k < 0 || k > n) {
                return NONE;
            }
            int seen = 0;
            for (int i = n; i > k; i--) {
                if (head[i] == k && ++seen == count) {
                    return i;
                }
            }
            return NONE;
        }

        private int word(int k, int[] wordRow) {
            return k < 0 || k > n ? nullWord : wordRow[k];
        }

        private int tag(int k, int[] tagRow) {
            return k < 0 || k > n ? nullTag : tagRow[k];
        }

        private int labelOf(int k) {
            return k <= 0 || k > n ? nullLabelRow : labelRow[label[k]];
        }

        /** Positions 0-17 words, 18-35 tags, 36-47 labels, as CoreNLP lays them out. */
        void features(int[] f, int[] wordRow, int[] tagRow) {
            for (int j = 2; j >= 0; j--) {
                int i = stackAt(j);
                f[2 - j] = word(i, wordRow);
                f[18 + 2 - j] = tag(i, tagRow);
            }
            for (int j = 0; j <= 2; j++) {
                int i = bufferAt(j);
                f[3 + j] = word(i, wordRow);
                f[18 + 3 + j] = tag(i, tagRow);
            }
            for (int j = 0; j <= 1; j++) {
                int k = stackAt(j);
                int[] children = {
                    leftChild(k, 1), rightChild(k, 1), leftChild(k, 2), rightChild(k, 2),
                    leftChild(leftChild(k, 1), 1), rightChild(rightChild(k, 1), 1)};
                for (int m = 0; m < 6; m++) {
                    int i = children[m];
                    f[6 + j * 6 + m] = word(i, wordRow);
                    f[18 + 6 + j * 6 + m] = tag(i, tagRow);
                    f[36 + j * 6 + m] = labelOf(i);
                }
            }
        }
    }
}
