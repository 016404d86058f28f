package dev.newsgraph.analysis.linguistics;

import dev.newsgraph.analysis.linguistics.TaggerModel.Kind;
import dev.newsgraph.analysis.linguistics.TaggerModel.KnownWord;
import dev.newsgraph.analysis.linguistics.TaggerModel.Template;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stanford CoreNLP's maximum-entropy part-of-speech tagger ({@code MaxentTagger} as its {@code pos}
 * annotator runs it: {@code TestSentence} with exact scores and {@code ExactBestSequenceFinder})
 * over a {@link TaggerModel}, giving CoreNLP's tags bit for bit: every score is the sum CoreNLP
 * takes, of the same weights in the same order, normalised as its {@code ArrayMath.logNormalize}
 * does, and the best sequence is found by the same Viterbi search over the same candidate tags in
 * the same order, so ties fall the same way. What differs is how the work is laid out,
 * and what need not be computed:
 * <ul>
 *   <li>what a feature template reads of one word (the word itself, its shape, cluster, prefixes,
 *       suffixes, capitals, ...) is looked up once per distinct word, as the row of its weights,
 *       and kept in a small cache that threads share, where CoreNLP builds the feature's string
 *       and looks it up in a map at every score;</li>
 *   <li>weights are kept only where the model has them (about two tags a row, of fifty), as
 *       arrays of tag numbers and weights; tags are numbers throughout, and the features of
 *       previous tags a table look-up;</li>
 *   <li>the sums that do not depend on the previous tags are made once per position;</li>
 *   <li>a previous-tags history whose features have the same rows as one already scored at
 *       the position (where the model has no weight for the pair of previous tags) reuses its
 *       scores, which are the very same numbers;</li>
 *   <li>a history that is sure to lose, by far more than any rounding, against another with the
 *       same tag one back is not scored at all (see {@link #outscored}): most of the histories
 *       after a word with many candidate tags; CoreNLP's search could never pick them;</li>
 *   <li>each step of the search finds the best previous score once per pair of tags it shares,
 *       not once per tag of the position (see {@link #forward}).</li>
 * </ul>
 * The normalisation's exponentials, one per tag and scored history, are most of what is left.
 * Thread-safe: all state of a sentence is local to its call; the cache's entries never change.
 */
final class PartOfSpeechTagger {
    /** Slots of the cache of words (a power of two). */
    static final int WORD_SLOTS = 1 << 15;

    private final TaggerModel model;
    private final int tags;
    /** The tag number of {@link TaggerModel#OUTSIDE}. */
    private final int outsideTag;
    private final int[] rowStart;
    private final int[] rowTags;
    private final double[] rowWeights;
    /** How many previous tags the model reads (CoreNLP's left window). */
    private final int leftWindow;
    /** For each template of tags, the row of each (tag two back, tag one back), or null. */
    private final int[][] tagRows;
    /** The rows by tag pair of the templates that read the tag two back. */
    private final int[][] back2Rows;
    /** See {@link #changes}. */
    private final double[] change;
    /** The template of clusters around the word, or null. */
    private final Template clusters;
    /** The number of rows and one: what a row and one is less than (for the keys of histories). */
    private final int rowBound;
    private final Word outside;
    private final Word end;
    // shared by threads without locks: an entry is a record of final fields, so a thread that sees it sees it whole
    // (JLS 17.5); a thread that sees none, or another word's, makes its own
    private final Word[] words = new Word[WORD_SLOTS];

    /**
     * What the tagger needs of one word: its candidate tags, whether it is rare, and for each
     * template of one word the row of its value (all of its form: the model's word function applied).
     * {@code rows} are the rows anywhere but at the start of a sentence, {@code startRows} there
     * (they differ for the capital templates only).
     */
    private record Word(String word, int[] candidates, boolean rare, int[] rows, int[] startRows,
            boolean startsUpper, boolean companyEnd, String cluster) {
    }

    PartOfSpeechTagger(TaggerModel model) {
        this.model = model;
        this.tags = model.tagCount;
        this.outsideTag = model.tagCount;
        this.rowStart = model.rowStart;
        this.rowTags = model.rowTags;
        this.rowWeights = model.rowWeights;
        this.rowBound = rowStart.length;
        int window = 0;
        int tagTemplates = 0;
        Template cluster = null;
        tagRows = new int[model.templates.size()][];
        for (Template t : model.templates) {
            if (t.kind() == Kind.TAGS) {
                if (t.offset() < -2 || t.last() > -1 || t.offset() > t.last()) {
                    throw new IllegalStateException("tagger model: tags at " + t.offset() + ".." + t.last());
                }
                window = Math.max(window, -t.offset());
                tagTemplates++;
                tagRows[t.id()] = tagRows(t);
            } else if (t.kind() == Kind.CLUSTERS) {
                if (cluster != null) {
                    throw new IllegalStateException("tagger model: two templates of clusters");
                }
                cluster = t;
            }
        }
        if (tagTemplates > 3) {
            throw new IllegalStateException("tagger model: more than three templates of tags");
        }
        if (window != model.leftContext) {
            throw new IllegalStateException("tagger model: a left context of " + model.leftContext + " for templates of " + window);
        }
        this.leftWindow = window;
        this.clusters = cluster;
        List<int[]> reading2 = new ArrayList<>();
        for (Template t : model.templates) {
            if (t.kind() == Kind.TAGS && t.offset() <= -2) {
                reading2.add(tagRows[t.id()]);
            }
        }
        this.back2Rows = reading2.toArray(new int[0][]);
        this.change = changes();
        this.outside = word(TaggerModel.OUTSIDE, TaggerModel.OUTSIDE);
        this.end = word(TaggerModel.END_WORD, TaggerModel.END_WORD);
    }

    static PartOfSpeechTagger english() {
        return new PartOfSpeechTagger(TaggerModel.english());
    }

    /** The row of each pair (tag two back, tag one back) of a template of tags, the value as CoreNLP writes it. */
    private int[] tagRows(Template t) {
        int[] rows = new int[(tags + 1) * (tags + 1)];
        StringBuilder value = new StringBuilder();
        for (int back2 = 0; back2 <= tags; back2++) {
            for (int back1 = 0; back1 <= tags; back1++) {
                value.setLength(0);
                for (int k = t.offset(); k <= t.last(); k++) {
                    if (k != t.offset()) {
                        value.append('!');
                    }
                    int tag = k == -1 ? back1 : back2;
                    value.append(tag == outsideTag ? TaggerModel.OUTSIDE : model.tagNames[tag]);
                }
                rows[back2 * (tags + 1) + back1] = t.row(value.toString());
            }
        }
        return rows;
    }

    /** The tags of a sentence's words (CoreNLP's {@code word()} of each token), as CoreNLP's {@code pos} annotator gives them. */
    String[] tag(List<String> sentence) {
        int n = sentence.size();
        if (n == 0) {
            return new String[0];
        }
        // CoreNLP tags an end-of-sentence word after the last, which the last word's features see
        int length = n + 1;
        Word[] w = new Word[length];
        for (int i = 0; i < n; i++) {
            w[i] = word(sentence.get(i));
        }
        w[n] = end;
        int[] best = bestSequence(w);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = model.tagNames[best[i + leftWindow]];
        }
        return out;
    }

    private Word word(String word) {
        int h = word.hashCode();
        int slot = (h ^ (h >>> 15)) & (WORD_SLOTS - 1);
        Word cached = words[slot];
        if (cached != null && cached.word().equals(word)) {
            return cached;
        }
        Word made = word(word, model.wordFunction == null ? word : model.wordFunction.apply(word));
        words[slot] = made;
        return made;
    }

    private Word word(String word, String form) {
        KnownWord known = model.dictionary.get(form);
        int count = known == null ? 0 : known.count();
        int[] candidates = count == 0 || count < model.lockThreshold ? model.openTags : known.candidates();
        boolean rare = count < model.rareThreshold;
        int templates = model.templates.size();
        int[] rows = new int[templates];
        int[] startRows = new int[templates];
        boolean startsUpper = !form.isEmpty() && Character.isUpperCase(form.charAt(0));
        boolean companyEnd = false;
        String cluster = clusters == null ? null : clusters.clusters().apply(form);
        for (Template t : model.templates) {
            int id = t.id();
            if (t.kind().ofOneWord()) {
                rows[id] = startRows[id] = t.row(t.valueOf(form));
                continue;
            }
            switch (t.kind()) {
                case START_CAPITAL -> {
                    rows[id] = t.row("0");
                    startRows[id] = t.row(capitalTag(form, startsUpper));
                }
                case MID_CAPITAL_TAG -> {
                    rows[id] = t.row(capitalTag(form, startsUpper));
                    startRows[id] = t.row("0");
                }
                case START_UPPER -> {
                    rows[id] = t.row("0");
                    boolean upper = false;
                    for (int i = 0; i < form.length() && !upper; i++) {
                        upper = Character.isUpperCase(form.charAt(i));
                    }
                    startRows[id] = t.row(upper ? "1" : "0");
                }
                case COMPANY_NAME -> {
                    companyEnd = t.companyEnds().contains(form);
                    rows[id] = startRows[id] = -1;
                }
                default -> rows[id] = startRows[id] = -1;
            }
        }
        return new Word(word, candidates, rare, rows, startRows, startsUpper, companyEnd, cluster);
    }

    /** The most frequent tag of a capitalised word's lower case, where the dictionary has it; else "0". */
    private String capitalTag(String form, boolean startsUpper) {
        if (!startsUpper) {
            return "0";
        }
        KnownWord lower = model.dictionary.get(form.toLowerCase());
        return lower == null ? "0" : lower.firstTag();
    }

    private Word at(Word[] w, int i) {
        return i < 0 || i >= w.length ? outside : w[i];
    }

    /**
     * The sums that do not depend on the previous tags, for every tag: CoreNLP's local-context
     * sum plus (after it) its local sum, each in its templates' order, common before rare.
     */
    private double[] fixedScores(Word[] w, int i) {
        Word word = w[i];
        double[] local = new double[tags];
        add(local, model.local, word.rows());
        if (word.rare()) {
            add(local, model.localRare, word.rows());
        }
        double[] s = new double[tags];
        addContext(s, model.context, w, i);
        if (word.rare()) {
            addContext(s, model.contextRare, w, i);
        }
        for (int j = 0; j < tags; j++) {
            s[j] += local[j];
        }
        return s;
    }

    private void add(double[] s, int[] templates, int[] rows) {
        for (int id : templates) {
            addRow(s, rows[id]);
        }
    }

    /** Adds a row's weights to the sums of their tags: the tags without one CoreNLP leaves as they are too. */
    private void addRow(double[] s, int row) {
        if (row >= 0) {
            for (int k = rowStart[row], end = rowStart[row + 1]; k < end; k++) {
                s[rowTags[k]] += rowWeights[k];
            }
        }
    }

    private void addContext(double[] s, int[] templates, Word[] w, int i) {
        for (int id : templates) {
            Template t = model.templates.get(id);
            int row;
            if (t.kind().ofOneWord()) {
                row = at(w, i + t.offset()).rows()[id];
            } else if (t.kind() == Kind.CLUSTERS) {
                StringBuilder value = new StringBuilder();
                for (int k = t.offset(); k <= t.last(); k++) {
                    value.append(at(w, i + k).cluster());
                    if (k < t.last()) {
                        value.append('|');
                    }
                }
                row = t.row(value.toString());
            } else { // COMPANY_NAME
                boolean company = false;
                if (w[i].startsUpper()) {
                    for (int k = 0; k <= t.last() && !company; k++) {
                        company = at(w, i + k).companyEnd();
                    }
                }
                row = t.row(company ? "1" : "0");
            }
            addRow(s, row);
        }
    }

    /**
     * The search of one sentence: CoreNLP's {@code ExactBestSequenceFinder} (Viterbi over every
     * combination of the candidates of the window of positions, with no tags to the right) with
     * positions {@code 0..leftWindow-1} padding and position {@code leftWindow + i} the word
     * {@code i}; the tag numbers of the best sequence, padding included (-1 there).
     */
    private int[] bestSequence(Word[] w) {
        final int length = w.length;
        final int left = leftWindow;
        final int padLength = length + left;
        int[][] candidates = new int[padLength][];
        int[] tagNum = new int[padLength];
        for (int pos = 0; pos < padLength; pos++) {
            candidates[pos] = pos < left ? OUTSIDE_ONLY : w[pos - left].candidates();
            tagNum[pos] = candidates[pos].length;
        }
        int[] productSizes = new int[padLength];
        int curProduct = 1;
        for (int i = 0; i < left; i++) {
            curProduct *= tagNum[i];
        }
        if (left < padLength) {
            curProduct *= tagNum[left];
            productSizes[left] = curProduct;
        }
        for (int pos = left + 1; pos < padLength; pos++) {
            curProduct /= tagNum[pos - left - 1];
            curProduct *= tagNum[pos];
            productSizes[pos] = curProduct;
        }

        int[] tempTags = new int[padLength];
        double[][] score = new double[padLength][];
        int[][] trace = new int[padLength][];
        Map<Long, double[]> seen = new HashMap<>();
        int[] rows = new int[model.dynamic.length + model.dynamicRare.length];
        for (int pos = left; pos < padLength; pos++) {
            int i = pos - left;
            double[] fixed = fixedScores(w, i);
            seen.clear();
            final int tagNumPos = tagNum[pos];
            final double[] windowScore = new double[productSizes[pos]];
            // CoreNLP runs through every product of the window's candidates and scores those whose tag at
            // pos is its first candidate; these are the products (tags before pos) * tagNum[pos], taken here directly
            final int histories = productSizes[pos] / tagNumPos;
            final int tn1 = i >= 1 ? tagNum[pos - 1] : 1;
            int[] leader = null;
            double[] prefix = null;
            if (i >= 2 && left >= 2 && tagNum[pos - 2] > 1) {
                prefix = prefixes(score[pos - 1], histories);
                leader = leaders(prefix, tn1);
            }
            for (int history = 0; history < histories; history++) {
                int back1 = outsideTag;
                int back2 = outsideTag;
                if (i >= 1) {
                    back1 = candidates[pos - 1][history % tn1];
                    if (i >= 2 && left >= 2) {
                        back2 = candidates[pos - 2][(history / tn1) % tagNum[pos - 2]];
                    }
                }
                int product = history * tagNumPos;
                if (prefix != null) {
                    int lead = leader[history % tn1];
                    if (history != lead && outscored(prefix[history], prefix[lead], back2,
                            candidates[pos - 2][lead / tn1], back1)) {
                        Arrays.fill(windowScore, product, product + tagNumPos, Double.NEGATIVE_INFINITY);
                        continue;
                    }
                }
                double[] scores = scores(w, i, back2, back1, fixed, histories > 1 ? seen : null, rows);
                for (int t = 0; t < tagNumPos; t++) {
                    windowScore[product + t] = scores[t];
                }
            }
            score[pos] = new double[productSizes[pos]];
            trace[pos] = new int[productSizes[pos]];
            if (pos == left) {
                System.arraycopy(windowScore, 0, score[pos], 0, windowScore.length);
                Arrays.fill(trace[pos], -1);
            } else {
                forward(score[pos - 1], score[pos], trace[pos], windowScore, productSizes[pos], tagNumPos, tagNum[pos - left - 1]);
            }
        }

        double bestFinalScore = Double.NEGATIVE_INFINITY;
        int bestCurrentProduct = -1;
        int end = left + length - 1;
        for (int product = 0; product < productSizes[end]; product++) {
            if (score[end][product] > bestFinalScore) {
                bestCurrentProduct = product;
                bestFinalScore = score[end][product];
            }
        }
        int lastProduct = bestCurrentProduct;
        for (int last = padLength - 1; last >= length - 1 && last >= 0; last--) {
            final int tagNumLast = tagNum[last];
            final int tempProduct = lastProduct;
            lastProduct /= tagNumLast;
            tempTags[last] = candidates[last][tempProduct - lastProduct * tagNumLast];
        }
        for (int pos = left + length - 2; pos >= left; pos--) {
            final int bestNextProduct = bestCurrentProduct;
            final int prevPos = pos - left;
            bestCurrentProduct = trace[pos + 1][bestNextProduct];
            tempTags[prevPos] = candidates[prevPos][bestCurrentProduct / (productSizes[pos] / tagNum[prevPos])];
        }
        return tempTags;
    }

    /**
     * For each history (the two tags before a position), the best score of a product (the three
     * tags up to the previous position) that ends in it: the best a path through the history
     * can score before the position's own scores are added.
     */
    private static double[] prefixes(double[] previous, int histories) {
        double[] prefix = new double[histories];
        Arrays.fill(prefix, Double.NEGATIVE_INFINITY);
        for (int product = 0; product < previous.length; product++) {
            int history = product % histories;
            if (previous[product] > prefix[history]) {
                prefix[history] = previous[product];
            }
        }
        return prefix;
    }

    /** For each tag one back, the history with the best prefix among those that end in it (the first of equals). */
    private static int[] leaders(double[] prefix, int tagNum1) {
        int[] leader = new int[tagNum1];
        for (int b = 0; b < tagNum1; b++) {
            int best = b;
            for (int history = b + tagNum1; history < prefix.length; history += tagNum1) {
                if (prefix[history] > prefix[best]) {
                    best = history;
                }
            }
            leader[b] = best;
        }
        return leader;
    }

    /**
     * Whether every product of history (back2, back1) is sure to score less, by far more than any
     * rounding, than the product of the leading history (lead2, back1) with the same tag at the
     * position: then no best path runs through it, and CoreNLP's search would never pick it, so its
     * scores need not be made (they are left at minus infinity, which no comparison picks either).
     * Scores are log-probabilities, at most 0, so a product scores at most its prefix; the two
     * histories differ only in the templates that read the tag two back, and where every tag's sum
     * changes by d_t, a tag's normalised log-probability changes by at most max d - min d (its own
     * d_t less the change of the normaliser, which lies between min d and max d). The margin, a
     * millionth, is far above any rounding of these sums.
     */
    private boolean outscored(double prefix, double leadPrefix, int back2, int lead2, int back1) {
        return prefix + change[(back2 * (tags + 1) + lead2) * (tags + 1) + back1] + 1e-6 * (1 + Math.abs(leadPrefix)) < leadPrefix;
    }

    /**
     * For each (tag two back, another tag two back, tag one back), how much more a normalised
     * log-probability can be after the first than after the second, all else equal.
     */
    private double[] changes() {
        int n = tags + 1;
        double[] change = new double[n * n * n];
        for (int back2 = 0; back2 < n; back2++) {
            for (int lead2 = 0; lead2 < n; lead2++) {
                for (int back1 = 0; back1 < n; back1++) {
                    double c = 0;
                    if (back2Rows.length == 1) {
                        c = spread(back2Rows[0][back2 * n + back1], back2Rows[0][lead2 * n + back1]);
                    } else {
                        for (int[] byTags : back2Rows) {
                            c += 2 * (reach(byTags[back2 * n + back1]) + reach(byTags[lead2 * n + back1]));
                        }
                    }
                    change[(back2 * n + lead2) * n + back1] = c;
                }
            }
        }
        return change;
    }

    /** The largest weight of a row in absolute value (0 for no row). */
    private double reach(int row) {
        double reach = 0;
        if (row >= 0) {
            for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
                reach = Math.max(reach, Math.abs(rowWeights[k]));
            }
        }
        return reach;
    }

    /**
     * How much more a normalised log-probability can be with one row's weights than with
     * another's, all else equal: at most the largest difference of a tag's weights less the
     * smallest (a tag neither row has counts 0). Rows list their tags in ascending order.
     */
    private double spread(int row, int other) {
        int k = row < 0 ? 0 : rowStart[row];
        int kEnd = row < 0 ? 0 : rowStart[row + 1];
        int m = other < 0 ? 0 : rowStart[other];
        int mEnd = other < 0 ? 0 : rowStart[other + 1];
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        int seen = 0;
        while (k < kEnd || m < mEnd) {
            double d;
            if (m >= mEnd || (k < kEnd && rowTags[k] < rowTags[m])) {
                d = rowWeights[k++];
            } else if (k >= kEnd || rowTags[m] < rowTags[k]) {
                d = -rowWeights[m++];
            } else {
                d = rowWeights[k++] - rowWeights[m++];
            }
            max = Math.max(max, d);
            min = Math.min(min, d);
            seen++;
        }
        if (seen < tags) {
            max = Math.max(max, 0);
            min = Math.min(min, 0);
        }
        return max - min;
    }

    /**
     * One step of CoreNLP's {@code forwardViterbi}: for each product (the window's tags), the best
     * score over the tag that leaves the window, {@code previous[pred] + window[product]}, the first
     * such tag of equal scores. CoreNLP adds and compares for every leaving tag; as rounding is
     * monotonic, the best sum is the best previous score plus the window's, reached first by the
     * first best previous score, unless an earlier, lower previous score rounds to the same sum: this
     * finds the best previous score once per shared part of the product, and looks for such an
     * earlier tag only where the best earlier one reaches the sum too.
     */
    private static void forward(double[] previous, double[] score, int[] trace, double[] window, int products,
            int tagNumRight, int tagNumLeft) {
        final int factor = products / tagNumRight;
        for (int shared = 0; shared < factor; shared++) {
            double best = Double.NEGATIVE_INFINITY;
            int first = -1;
            for (int a = 0; a < tagNumLeft; a++) {
                double s = previous[a * factor + shared];
                if (first < 0 || s > best) {
                    best = s;
                    first = a;
                }
            }
            double earlier = Double.NEGATIVE_INFINITY;
            boolean anyEarlier = false;
            for (int a = 0; a < first; a++) {
                double s = previous[a * factor + shared];
                if (!anyEarlier || s > earlier) {
                    earlier = s;
                    anyEarlier = true;
                }
            }
            for (int t = 0; t < tagNumRight; t++) {
                int product = shared * tagNumRight + t;
                double w = window[product];
                double sum = best + w;
                if (!(sum > Double.NEGATIVE_INFINITY)) {
                    // no previous score nor window score is ever +infinity or NaN: every sum is -infinity, none is picked
                    score[product] = Double.NEGATIVE_INFINITY;
                    trace[product] = -1;
                } else if (anyEarlier && !(earlier + w < sum)) {
                    // CoreNLP's own loop
                    double scoreProduct = Double.NEGATIVE_INFINITY;
                    int traceProduct = -1;
                    for (int a = 0; a < tagNumLeft; a++) {
                        int pred = a * factor + shared;
                        double predScore = previous[pred] + w;
                        if (predScore > scoreProduct) {
                            scoreProduct = predScore;
                            traceProduct = pred;
                        }
                    }
                    score[product] = scoreProduct;
                    trace[product] = traceProduct;
                } else {
                    score[product] = sum;
                    trace[product] = first * factor + shared;
                }
            }
        }
    }

    /** The candidates of a padding position: CoreNLP's "NA", which its tag index does not hold. */
    private static final int[] OUTSIDE_ONLY = {-1};

    /**
     * CoreNLP's {@code TestSentence.getExactScores} at position {@code i} after tags {@code back2},
     * {@code back1}: the sums over the templates of previous tags (and of capitals), then plus the
     * fixed sums, normalised over all tags; the scores of the position's candidates. A history whose
     * rows are those of one scored before at the position gets that one's scores ({@code seen}).
     */
    private double[] scores(Word[] w, int i, int back2, int back1, double[] fixed, Map<Long, double[]> seen, int[] rows) {
        Word word = w[i];
        long key = 0;
        int count = 0;
        for (int pass = 0; pass < (word.rare() ? 2 : 1); pass++) {
            for (int id : pass == 0 ? model.dynamic : model.dynamicRare) {
                int row;
                if (tagRows[id] != null) {
                    row = tagRows[id][back2 * (tags + 1) + back1];
                    key = key * rowBound + row + 1;
                } else {
                    row = i == 0 ? word.startRows()[id] : word.rows()[id];
                }
                rows[count++] = row;
            }
        }
        double[] known = seen == null ? null : seen.get(key);
        if (known != null) {
            return known;
        }
        double[] s = new double[tags];
        for (int k = 0; k < count; k++) {
            addRow(s, rows[k]);
        }
        for (int j = 0; j < tags; j++) {
            s[j] += fixed[j];
        }
        logNormalize(s);
        int[] candidates = word.candidates();
        double[] out = new double[candidates.length];
        for (int j = 0; j < candidates.length; j++) {
            out[j] = s[candidates[j]];
        }
        if (seen != null) {
            seen.put(key, out);
        }
        return out;
    }

    /** {@code ArrayMath.logNormalize}: subtracts {@code ArrayMath.logSum} of the array from each value. */
    static void logNormalize(double[] a) {
        double logTotal = logSum(a);
        if (logTotal == Double.NEGATIVE_INFINITY) {
            double v = -Math.log(a.length);
            Arrays.fill(a, v);
            return;
        }
        for (int i = 0; i < a.length; i++) {
            a[i] += -logTotal;
        }
    }

    /** {@code ArrayMath.logSum}: the first maximum, then the other values within 30 of it, in order. */
    static double logSum(double[] a) {
        int maxIdx = 0;
        double max = a[0];
        for (int i = 1; i < a.length; i++) {
            if (a[i] > max) {
                maxIdx = i;
                max = a[i];
            }
        }
        double intermediate = 0.0;
        double cutoff = max - 30.0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i];
            if (i != maxIdx && d > cutoff) {
                intermediate += Math.exp(d - max);
            }
        }
        return intermediate != 0 ? (max + Math.log(1 + intermediate)) : max;
    }
}
