package dev.newsgraph.analysis.linguistics;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link EmbeddingProduct} over the JDK's vector API: as many float products at a time as the
 * machine's widest vector holds doubles, widened to doubles (exactly, as a scalar widening is) and
 * added to as many sums; the same operations
 * on the same values as the scalar loop, so the same doubles. Loaded only where the JVM has the
 * {@code jdk.incubator.vector} module ({@link EmbeddingProduct#fastest}).
 */
final class VectorEmbeddingProduct extends ScalarEmbeddingProduct {
    /** The machine's widest doubles (four with AVX2, eight with AVX-512), and as many floats. */
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED.withShape(
            VectorShape.forBitSize(DOUBLES.vectorBitSize() / 2));

    VectorEmbeddingProduct(float[][] weights) {
        super(weights);
    }

    @Override
    public void addInto(double[] sum, float[] embedding, int offset) {
        int hidden = sum.length;
        int bound = FLOATS.loopBound(hidden);
        for (int k = 0; k < embedding.length; k++) {
            float ek = embedding[k];
            float[] w = weights[offset + k];
            int h = 0;
            for (; h < bound; h += FLOATS.length()) {
                FloatVector products = FloatVector.fromArray(FLOATS, w, h).mul(ek);
                DoubleVector widened = (DoubleVector) products.convertShape(VectorOperators.F2D, DOUBLES, 0);
                DoubleVector.fromArray(DOUBLES, sum, h).add(widened).intoArray(sum, h);
            }
            for (; h < hidden; h++) {
                sum[h] += w[h] * ek;
            }
        }
    }

    @Override
    public void addWidened(double[] sum, float[] values) {
        int hidden = sum.length;
        int bound = FLOATS.loopBound(hidden);
        int h = 0;
        for (; h < bound; h += FLOATS.length()) {
            DoubleVector widened = (DoubleVector) FloatVector.fromArray(FLOATS, values, h)
                    .convertShape(VectorOperators.F2D, DOUBLES, 0);
            DoubleVector.fromArray(DOUBLES, sum, h).add(widened).intoArray(sum, h);
        }
        for (; h < hidden; h++) {
            sum[h] += values[h];
        }
    }

    @Override
    public String name() {
        return "vector (" + FLOATS.length() + " lanes)";
    }
}
