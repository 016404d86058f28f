package dev.newsgraph.analysis.linguistics;

/**
 * One feature's product with the parser's input weights, added onto a hidden layer's sum: for
 * each hidden unit {@code h}, {@code sum[h] += weights[offset + k][h] * embedding[k]} for
 * {@code k} from first to last, each term the float product widened to a double, exactly as
 * CoreNLP's {@code nndep.Classifier} sums it. It is the parser's costliest step on unseen text
 * (every word the model has no pre-computed product for costs one per position it takes).
 *
 * <p>Three implementations give the very same doubles: the plain loop ({@link #scalar}), which
 * Java 17's compiler does not vectorise, as it widens floats to doubles; the same products
 * computed in doubles and rounded to floats by splitting ({@link SplitEmbeddingProduct}), which it
 * does vectorise, the default; and one over the JDK's vector API ({@code jdk.incubator.vector}),
 * used where the JVM was started with {@code --add-modules jdk.incubator.vector} (docs/bench.md).
 * The system property {@code newsgraph.parser.kernel} ({@code scalar}, {@code split} or
 * {@code vector}) picks one.
 */
interface EmbeddingProduct {

    /** Adds the product of {@code embedding} with the weights' rows from {@code offset} onto {@code sum}. */
    void addInto(double[] sum, float[] embedding, int offset);

    /** {@code sum[h] += values[h]} for each unit, the float widened to a double. */
    void addWidened(double[] sum, float[] values);

    /** The weights' row {@code row}, as the model's floats. */
    float[] weights(int row);

    /** How many rows of weights. */
    int rows();

    /** Which implementation this is, for provenance and the bench's notes. */
    String name();

    /** The plain loop, on every JVM, over {@code weights} ({@code weights[input][hidden]}). */
    static EmbeddingProduct scalar(float[][] weights) {
        return new ScalarEmbeddingProduct(weights);
    }

    /** The plain loop of {@link #addWidened}. */
    static void widen(double[] sum, float[] values) {
        for (int h = 0; h < sum.length; h++) {
            sum[h] += values[h];
        }
    }

    /** The name of the implementation {@link #fastest} picks on this JVM. */
    static String fastestName() {
        return switch (kind()) {
            case "scalar" -> "scalar";
            case "vector" -> vector(new float[][] {{0f}}).name();
            default -> "split";
        };
    }

    /**
     * The implementation this JVM runs fastest over {@code weights} (or the one the system property
     * {@code newsgraph.parser.kernel} names): the vector one where the JVM has the vector API's module
     * (its class is loaded only then, so it never fails to link), else the split one.
     */
    static EmbeddingProduct fastest(float[][] weights) {
        return switch (kind()) {
            case "scalar" -> scalar(weights);
            case "vector" -> vector(weights);
            default -> new SplitEmbeddingProduct(weights);
        };
    }

    private static String kind() {
        String asked = System.getProperty("newsgraph.parser.kernel", "");
        if (Boolean.getBoolean("newsgraph.parser.scalar")) {
            asked = "scalar";
        }
        boolean vectorModule = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        return switch (asked) {
            case "scalar", "split" -> asked;
            default -> vectorModule ? "vector" : "split"; // "vector", or nothing asked
        };
    }

    private static EmbeddingProduct vector(float[][] weights) {
        try {
            return (EmbeddingProduct) Class.forName("dev.newsgraph.analysis.linguistics.VectorEmbeddingProduct")
                    .getDeclaredConstructor(float[][].class).newInstance((Object) weights);
        } catch (ReflectiveOperationException | LinkageError e) {
            return new SplitEmbeddingProduct(weights);
        }
    }
}
