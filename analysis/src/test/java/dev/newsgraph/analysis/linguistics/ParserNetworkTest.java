package dev.newsgraph.analysis.linguistics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parser's network: its rough scores, in floats, lie within their stated bounds of the exact
 * scores CoreNLP's arithmetic gives, so a transition they decide is the one the exact scores pick
 * ({@code TransitionParserTest} compares whole parses with CoreNLP's own parser).
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
        float[] activations = new float[network.hiddenSize()];
        float[] rough = new float[network.outputs()];
        double[] bounds = new double[network.outputs()];
        int[] features = new int[ParserNetwork.FEATURES];
        int narrow = 0;
        int configurations = 300;
        for (int i = 0; i < configurations; i++) {
            for (int j = 0; j < features.length; j++) {
                // frequent words (the first rows), rare ones, tags and labels, as configurations hold them
                features[j] = random.nextBoolean() ? random.nextInt(200) : random.nextInt(rows);
            }
            network.hiddenLayer(features, hidden);
            double scale = i % 3 == 0 ? 1 : i % 3 == 1 ? 1e-3 : 1e4; // activations small and large too
            for (int h = 0; h < hidden.length; h++) {
                hidden[h] *= scale;
            }
            network.outputScores(hidden, exact);
            assertTrue(network.roughScores(hidden, activations, rough, bounds));
            double spread = 0;
            for (int t = 0; t < exact.length; t++) {
                double distance = Math.abs(exact[t] - rough[t]);
                assertTrue(distance <= bounds[t], "transition " + t + ": exact " + exact[t] + ", rough " + rough[t] + ", bound " + bounds[t]);
                spread = Math.max(spread, Math.abs(exact[t]));
            }
            double widest = 0;
            for (double b : bounds) {
                widest = Math.max(widest, b);
            }
            if (widest < 1e-3 * spread) {
                narrow++;
            }
        }
        // the bound is useful: far below the scores' own size, so that it decides nearly every transition
        assertTrue(narrow == configurations, "configurations whose bounds are under a thousandth of their scores: " + narrow);
    }

    @Test
    void activationsAFloatSumCouldNotHoldAreLeftToTheExactScores() {
        double[] hidden = new double[network.hiddenSize()];
        float[] activations = new float[network.hiddenSize()];
        float[] rough = new float[network.outputs()];
        double[] bounds = new double[network.outputs()];
        hidden[3] = Double.NaN;
        assertFalse(network.roughScores(hidden, activations, rough, bounds));
        hidden[3] = 1e35;
        assertFalse(network.roughScores(hidden, activations, rough, bounds));
        hidden[3] = Double.NEGATIVE_INFINITY;
        assertFalse(network.roughScores(hidden, activations, rough, bounds));
        hidden[3] = -2.5;
        assertTrue(network.roughScores(hidden, activations, rough, bounds));
    }
}
