package dev.newsgraph.analysis.linguistics;

/**
 * {@link EmbeddingProduct} as the plain loop over the weights as floats, on every JVM (Java 17's
 * compiler does not vectorise it, as it widens floats to doubles); the vector API's implementation
 * keeps the same weights and overrides the loops.
 */
class ScalarEmbeddingProduct implements EmbeddingProduct {
    /** {@code weights[input][hidden]}. */
    final float[][] weights;

    ScalarEmbeddingProduct(float[][] weights) {
        this.weights = weights;
    }

    @Override
    public void addInto(double[] sum, float[] embedding, int offset) {
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
        EmbeddingProduct.widen(sum, values);
    }

    @Override
    public float[] weights(int row) {
        return weights[row].clone();
    }

    @Override
    public int rows() {
        return weights.length;
    }

    @Override
    public String name() {
        return "scalar";
    }
}
