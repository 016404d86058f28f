package dev.newsgraph.analysis.linguistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The parser's three ways of computing a feature's product give the very same doubles. This
 * module's tests run with the vector API's module (its pom), so {@link EmbeddingProduct#fastest} is
 * the vector one here unless asked otherwise; elsewhere it is the split one.
 */
class EmbeddingProductTest {

    @Test
    void theVectorKernelIsTheOneChosenWhereTheModuleIsPresentAndTheSplitOneElsewhere() {
        float[][] weights = {{1f, 2f}};
        assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), "tests run with the module");
        assertTrue(EmbeddingProduct.fastest(weights).name().startsWith("vector"), EmbeddingProduct.fastest(weights).name());
        assertEquals(EmbeddingProduct.fastest(weights).name(), EmbeddingProduct.fastestName());
        assertEquals("scalar", EmbeddingProduct.scalar(weights).name());
        assertEquals("split", new SplitEmbeddingProduct(weights).name());
        System.setProperty("newsgraph.parser.kernel", "split");
        try {
            assertEquals("split", EmbeddingProduct.fastest(weights).name());
            assertEquals("split", EmbeddingProduct.fastestName());
        } finally {
            System.clearProperty("newsgraph.parser.kernel");
        }
    }

    @Test
    void everyKernelSumsTheSameDoublesBitForBit() {
        Random random = new Random(20261205);
        // hidden sizes that are and are not a multiple of any vector's lanes; values of very different magnitudes
        // (some too small or too large for the split kernel's rounding, which then takes the plain loop), zeros
        // of both signs and products that round, so that any change of order or precision would show
        for (int hidden : new int[] {1, 3, 8, 17, 200, 1000, 1003}) {
            int embedding = 50;
            int positions = 3;
            float[][] weights = new float[embedding * positions][hidden];
            for (float[] row : weights) {
                for (int h = 0; h < hidden; h++) {
                    row[h] = value(random);
                }
            }
            EmbeddingProduct scalar = EmbeddingProduct.scalar(weights);
            List<EmbeddingProduct> others = List.of(EmbeddingProduct.fastest(weights), new SplitEmbeddingProduct(weights));
            for (int trial = 0; trial < 20; trial++) {
                float[] e = new float[embedding];
                for (int k = 0; k < embedding; k++) {
                    e[k] = value(random);
                }
                int offset = random.nextInt(positions) * embedding;
                double[] start = new double[hidden];
                for (int h = 0; h < hidden; h++) { // a running sum, as the hidden layer's is
                    start[h] = random.nextGaussian();
                }
                float[] rounded = weights[random.nextInt(weights.length)]; // a product cached in floats
                double[] want = start.clone();
                scalar.addInto(want, e, offset);
                scalar.addWidened(want, rounded);
                for (EmbeddingProduct other : others) {
                    double[] got = start.clone();
                    other.addInto(got, e, offset);
                    other.addWidened(got, rounded);
                    for (int h = 0; h < hidden; h++) {
                        assertEquals(Double.doubleToRawLongBits(want[h]), Double.doubleToRawLongBits(got[h]),
                                other.name() + ", hidden " + hidden + ", unit " + h + ": " + want[h] + " vs " + got[h]);
                    }
                }
                assertEquals(weights[offset][0], others.get(1).weights(offset)[0]);
            }
        }
    }

    /**
     * Products that fall exactly half-way between two floats, which the float product rounds to the
     * even one: the split kernel's rounding in doubles must do the same.
     */
    @Test
    void theSplitKernelRoundsProductsHalfWayBetweenFloatsToEvenAsFloatsDo() {
        Random random = new Random(42);
        int ties = 0;
        for (int i = 0; i < 200_000; i++) {
            // an odd significand a and b = 2^23 + (2^22 / a mod 2^23): a * b = 2^22 mod 2^23, half of a 47-bit product's last place
            int a = (1 << 23) | random.nextInt(1 << 23) | 1;
            int inverse = a;
            for (int k = 0; k < 5; k++) {
                inverse *= 2 - a * inverse; // Newton's iteration for the inverse modulo 2^32
            }
            int b = (1 << 23) | (((1 << 22) * inverse) & ((1 << 23) - 1));
            float x = Math.scalb((float) a, -23 - random.nextInt(20)) * (random.nextBoolean() ? 1 : -1);
            float y = Math.scalb((float) b, -23 + random.nextInt(10));
            double exact = (double) x * y;
            if (Math.abs(exact - (float) exact) * 2 == Math.ulp((float) exact)) {
                ties++;
            }
            float[][] weights = {{x, y, -x}};
            double[] want = {0.25, 0.25, 0.25};
            double[] got = want.clone();
            EmbeddingProduct.scalar(weights).addInto(want, new float[] {y}, 0);
            new SplitEmbeddingProduct(weights).addInto(got, new float[] {y}, 0);
            for (int h = 0; h < 3; h++) {
                assertEquals(Double.doubleToRawLongBits(want[h]), Double.doubleToRawLongBits(got[h]), x + " * " + y);
            }
        }
        assertTrue(ties > 50_000, "products half-way between two floats: " + ties);
    }

    private static float value(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> 0.0f;
            case 1 -> -0.0f;
            case 2 -> (float) (random.nextGaussian() * 1e-6);
            case 3 -> (float) (random.nextGaussian() * 1e3);
            case 4 -> random.nextInt(50) == 0 ? (float) (random.nextGaussian() * 1e-25) : 0.5f;
            case 5 -> random.nextInt(50) == 0 ? (float) (random.nextGaussian() * 1e25) : -0.25f;
            default -> (float) random.nextGaussian() * 0.1f;
        };
    }
}
