package dev.newsgraph.analysis.linguistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The parser's two ways of computing a feature's product give the very same doubles. This module's
 * tests run with the vector API's module (its pom), so {@link EmbeddingProduct#fastest()} is the
 * vector one here; elsewhere it is the scalar one.
 */
class EmbeddingProductTest {

    @Test
    void theVectorKernelIsTheOneChosenWhereTheModuleIsPresent() {
        assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), "tests run with the module");
        assertTrue(EmbeddingProduct.fastest().name().startsWith("vector"), EmbeddingProduct.fastest().name());
        assertEquals("scalar", EmbeddingProduct.SCALAR.name());
    }

    @Test
    void bothKernelsSumTheSameDoublesBitForBit() {
        EmbeddingProduct vector = EmbeddingProduct.fastest();
        Random random = new Random(20261205);
        // hidden sizes that are and are not a multiple of any vector's lanes; values of very different magnitudes,
        // zeros of both signs and products that round, so that any change of order or precision would show
        for (int hidden : new int[] {1, 3, 8, 17, 200, 1000, 1003}) {
            int embedding = 50;
            int positions = 3;
            float[][] weights = new float[embedding * positions][hidden];
            for (float[] row : weights) {
                for (int h = 0; h < hidden; h++) {
                    row[h] = value(random);
                }
            }
            for (int trial = 0; trial < 20; trial++) {
                float[] e = new float[embedding];
                for (int k = 0; k < embedding; k++) {
                    e[k] = value(random);
                }
                int offset = random.nextInt(positions) * embedding;
                double[] scalar = new double[hidden];
                double[] vectored = new double[hidden];
                for (int h = 0; h < hidden; h++) { // a running sum, as the hidden layer's is
                    scalar[h] = vectored[h] = random.nextGaussian();
                }
                EmbeddingProduct.SCALAR.addInto(scalar, e, weights, offset);
                vector.addInto(vectored, e, weights, offset);
                float[] rounded = weights[random.nextInt(weights.length)]; // a product cached in floats
                EmbeddingProduct.SCALAR.addWidened(scalar, rounded);
                vector.addWidened(vectored, rounded);
                for (int h = 0; h < hidden; h++) {
                    assertEquals(Double.doubleToRawLongBits(scalar[h]), Double.doubleToRawLongBits(vectored[h]),
                            "hidden " + hidden + ", unit " + h + ": " + scalar[h] + " vs " + vectored[h]);
                }
            }
        }
    }

    private static float value(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> 0.0f;
            case 1 -> -0.0f;
            case 2 -> (float) (random.nextGaussian() * 1e-6);
            case 3 -> (float) (random.nextGaussian() * 1e3);
            default -> (float) random.nextGaussian() * 0.1f;
        };
    }
}
