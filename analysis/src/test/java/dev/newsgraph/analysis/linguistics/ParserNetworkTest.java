package dev.newsgraph.analysis.linguistics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parser's network: its rough scores, from the features' products rounded to floats and summed
 * in floats, lie within their stated bounds of the exact scores CoreNLP's arithmetic gives, so a
 * transition they decide is the one the exact scores pick ({@code TransitionParserTest} compares
 * whole parses with CoreNLP's own parser).
 */
class ParserNetworkTest {
    private static ParserNetwork network;

    @BeforeAll
    static void load() {
        network = ParserNetwork.load(TransitionParser.ENGLISH_UD);
    }

    @Test
    void everyExactScoreLiesWithinItsBoundOfTheRoughOne() {
        Random random = new Random(7);
        int rows = network.embeddings.length;
        double[] hidden = new double[network.hiddenSize()];
        double[] exact = new double[network.outputs()];
        ParserNetwork.RoughScratch scratch = new ParserNetwork.RoughScratch(network.hiddenSize());
        float[] rough = new float[network.outputs()];
        double[] bounds = new double[network.outputs()];
        int[] features = new int[ParserNetwork.FEATURES];
        int narrow = 0;
        int configurations = 300;
        for (int i = 0; i < configurations; i++) {
            for (int j = 0; j < features.length; j++) {
                // frequent words (the first rows, most with a pre-computed product), rare ones, tags and labels
                features[j] = random.nextBoolean() ? random.nextInt(200) : random.nextInt(rows);
            }
            network.scores(features, hidden, exact);
            assertTrue(network.roughScores(features, scratch, rough, bounds));
            double spread = 0;
            double widest = 0;
            for (int t = 0; t < exact.length; t++) {
                double distance = Math.abs(exact[t] - rough[t]);
                assertTrue(distance <= bounds[t], "transition " + t + ": exact " + exact[t] + ", rough " + rough[t] + ", bound " + bounds[t]);
                spread = Math.max(spread, Math.abs(exact[t]));
                widest = Math.max(widest, bounds[t]);
            }
            if (widest < 1e-2 * spread) {
                narrow++;
            }
        }
        // the bound is useful: far below the scores' own size, so that it decides nearly every transition
        assertTrue(narrow == configurations, "configurations whose bounds are under a hundredth of their scores: " + narrow);
    }

    @Test
    void aRoughProductLiesWithinItsStatedErrorOfCoreNlpsTerm() {
        Random random = new Random(11);
        int hidden = network.hiddenSize();
        double worst = 0;
        for (int i = 0; i < 200; i++) {
            int row = random.nextInt(network.embeddings.length);
            int position = random.nextInt(ParserNetwork.FEATURES);
            float[] rough = network.roughProduct(row, position);
            float[] exact = network.exactTerm(row, position);
            float error = rough[hidden + 1];
            assertTrue(error > 0, "row " + row);
            for (int h = 0; h < hidden; h++) {
                double distance = Math.abs((double) rough[h] - exact[h]);
                assertTrue(distance <= error, "row " + row + ", position " + position + ", unit " + h + ": " + distance + " > " + error);
                worst = Math.max(worst, distance / error);
            }
            assertTrue(rough[hidden] >= 0 && exact[hidden + 1] < 1e-30f);
        }
        assertTrue(worst > 0, "the rough products differ from CoreNLP's somewhere: " + worst);
    }

    @Test
    void hiddenUnitsAFloatCouldNotHoldAreLeftToTheExactScores() {
        ParserNetwork.RoughScratch scratch = new ParserNetwork.RoughScratch(network.hiddenSize());
        float[] sum = new float[network.hiddenSize()];
        float[] rough = new float[network.outputs()];
        double[] bounds = new double[network.outputs()];
        sum[3] = Float.NaN;
        assertFalse(network.roughScores(sum, 1f, 0f, scratch, rough, bounds));
        sum[3] = 1e12f; // its cube is beyond what the scores may reach
        assertFalse(network.roughScores(sum, 1f, 0f, scratch, rough, bounds));
        sum[3] = Float.NEGATIVE_INFINITY;
        assertFalse(network.roughScores(sum, 1f, 0f, scratch, rough, bounds));
        sum[3] = -2.5f;
        assertFalse(network.roughScores(sum, Float.POSITIVE_INFINITY, 0f, scratch, rough, bounds));
        assertTrue(network.roughScores(sum, 1f, 0f, scratch, rough, bounds));
    }
}
