package dev.newsgraph.analysis.linguistics;

/**
 * One feature's product with the parser's input weights, added onto a hidden layer's sum: for
 * each hidden unit {@code h}, {@code sum[h] += weights[offset + k][h] * embedding[k]} for
 * {@code k} from first to last, each term the float product widened to a double, exactly as
 * CoreNLP's {@code nndep.Classifier} sums it. It is the parser's costliest step on unseen text
 * (every word the model has no pre-computed product for costs one per position it takes).
 *
 * <p>Two implementations give the very same doubles: the scalar loop, and one over the JDK's
 * vector API ({@code jdk.incubator.vector}), which Java 17's compiler does not find by itself for a
 * loop that widens floats to doubles (Java 21 and later do vectorise the scalar loop). The vector
 * one is used where the JVM was started with {@code --add-modules jdk.incubator.vector}
 * (docs/bench.md), the scalar one everywhere else.
 */
interface EmbeddingProduct {

    void addInto(double[] sum, float[] embedding, float[][] weights, int offset);

    /** {@code sum[h] += values[h]} for each unit, the float widened to a double. */
    void addWidened(double[] sum, float[] values);

    /** Which implementation this is, for provenance and the bench's notes. */
    String name();

    /** The plain loop, on every JVM. */
    EmbeddingProduct SCALAR = new EmbeddingProduct() {
        @Override
        public void addInto(double[] sum, float[] embedding, float[][] weights, int offset) {
            int hidden = sum.length;
            for (int k = 0; k < embedding.length; k++) {
                float ek = embedding[k];
                float[] w = weights[offset + k];
                for (int h = 0; h < hidden; h++) {
                    sum[h] += w[h] * ek;
                }
            }
        }

        @Override
        public void addWidened(double[] sum, float[] values) {
            for (int h = 0; h < sum.length; h++) {
                sum[h] += values[h];
            }
        }

        @Override
        public String name() {
            return "scalar";
        }
    };

    /**
     * The vector implementation where the JVM has the vector API's module, else {@link #SCALAR};
     * the vector class is loaded only in the first case, so it never fails to link.
     */
    static EmbeddingProduct fastest() {
        if (Boolean.getBoolean("newsgraph.parser.scalar")
                || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return SCALAR;
        }
        try {
            return (EmbeddingProduct) Class.forName("dev.newsgraph.analysis.linguistics.VectorEmbeddingProduct")
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return SCALAR;
        }
    }
}
