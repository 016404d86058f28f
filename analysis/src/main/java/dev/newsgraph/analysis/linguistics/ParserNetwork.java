package dev.newsgraph.analysis.linguistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The feed-forward network of Stanford CoreNLP's neural dependency parser (Chen and Manning
 * 2014: 48 embedded features, one cube-activated hidden layer, a score per transition), read
 * from a compact model file made at build time from CoreNLP's own ({@link ModelFiles}), or from
 * CoreNLP's text where that file is missing, and evaluated with the very arithmetic of CoreNLP's
 * {@code nndep.Classifier}, so that every score, and so every parse, is bit for bit the one
 * CoreNLP computes. What differs is only how the work is laid out:
 * <ul>
 *   <li>the input weights are stored transposed, so that each product is a run of independent
 *       multiply-adds over the hidden units (which the JIT vectorises) rather than a chain of
 *       dependent ones, with each sum still taken in CoreNLP's order;</li>
 *   <li>the products of the pre-computed features are made on first use rather than all at load
 *       (the parser starts about a second sooner and holds only those a corpus uses);</li>
 *   <li>the products of the other features are made roughly in floats and kept in a lock-free
 *       cache that threads share (a cached product is the very value a fresh one would be);</li>
 *   <li>output scores are summed over the hidden units for all transitions at once;</li>
 *   <li>the hidden layer and the scores are computed first in floats, from the features' products
 *       rounded to floats ({@link #roughScores}), with a proven bound on each score's distance from
 *       the exact one, and exactly ({@link #hiddenLayer}, {@link #outputScores}) only where those
 *       bounds cannot tell the best transition from another (about 1 in 1,000 configurations);</li>
 *   <li>the products of features are computed by an {@link EmbeddingProduct}: in doubles rounded
 *       to floats by splitting, or over the JDK's vector API where the JVM has it.</li>
 * </ul>
 * Immutable but for the two caches, whose entries never change once made: thread-safe.
 */
final class ParserNetwork {
    /** Features per parser configuration (CoreNLP's {@code Config.numTokens}). */
    static final int FEATURES = 48;
    /** How many of the model's frequent features get a pre-computed product (CoreNLP's default). */
    static final int PRE_COMPUTED = 20_000;
    /** Slots of the cache of the other features' products (a power of two; 4 kB each at most). */
    static final int CACHE_SLOTS = 1 << 14;

    static final String UNKNOWN = "-UNKNOWN-";
    static final String NULL = "-NULL-";
    static final String ROOT = "-ROOT-";

    final int embeddingSize;
    final int hiddenSize;
    final int outputs;
    /** Embedding rows: words, then tags, then labels. */
    final float[][] embeddings;
    final float[] bias;
    /**
     * The output weights, transposed and widened to doubles (exactly, so each product is the one
     * CoreNLP takes of the float): {@code w2t[hidden][transition]}.
     */
    final double[][] w2t;
    /** The output weights as the model holds them (floats), {@code w2f[hidden][transition]}, for the rough scores. */
    final float[][] w2f;
    /** For each transition, the largest magnitude of its output weights, and their Euclidean norm (rounded up). */
    private final double[] w2Largest;
    private final double[] w2Norm;
    /** The relative error of a rough product ({@link #roughProductError}). */
    private final float roughProductError;
    /** The relative error of a rough score ({@link #roughError}). */
    private final double roughError;
    /** Activations below this magnitude give rough scores far inside floats' range. */
    private final double activationLimit;
    /** The words' rows (the first rows), by the word: a {@link StringTable}, as the words are 77,000. */
    final StringTable wordIds;
    private final int unknownWord;
    final Map<String, Integer> tagIds;
    final Map<String, Integer> labelIds;
    /** The labels in model order; transitions are L(label 1..), R(label 1..), S. */
    final List<String> labels;
    /**
     * The pre-computed features' slots by feature id ({@code row * FEATURES + position}): open
     * addressing, probed linearly, pairs of (id + 1, slot), (0, 0) where free. A quarter full or
     * less: 0.5 MB, where an array of a slot for every possible id (3.7 million) took 15 MB and was
     * read at a cache miss a feature.
     */
    private final int[] preComputedSlots;
    // plain arrays shared by threads without locks: an entry is an object of final fields, so a thread
    // that sees it sees its values whole (JLS 17.5); a thread that sees none, or another's, computes its own
    private final PreComputed[] preComputed;
    private final Rounded[] cache = new Rounded[CACHE_SLOTS];
    /**
     * The features' products with the hidden layer's input weights, which it holds, transposed:
     * row {@code feature * embeddingSize + e}, a value per hidden unit.
     */
    private final EmbeddingProduct product;
    /**
     * The input weights as the model's floats, for the rough products of features with no pre-computed
     * one (half the bytes of the doubles the split kernel reads), and each row's largest magnitude.
     */
    private final float[][] inputWeights;
    private final float[] inputLargest;

    /**
     * A pre-computed feature's product rounded to floats, for the rough hidden layer (the exact
     * layer makes the product again in doubles, which it needs about once in 1,000 configurations):
     * half the memory and half the bytes to read of the doubles CoreNLP keeps.
     */
    private record PreComputed(float[] values) {
    }

    /**
     * Another feature's product, made roughly in floats ({@link #roughProduct}); the exact layer makes
     * CoreNLP's (the double sum rounded to floats) again where it needs it.
     */
    private record Rounded(int feature, float[] values) {
    }

    /** The kind of model in a compact model file ({@link CompactModelInput}). */
    static final String KIND = "dependency-parser";

    /**
     * What a model file holds, in the order it holds it: the sizes, the names of the embedding rows
     * (words, then tags, then labels), the embeddings, the input weights (transposed, as the file
     * holds them), the bias, the output weights hidden unit by hidden unit ({@code w2[h * outputs + t]})
     * and the ids of the features to pre-compute, in slot order.
     */
    private record Parts(int words, int tags, int labelCount, int embeddingSize, int hiddenSize, String[] names,
            float[][] embeddings, float[][] w1t, float[] bias, float[] w2, int[] preComputedIds) {
        int rows() {
            return words + tags + labelCount;
        }

        int outputs() {
            return labelCount * 2 - 1;
        }
    }

    private ParserNetwork(Parts p) {
        embeddingSize = p.embeddingSize();
        hiddenSize = p.hiddenSize();
        int words = p.words();
        int tags = p.tags();
        int rows = p.rows();
        embeddings = p.embeddings();
        tagIds = new HashMap<>();
        labelIds = new HashMap<>();
        labels = new ArrayList<>();
        wordIds = StringTable.of(Arrays.asList(p.names()).subList(0, words));
        unknownWord = wordIds.indexOf(UNKNOWN);
        if (unknownWord < 0) {
            throw new IllegalStateException("parser model: no " + UNKNOWN + " word");
        }
        for (int r = words; r < rows; r++) {
            String name = p.names()[r];
            if (r < words + tags) {
                tagIds.put(name, r);
            } else {
                labelIds.put(name, r);
                labels.add(name);
            }
        }
        product = EmbeddingProduct.fastest(p.w1t());
        inputWeights = p.w1t();
        inputLargest = new float[inputWeights.length];
        for (int r = 0; r < inputWeights.length; r++) {
            float largest = 0;
            for (float w : inputWeights[r]) {
                largest = Math.max(largest, Math.abs(w));
            }
            inputLargest[r] = largest;
        }
        roughProductError = roughProductError(embeddingSize);
        bias = p.bias();
        outputs = p.outputs();
        w2t = new double[hiddenSize][outputs];
        w2f = new float[hiddenSize][outputs];
        w2Largest = new double[outputs];
        w2Norm = new double[outputs];
        for (int h = 0; h < hiddenSize; h++) {
            for (int t = 0; t < outputs; t++) {
                float w = p.w2()[h * outputs + t];
                w2t[h][t] = w;
                w2f[h][t] = w;
                w2Largest[t] = Math.max(w2Largest[t], Math.abs((double) w));
                w2Norm[t] += (double) w * w;
            }
        }
        double largest = 1;
        for (int t = 0; t < outputs; t++) {
            w2Norm[t] = Math.sqrt(w2Norm[t]) * (1 + 1e-9);
            largest = Math.max(largest, w2Largest[t]);
        }
        roughError = roughError(hiddenSize);
        activationLimit = 0x1p100 / (largest * hiddenSize);
        int[] ids = p.preComputedIds();
        preComputedSlots = new int[2 * Integer.highestOneBit(Math.max(2, ids.length * 2)) * 2];
        int mask = preComputedSlots.length / 2 - 1;
        for (int i = 0; i < ids.length; i++) {
            int at = preComputedHash(ids[i]) & mask;
            while (preComputedSlots[2 * at] != 0 && preComputedSlots[2 * at] != ids[i] + 1) {
                at = (at + 1) & mask;
            }
            preComputedSlots[2 * at] = ids[i] + 1;
            preComputedSlots[2 * at + 1] = i; // CoreNLP's map keeps the last slot of a repeated id; so does this
        }
        preComputed = new PreComputed[ids.length];
    }

    /** The parts of a model in CoreNLP's text format. */
    private static Parts parts(ModelText in) throws IOException {
        int words = in.intSetting();
        int tags = in.intSetting();
        int labelCount = in.intSetting();
        int embeddingSize = in.intSetting();
        int hiddenSize = in.intSetting();
        int features = in.intSetting();
        int preComputedCount = in.intSetting();
        if (features != FEATURES) {
            throw new IOException("parser model has " + features + " features, not " + FEATURES);
        }
        int rows = words + tags + labelCount;
        String[] names = new String[rows];
        float[][] embeddings = new float[rows][embeddingSize];
        for (int r = 0; r < rows; r++) {
            names[r] = in.word();
            in.floats(embeddings[r], embeddingSize);
            in.endLine();
        }
        // the file holds W1 column by column (a line per input, a value per hidden unit): exactly the transposed layout
        float[][] w1t = new float[embeddingSize * FEATURES][hiddenSize];
        for (float[] column : w1t) {
            in.floats(column, hiddenSize);
            in.endLine();
        }
        float[] bias = new float[hiddenSize];
        in.floats(bias, hiddenSize);
        in.endLine();
        int outputs = labelCount * 2 - 1;
        float[] w2 = new float[hiddenSize * outputs];
        float[] column = new float[outputs];
        for (int h = 0; h < hiddenSize; h++) {
            in.floats(column, outputs);
            in.endLine();
            System.arraycopy(column, 0, w2, h * outputs, outputs);
        }
        int[] ids = new int[Math.min(preComputedCount, PRE_COMPUTED)];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = in.integer();
            if (ids[i] < 0 || ids[i] >= rows * FEATURES) {
                throw new IOException("parser model: pre-computed feature " + ids[i] + " out of range");
            }
        }
        return new Parts(words, tags, labelCount, embeddingSize, hiddenSize, names, embeddings, w1t, bias, w2, ids);
    }

    /** The parts of a model in a compact model file, as {@link #write} wrote them. */
    private static Parts parts(CompactModelInput in) {
        int words = in.readInt();
        int tags = in.readInt();
        int labelCount = in.readInt();
        int embeddingSize = in.readInt();
        int hiddenSize = in.readInt();
        String[] names = in.readStrings();
        int rows = words + tags + labelCount;
        if (words < 0 || tags < 0 || labelCount < 1 || embeddingSize < 1 || hiddenSize < 1 || names.length != rows) {
            throw in.corrupt("parser model sizes do not agree");
        }
        float[][] embeddings = in.readFloatRows(rows, embeddingSize);
        float[][] w1t = in.readFloatRows(embeddingSize * FEATURES, hiddenSize);
        float[] bias = in.readFloats();
        float[] w2 = in.readFloats();
        int[] ids = in.readInts();
        if (bias.length != hiddenSize || w2.length != hiddenSize * (labelCount * 2 - 1) || ids.length > PRE_COMPUTED) {
            throw in.corrupt("parser model sizes do not agree");
        }
        for (int id : ids) {
            if (id < 0 || id >= rows * FEATURES) {
                throw in.corrupt("parser model: pre-computed feature " + id + " out of range");
            }
        }
        return new Parts(words, tags, labelCount, embeddingSize, hiddenSize, names, embeddings, w1t, bias, w2, ids);
    }

    /** The name of the compact model file made from CoreNLP's model {@code resource}: {@code english_UD.parser.bin}. */
    static String compactNameOf(String resource) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        return (name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name) + ".parser.bin";
    }

    /**
     * The model made from CoreNLP's model {@code resource}: read from its compact file (made at build
     * time by {@link ModelFiles}), or from CoreNLP's text where that file is not on the class path.
     */
    static ParserNetwork load(String resource) {
        return CompactModelInput.open(compactNameOf(resource), KIND, resource).map(in -> new ParserNetwork(in.read(ParserNetwork::parts)))
                .orElseGet(() -> fromCoreNlp(resource));
    }

    /** Reads a model in CoreNLP's text format (gzipped) from the class path. */
    static ParserNetwork fromCoreNlp(String resource) {
        return new ParserNetwork(textParts(resource));
    }

    private static Parts textParts(String resource) {
        InputStream raw = ParserNetwork.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("parser model " + resource + " is not on the class path");
        }
        try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
            return parts(new ModelText(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read parser model " + resource, e);
        }
    }

    /** Writes CoreNLP's text model {@code resource} as {@link #load} reads it from a compact file. */
    static void write(String resource, CompactModelOutput out) throws IOException {
        Parts p = textParts(resource);
        out.writeInt(p.words());
        out.writeInt(p.tags());
        out.writeInt(p.labelCount());
        out.writeInt(p.embeddingSize());
        out.writeInt(p.hiddenSize());
        out.writeStrings(Arrays.asList(p.names()));
        out.writeFloatRows(p.embeddings());
        out.writeFloatRows(p.w1t());
        out.writeFloats(p.bias());
        out.writeFloats(p.w2());
        out.writeInts(p.preComputedIds());
    }

    int outputs() {
        return outputs;
    }

    private static int preComputedHash(int id) {
        int h = id * 0x9E3779B1;
        return h ^ (h >>> 16);
    }

    /** The slot of the feature {@code id} ({@code row * FEATURES + position}) among the pre-computed, or -1. */
    int preComputedSlot(int id) {
        int mask = preComputedSlots.length / 2 - 1;
        for (int at = preComputedHash(id) & mask; ; at = (at + 1) & mask) {
            int key = preComputedSlots[2 * at];
            if (key == id + 1) {
                return preComputedSlots[2 * at + 1];
            }
            if (key == 0) {
                return -1;
            }
        }
    }

    /** How many features get a pre-computed product. */
    int preComputedCount() {
        return preComputed.length;
    }

    int hiddenSize() {
        return hiddenSize;
    }

    /** The row of a word's embedding, the unknown word's where the model has not seen it. */
    int wordId(String word) {
        int id = wordIds.indexOf(word);
        return id >= 0 ? id : unknownWord;
    }

    int tagId(String tag) {
        Integer id = tagIds.get(tag);
        return id != null ? id : tagIds.get(UNKNOWN);
    }

    /**
     * The score of every transition for one configuration's features, into {@code scores};
     * {@code hidden} is scratch of {@link #hiddenSize()} values.
     */
    void scores(int[] features, double[] hidden, double[] scores) {
        hiddenLayer(features, hidden);
        outputScores(hidden, scores);
    }

    /**
     * The hidden layer's activations (cubed) for one configuration's features, into {@code hidden},
     * exactly as CoreNLP computes them: each pre-computed feature's product made in doubles (again:
     * the cache keeps it rounded, for {@link #roughScores}), each other one the float CoreNLP caches,
     * summed feature by feature in order.
     */
    void hiddenLayer(int[] features, double[] hidden) {
        double[] product = new double[hiddenSize];
        Arrays.fill(hidden, 0.0);
        for (int j = 0; j < FEATURES; j++) {
            Arrays.fill(product, 0.0);
            productInto(product, features[j], j);
            if (preComputedSlot(features[j] * FEATURES + j) >= 0) {
                for (int h = 0; h < hiddenSize; h++) {
                    hidden[h] += product[h];
                }
            } else {
                this.product.addWidened(hidden, rounded(product)); // the float CoreNLP caches
            }
        }
        for (int h = 0; h < hiddenSize; h++) {
            double v = hidden[h] + bias[h];
            hidden[h] = v * v * v;
        }
    }

    /** Scratch of one parse for {@link #roughScores}. */
    static final class RoughScratch {
        final float[][] products = new float[FEATURES][];
        final float[] sum;
        final float[] activations;
        final float[] slack;
        final float[] reach;

        RoughScratch(int hidden) {
            sum = new float[hidden];
            activations = new float[hidden];
            slack = new float[hidden];
            reach = new float[hidden];
        }
    }

    /**
     * A product rounded to floats, with two values more after the hidden units': the largest
     * magnitude among them, which bounds the product's share of a rough unit's rounding, and how far
     * any of them may be from the exact term (here only the allowance for underflow: they are the
     * exact product rounded).
     */
    private float[] rounded(double[] product) {
        float[] values = new float[hiddenSize + 2];
        float largest = 0;
        for (int h = 0; h < hiddenSize; h++) {
            values[h] = (float) product[h];
            largest = Math.max(largest, Math.abs(values[h]));
        }
        values[hiddenSize] = largest;
        values[hiddenSize + 1] = UNDERFLOW;
        return values;
    }

    /**
     * An absolute allowance, added to each bound, for roundings below floats' normal range (at most
     * 2^-150 each, where relative bounds do not hold): far above the few hundred such a unit can take,
     * far below any error that counts.
     */
    private static final float UNDERFLOW = 1e-38f;

    /**
     * The relative error of a rough product: summed in floats over the {@code n} embedding values, it
     * lies within {@code gamma_n} times {@code S = sum_k |e_k w_kh|} of the real sum, and CoreNLP's term
     * (each product rounded to a float, summed in doubles, the sum rounded to a float) within {@code (2u
     * + gamma_n(2^-53)) S} of it; one percent more covers the rounding of the bound. {@code S} is bounded
     * by {@code sum_k |e_k| max_h |w_kh|}.
     */
    private static float roughProductError(int n) {
        return (float) ((gamma(n, FLOAT_UNIT) + 2 * FLOAT_UNIT + gamma(n, DOUBLE_UNIT)) * 1.01);
    }

    /** The unit roundoffs of floats and doubles. */
    private static final double FLOAT_UNIT = 0x1p-24;
    private static final double DOUBLE_UNIT = 0x1p-53;

    /** Higham's {@code gamma_n = n u / (1 - n u)}: the relative error of a sum of {@code n} terms in unit roundoff {@code u}. */
    private static double gamma(int n, double u) {
        return n * u / (1 - n * u);
    }

    /**
     * A feature's product made in floats from the float weights, with its largest magnitude and the
     * bound on its distance from CoreNLP's term after it (as {@link #rounded}).
     */
    float[] roughProduct(int row, int position) {
        float[] values = new float[hiddenSize + 2];
        float[] e = embeddings[row];
        int offset = position * embeddingSize;
        float reach = 0;
        for (int k = 0; k < e.length; k++) {
            float ek = e[k];
            float[] w = inputWeights[offset + k];
            for (int h = 0; h < hiddenSize; h++) {
                values[h] += w[h] * ek;
            }
            reach += Math.abs(ek) * inputLargest[offset + k];
        }
        float largest = 0;
        for (int h = 0; h < hiddenSize; h++) {
            largest = Math.max(largest, Math.abs(values[h]));
        }
        values[hiddenSize] = largest;
        values[hiddenSize + 1] = roughProductError * reach + UNDERFLOW;
        return values;
    }

    /**
     * A feature's product made in doubles and rounded to floats ({@link #rounded}): CoreNLP's term
     * for a feature with no pre-computed product, and what the cache keeps of a pre-computed one.
     */
    float[] exactTerm(int row, int position) {
        double[] product = new double[hiddenSize];
        productInto(product, row, position);
        return rounded(product);
    }

    /** The features' products, as floats: the pre-computed ones rounded (made on first use), the others cached. */
    private void gather(int[] features, float[][] products) {
        for (int j = 0; j < FEATURES; j++) {
            int id = features[j] * FEATURES + j;
            int slot = preComputedSlot(id);
            if (slot >= 0) {
                PreComputed e = preComputed[slot];
                if (e == null) {
                    e = new PreComputed(exactTerm(features[j], j)); // filled before the object is made, so it is published whole
                    preComputed[slot] = e;
                }
                products[j] = e.values();
            } else {
                products[j] = cachedProduct(id, features[j], j);
            }
        }
    }

    /** Every transition's score from the hidden layer's activations, as CoreNLP computes it. */
    void outputScores(double[] hidden, double[] scores) {
        Arrays.fill(scores, 0, outputs, 0.0);
        // four hidden units a pass, each score still summed over the hidden units in order
        int h = 0;
        for (; h + 3 < hiddenSize; h += 4) {
            double v0 = hidden[h];
            double v1 = hidden[h + 1];
            double v2 = hidden[h + 2];
            double v3 = hidden[h + 3];
            double[] w0 = w2t[h];
            double[] w1 = w2t[h + 1];
            double[] w2 = w2t[h + 2];
            double[] w3 = w2t[h + 3];
            for (int t = 0; t < outputs; t++) {
                scores[t] = scores[t] + v0 * w0[t] + v1 * w1[t] + v2 * w2[t] + v3 * w3[t];
            }
        }
        for (; h < hiddenSize; h++) {
            double v = hidden[h];
            double[] w = w2t[h];
            for (int t = 0; t < outputs; t++) {
                scores[t] += v * w[t];
            }
        }
    }

    /**
     * The relative error of a rough score: a score summed in floats over {@code n} hidden units lies
     * within {@code (gamma_n(1 + u) + u) * S} of the exact sum, where {@code u = 2^-24}, {@code gamma_n
     * = n u / (1 - n u)} and {@code S = sum_h |v_h w_ht|} (Higham, "Accuracy and Stability of Numerical
     * Algorithms", 3.1, for any order of summation; the extra {@code u} for each activation rounded to
     * a float, the weights being floats already); the exact score, summed in doubles, within {@code
     * gamma_n(2^-53) * S} of the same. One percent more covers the rounding of the bound itself.
     */
    private static double roughError(int n) {
        return (gamma(n, FLOAT_UNIT) * (1 + FLOAT_UNIT) + FLOAT_UNIT + gamma(n, DOUBLE_UNIT)) * 1.01;
    }

    /**
     * The relative error of a rough unit of the hidden layer: a float sum of the 48 features'
     * products, each rounded to a float, lies within {@code (gamma_48(1 + u) + u) * A} of their exact
     * sum, and CoreNLP's double sum within {@code gamma_48(2^-53) * A}, where {@code A = sum_j |p_j|}:
     * the same sum as a score's ({@link #roughError}) over the 48 features. {@code A} is bounded by
     * the sum of each product's largest magnitude, kept with it.
     */
    private static final float HIDDEN_ERROR = (float) roughError(FEATURES);

    /**
     * Rough scores of every transition, computed in floats from the features' products rounded to
     * floats (half the bytes to read, twice the lanes of a vector), with a bound on each one's distance
     * from the exact score that {@link #hiddenLayer} and {@link #outputScores} give: that score lies
     * within {@code bounds[t]} of {@code rough[t]}.
     * <ul>
     *   <li>A hidden unit's rough sum plus its bias {@code y'} is within {@code d = HIDDEN_ERROR * A +
     *       4u|y'|} of the exact one ({@link #HIDDEN_ERROR}; {@code 4u|y'|} covers the roundings of adding
     *       the bias in floats and in doubles);</li>
     *   <li>its cube within {@code 3 d m^2 + 8u m^3}, {@code m = |y'| + 2d} ({@code y^3 - y'^3 = (y -
     *       y')(y^2 + y y' + y'^2)}, and the cubes' own roundings);</li>
     *   <li>a score within {@code roughError * H(|v'| + dv) + H(dv)}, where {@code H(a)} bounds {@code
     *       sum_h a_h |w_ht|} by Hoelder's inequality, the smaller of (largest weight) x (sum of a) and
     *       (norm of the weights) x (norm of a).</li>
     * </ul>
     * The bound's own sums are taken in floats and widened by a margin far above their rounding. False,
     * with nothing bounded, where the activations are so large that a float could not hold them or
     * their scores.
     */
    boolean roughScores(int[] features, RoughScratch s, float[] rough, double[] bounds) {
        gather(features, s.products);
        float[] sum = s.sum;
        Arrays.fill(sum, 0f);
        float largest = 0;
        float error = 0;
        for (int j = 0; j + 3 < FEATURES; j += 4) {
            float[] p0 = s.products[j];
            float[] p1 = s.products[j + 1];
            float[] p2 = s.products[j + 2];
            float[] p3 = s.products[j + 3];
            for (int h = 0; h < hiddenSize; h++) {
                sum[h] = sum[h] + p0[h] + p1[h] + p2[h] + p3[h];
            }
            largest += p0[hiddenSize] + p1[hiddenSize] + p2[hiddenSize] + p3[hiddenSize];
            error += p0[hiddenSize + 1] + p1[hiddenSize + 1] + p2[hiddenSize + 1] + p3[hiddenSize + 1];
        }
        return roughScores(sum, largest, error, s, rough, bounds);
    }

    /**
     * The rough scores from the rough hidden units' sums (before the bias), the sum of the products'
     * largest magnitudes and the sum of their own errors (rough products'), as {@link
     * #roughScores(int[], RoughScratch, float[], double[])}.
     */
    boolean roughScores(float[] sum, float largest, float error, RoughScratch s, float[] rough, double[] bounds) {
        float spread = (HIDDEN_ERROR * largest + error) * 1.001f;
        float[] activations = s.activations;
        float[] slack = s.slack;
        float[] reach = s.reach;
        float biasError = 0x1p-22f;
        float cubeError = 0x1p-21f;
        for (int h = 0; h < hiddenSize; h++) {
            float y = sum[h] + bias[h];
            float a = Math.abs(y);
            float d = spread + biasError * a;
            float m = a + 2 * d;
            float dv = 3 * d * m * m + cubeError * m * m * m + UNDERFLOW;
            float v = y * y * y;
            activations[h] = v;
            slack[h] = dv;
            reach[h] = Math.abs(v) + dv;
        }
        // sums of magnitudes and of squares, in four running sums each (the order does not matter to a bound)
        float r1a = 0, r1b = 0, r2a = 0, r2b = 0, s1a = 0, s1b = 0, s2a = 0, s2b = 0;
        int h = 0;
        for (; h + 1 < hiddenSize; h += 2) {
            float r0 = reach[h];
            float r1 = reach[h + 1];
            float d0 = slack[h];
            float d1 = slack[h + 1];
            r1a += r0;
            r1b += r1;
            r2a += r0 * r0;
            r2b += r1 * r1;
            s1a += d0;
            s1b += d1;
            s2a += d0 * d0;
            s2b += d1 * d1;
        }
        for (; h < hiddenSize; h++) {
            r1a += reach[h];
            r2a += reach[h] * reach[h];
            s1a += slack[h];
            s2a += slack[h] * slack[h];
        }
        double l1 = ((double) r1a + r1b) * 1.01;
        if (!(l1 < activationLimit)) {
            return false; // also where an activation is not a number
        }
        double l2 = Math.sqrt(((double) r2a + r2b) * 1.01);
        double d1 = ((double) s1a + s1b) * 1.01;
        double d2 = Math.sqrt(((double) s2a + s2b) * 1.01);
        roughOutput(activations, rough);
        for (int t = 0; t < outputs; t++) {
            // the constant covers products and sums that fall below floats' normal range (at most 2^-150 each)
            bounds[t] = roughError * hoelder(t, l1, l2) + hoelder(t, d1, d2) * 1.01 + 1e-30;
        }
        return true;
    }

    /**
     * A bound on {@code sum_h a_h |w_ht|} for values {@code a} of sum {@code l1} and norm {@code l2}:
     * the smaller of (largest weight) x l1 and (norm of the weights) x l2, the first where the second
     * is not a number (a norm that overflowed a float).
     */
    private double hoelder(int t, double l1, double l2) {
        double byLargest = w2Largest[t] * l1;
        double byNorm = w2Norm[t] * l2;
        return byNorm < byLargest ? byNorm : byLargest;
    }

    /** The rough output layer: every transition's float sum over the hidden units, four units a pass. */
    private void roughOutput(float[] activations, float[] rough) {
        Arrays.fill(rough, 0, outputs, 0f);
        int h = 0;
        for (; h + 3 < hiddenSize; h += 4) {
            float v0 = activations[h];
            float v1 = activations[h + 1];
            float v2 = activations[h + 2];
            float v3 = activations[h + 3];
            float[] w0 = w2f[h];
            float[] w1 = w2f[h + 1];
            float[] w2 = w2f[h + 2];
            float[] w3 = w2f[h + 3];
            for (int t = 0; t < outputs; t++) {
                rough[t] = rough[t] + v0 * w0[t] + v1 * w1[t] + v2 * w2[t] + v3 * w3[t];
            }
        }
        for (; h < hiddenSize; h++) {
            float v = activations[h];
            float[] w = w2f[h];
            for (int t = 0; t < outputs; t++) {
                rough[t] += v * w[t];
            }
        }
    }

    /**
     * One feature's product with the input weights, summed onto {@code sum} in CoreNLP's order
     * (for each hidden unit, the embedding's values first to last; each term a float product).
     */
    private void productInto(double[] sum, int row, int position) {
        product.addInto(sum, embeddings[row], position * embeddingSize);
    }

    /** How many rows the hidden layer's input weights have: a row per feature position and embedding value. */
    int inputRows() {
        return product.rows();
    }

    /** The hidden layer's input weights of {@code row} ({@code position * embeddingSize + e}), one per hidden unit. */
    float[] inputWeights(int row) {
        return product.weights(row);
    }

    /** Which implementation computes the features' products ({@link EmbeddingProduct#name()}). */
    String productKernel() {
        return product.name();
    }

    private float[] cachedProduct(int id, int row, int position) {
        int slot = (id * 0x9E3779B1) >>> (32 - Integer.numberOfTrailingZeros(CACHE_SLOTS));
        Rounded p = cache[slot];
        if (p != null && p.feature() == id) {
            return p.values();
        }
        float[] values = roughProduct(row, position);
        cache[slot] = new Rounded(id, values);
        return values;
    }

    /**
     * CoreNLP's model text: {@code name=value} settings, then lines of space-separated words and
     * numbers. Numbers of up to seven digits with a decimal point (all the model holds) are read
     * directly, as the exact quotient of two floats rounded once, which is the float that
     * {@link Float#parseFloat} gives; anything else goes through {@link Float#parseFloat}.
     */
    static final class ModelText {
        private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7};
        private final InputStream in;
        private int peek = -2;
        private byte[] token = new byte[32];
        private final byte[] buffer = new byte[1 << 16];
        private int pos;
        private int limit;

        ModelText(InputStream in) {
            this.in = in;
        }

        private int next() throws IOException {
            if (peek != -2) {
                int c = peek;
                peek = -2;
                return c;
            }
            if (pos == limit) {
                limit = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return -1;
                }
            }
            return buffer[pos++] & 0xFF;
        }

        int intSetting() throws IOException {
            int c;
            while ((c = next()) != '=') {
                if (c < 0) {
                    throw new IOException("parser model: settings cut short");
                }
            }
            int v = integer();
            endLine();
            return v;
        }

        /** The next space-delimited token as text. */
        String word() throws IOException {
            byte[] buf = new byte[64];
            int n = 0;
            int c;
            while ((c = next()) != ' ' && c != '\n') {
                if (c < 0) {
                    throw new IOException("parser model: cut short");
                }
                if (n == buf.length) {
                    buf = Arrays.copyOf(buf, n * 2);
                }
                buf[n++] = (byte) c;
            }
            peek = c;
            return new String(buf, 0, n, StandardCharsets.UTF_8);
        }

        int integer() throws IOException {
            return Integer.parseInt(token());
        }

        void floats(float[] into, int count) throws IOException {
            for (int i = 0; i < count; i++) {
                into[i] = number();
            }
        }

        /** Skips to the start of the next line. */
        void endLine() throws IOException {
            int c;
            while ((c = next()) != '\n') {
                if (c < 0) {
                    return;
                }
            }
        }

        private String token() throws IOException {
            int c;
            while ((c = next()) == ' ' || c == '\n') {
                // leading separators
            }
            if (c < 0) {
                throw new IOException("parser model: cut short");
            }
            StringBuilder sb = new StringBuilder();
            while (c >= 0 && c != ' ' && c != '\n') {
                sb.append((char) c);
                c = next();
            }
            peek = c;
            return sb.toString();
        }

        private float number() throws IOException {
            int c;
            while ((c = next()) == ' ') {
                // separators
            }
            int n = 0;
            while (c >= 0 && c != ' ' && c != '\n') {
                if (n == token.length) {
                    token = Arrays.copyOf(token, n * 2);
                }
                token[n++] = (byte) c;
                c = next();
            }
            peek = c;
            return parseFloat(token, n);
        }

        /** The float a token of {@code n} ASCII bytes denotes, as {@link Float#parseFloat} reads it. */
        static float parseFloat(byte[] b, int n) {
            int i = 0;
            boolean negative = n > 0 && b[0] == '-';
            if (negative) {
                i++;
            }
            long mantissa = 0;
            int digits = 0;
            int decimals = -1;
            for (; i < n; i++) {
                int c = b[i];
                if (c >= '0' && c <= '9') {
                    mantissa = mantissa * 10 + (c - '0');
                    digits++;
                    if (decimals >= 0) {
                        decimals++;
                    }
                } else if (c == '.' && decimals < 0) {
                    decimals = 0;
                } else {
                    break;
                }
            }
            if (i < n || digits == 0 || digits > 7) {
                return Float.parseFloat(new String(b, 0, n, StandardCharsets.US_ASCII));
            }
            // m and 10^d are exact floats; their double quotient rounded to float is the correctly rounded
            // float quotient (53 >= 2 * 24 + 2), i.e. the float nearest the decimal, as parseFloat gives
            float v = (float) (mantissa / POWERS[Math.max(decimals, 0)]);
            return negative ? -v : v;
        }
    }
}
