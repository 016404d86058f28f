package dev.newsgraph.analysis.linguistics;

/**
 * {@link EmbeddingProduct} in doubles alone, which Java 17's compiler vectorises: the weights are
 * held widened to doubles, each product of a weight and an embedding value is taken in doubles,
 * where it is exact (two floats' significands of 24 bits make at most 48), and rounded to the float
 * that the float product would have been by Veltkamp's split: with {@code c = x * (2^29 + 1)},
 * {@code c - (c - x)} is {@code x} rounded to its 24 leading bits, to nearest, ties to even (53 - 29
 * = 24). So each term is the float product widened, bit for bit, and the sums are the scalar
 * loop's.
 *
 * <p>That holds where the product is a normal float: both factors zero or of a magnitude between
 * 2^-62 and 2^62 (every value of CoreNLP's English model is). A row of weights, or an embedding
 * value, outside that range takes the plain loop instead, so the result is the scalar loop's for
 * any numbers. {@code EmbeddingProductTest} compares the two on values of every magnitude and on
 * products that fall exactly half-way between two floats.
 */
final class SplitEmbeddingProduct implements EmbeddingProduct {
    private static final double SPLITTER = 0x1p29 + 1;
    private static final double LOWEST = 0x1p-62;
    private static final double HIGHEST = 0x1p62;

    private final double[][] widened;
    /** The rows with a value out of range, kept as floats for the plain loop; null for the others. */
    private final float[][] plain;

    SplitEmbeddingProduct(float[][] weights) {
        widened = new double[weights.length][];
        plain = new float[weights.length][];
        for (int r = 0; r < weights.length; r++) {
            float[] row = weights[r];
            double[] wide = new double[row.length];
            boolean inRange = true;
            for (int h = 0; h < row.length; h++) {
                wide[h] = row[h];
                inRange &= splittable(row[h]);
            }
            widened[r] = wide;
            plain[r] = inRange ? null : row.clone();
        }
    }

    /** Whether a product with this factor is a normal float for any other factor in range. */
    static boolean splittable(float v) {
        double a = Math.abs(v);
        return a == 0 || (a >= LOWEST && a <= HIGHEST);
    }

    @Override
    public void addInto(double[] sum, float[] embedding, int offset) {
        int hidden = sum.length;
        for (int k = 0; k < embedding.length; k++) {
            float ek = embedding[k];
            float[] outside = plain[offset + k];
            if (outside != null || !splittable(ek)) {
                float[] w = outside != null ? outside : weights(offset + k);
                for (int h = 0; h < hidden; h++) {
                    sum[h] += w[h] * ek;
                }
                continue;
            }
            double e = ek;
            double[] w = widened[offset + k];
            for (int h = 0; h < hidden; h++) {
                double x = w[h] * e;
                double c = x * SPLITTER;
                sum[h] += c - (c - x);
            }
        }
    }

    @Override
    public void addWidened(double[] sum, float[] values) {
        EmbeddingProduct.widen(sum, values);
    }

    @Override
    public float[] weights(int row) {
        double[] wide = widened[row];
        float[] row32 = new float[wide.length];
        for (int h = 0; h < wide.length; h++) {
            row32[h] = (float) wide[h];
        }
        return row32;
    }

    @Override
    public int rows() {
        return widened.length;
    }

    @Override
    public String name() {
        return "split";
    }
}
