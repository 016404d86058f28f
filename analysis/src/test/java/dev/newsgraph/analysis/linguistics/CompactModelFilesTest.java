package dev.newsgraph.analysis.linguistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.analysis.linguistics.TaggerModel.KnownWord;
import dev.newsgraph.analysis.linguistics.TaggerModel.Template;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The compact model files that the build writes (ModelFiles) against the models copied from
 * CoreNLP's own, loaded by CoreNLP's loaders: every field the inference reads is the same, array
 * by array (floats and doubles bit for bit, which {@code assertArrayEquals} checks) and map by map;
 * and the files are what {@link TaggerModel#english} and {@link NerModel#of} read, so that the
 * tests that compare our taggers with CoreNLP's run on the compact files.
 */
class CompactModelFilesTest {

    @Test
    void theBuildPutTheCompactFilesOnTheClassPath() {
        assertNotNull(CompactModelInput.class.getResource(TaggerModel.ENGLISH_COMPACT), "run the build (process-classes)");
        assertNotNull(CompactModelInput.class.getResource(NerModel.ENGLISH_3CLASS_COMPACT), "run the build (process-classes)");
        assertTrue(CompactModelInput.open(TaggerModel.ENGLISH_COMPACT, TaggerModel.KIND, TaggerModel.ENGLISH).isPresent());
        assertTrue(CompactModelInput.open(NerModel.ENGLISH_3CLASS_COMPACT, NerModel.KIND, NerModel.ENGLISH_3CLASS).isPresent());
        String parser = ParserNetwork.compactNameOf(TransitionParser.ENGLISH_UD);
        assertEquals("english_UD.parser.bin", parser);
        assertNotNull(CompactModelInput.class.getResource(parser), "run the build (process-classes)");
        assertTrue(CompactModelInput.open(parser, ParserNetwork.KIND, TransitionParser.ENGLISH_UD).isPresent());
    }

    /** The parser's network read from its file against the one read from CoreNLP's text: every number bit for bit, every map. */
    @Test
    void theParserReadFromItsFileIsTheOneReadFromCoreNlpsText() {
        ParserNetwork text = ParserNetwork.fromCoreNlp(TransitionParser.ENGLISH_UD);
        ParserNetwork read = ParserNetwork.load(TransitionParser.ENGLISH_UD);
        assertEquals(text.embeddingSize, read.embeddingSize);
        assertEquals(text.hiddenSize, read.hiddenSize);
        assertEquals(text.outputs, read.outputs);
        assertEquals(text.embeddings.length, read.embeddings.length);
        for (int r = 0; r < text.embeddings.length; r++) {
            sameBits(text.embeddings[r], read.embeddings[r], "embedding " + r);
        }
        assertEquals(text.inputRows(), read.inputRows());
        for (int i = 0; i < text.inputRows(); i++) {
            sameBits(text.inputWeights(i), read.inputWeights(i), "w1t " + i);
        }
        sameBits(text.bias, read.bias, "bias");
        assertEquals(text.w2t.length, read.w2t.length);
        for (int h = 0; h < text.w2t.length; h++) {
            assertEquals(text.w2t[h].length, read.w2t[h].length);
            for (int t = 0; t < text.w2t[h].length; t++) {
                assertEquals(Double.doubleToRawLongBits(text.w2t[h][t]), Double.doubleToRawLongBits(read.w2t[h][t]), "w2t " + h + " " + t);
            }
        }
        assertEquals(text.wordIds, read.wordIds);
        assertEquals(text.tagIds, read.tagIds);
        assertEquals(text.labelIds, read.labelIds);
        assertEquals(text.labels, read.labels);
        assertTrue(text.wordIds.size() > 50_000, "words: " + text.wordIds.size());
        for (int id = 0; id < text.embeddings.length * ParserNetwork.FEATURES; id++) {
            assertEquals(text.preComputedSlot(id), read.preComputedSlot(id), "slot of feature " + id);
        }
        assertEquals(text.preComputedCount(), read.preComputedCount());
        assertEquals(ParserNetwork.PRE_COMPUTED, read.preComputedCount());
        // the products are made on first use, from the numbers above: the same scores for the same features
        int[] features = new int[ParserNetwork.FEATURES];
        for (int j = 0; j < features.length; j++) {
            features[j] = (j * 7919) % text.embeddings.length;
        }
        features[0] = text.wordId("the");
        double[] a = new double[text.outputs];
        double[] b = new double[read.outputs];
        text.scores(features, new double[text.hiddenSize], a);
        read.scores(features, new double[read.hiddenSize], b);
        for (int t = 0; t < a.length; t++) {
            assertEquals(Double.doubleToRawLongBits(a[t]), Double.doubleToRawLongBits(b[t]), "score " + t);
        }
    }

    private static void sameBits(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            if (Float.floatToRawIntBits(expected[i]) != Float.floatToRawIntBits(actual[i])) {
                assertEquals(Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(actual[i]), what + " [" + i + "]");
            }
        }
    }

    /** The two models were trained with one lexicon of clusters: it is in one file, read once, the same map for both. */
    @Test
    void theTaggerAndTheNerShareTheirLexiconOfClusters() {
        TaggerModel tagger = TaggerModel.english();
        NerModel ner = NerModel.english();
        Map<String, String> lexicon = tagger.templates.stream().filter(t -> t.clusters() != null).findFirst().orElseThrow()
                .clusters().lexicon();
        assertSame(lexicon, ner.clusters);
        assertTrue(lexicon.size() > 500_000, "words: " + lexicon.size());
        assertNotNull(CompactModelInput.class.getResource(ClusterLexicons.fileNamedAfter(TaggerModel.ENGLISH_COMPACT)));
    }

    @Test
    void aFileOfAnotherKindOrSourceIsRefused() {
        assertThrows(IllegalStateException.class,
                () -> CompactModelInput.open(TaggerModel.ENGLISH_COMPACT, NerModel.KIND, TaggerModel.ENGLISH));
        assertThrows(IllegalStateException.class,
                () -> CompactModelInput.open(NerModel.ENGLISH_3CLASS_COMPACT, NerModel.KIND, "another.crf.ser.gz"));
        assertTrue(CompactModelInput.open("no-such-model.bin", NerModel.KIND, NerModel.ENGLISH_3CLASS).isEmpty());
    }

    @Test
    void theTaggerReadFromItsFileIsTheOneCopiedFromCoreNlp() throws Exception {
        TaggerModel copied = TaggerModel.englishFromCoreNlp();
        TaggerModel read = TaggerModel.english();
        assertEquals(copied.leftContext, read.leftContext);
        assertEquals(copied.tagCount, read.tagCount);
        assertArrayEquals(copied.tagNames, read.tagNames);
        assertArrayEquals(copied.rowStart, read.rowStart);
        assertArrayEquals(copied.rowTags, read.rowTags);
        assertArrayEquals(copied.rowWeights, read.rowWeights);
        assertEquals(copied.templates.size(), read.templates.size());
        for (int k = 0; k < copied.templates.size(); k++) {
            Template c = copied.templates.get(k);
            Template r = read.templates.get(k);
            // the records compare every component: the word clusters (a record of its lexicon), the company endings, the rows
            assertEquals(c, r, "template " + k);
        }
        // one lexicon of clusters, shared by the templates that read clusters, as CoreNLP shares its Distsim
        assertEquals(1, read.templates.stream().filter(t -> t.clusters() != null).map(t -> t.clusters())
                .map(System::identityHashCode).distinct().count());
        assertArrayEquals(copied.local, read.local);
        assertArrayEquals(copied.localRare, read.localRare);
        assertArrayEquals(copied.context, read.context);
        assertArrayEquals(copied.contextRare, read.contextRare);
        assertArrayEquals(copied.dynamic, read.dynamic);
        assertArrayEquals(copied.dynamicRare, read.dynamicRare);
        assertEquals(copied.dictionary.keySet(), read.dictionary.keySet());
        for (Map.Entry<String, KnownWord> e : copied.dictionary.entrySet()) {
            KnownWord r = read.dictionary.get(e.getKey());
            assertEquals(e.getValue().count(), r.count(), e.getKey());
            assertEquals(e.getValue().firstTag(), r.firstTag(), e.getKey());
            assertArrayEquals(e.getValue().candidates(), r.candidates(), e.getKey());
        }
        assertArrayEquals(copied.openTags, read.openTags);
        assertEquals(copied.rareThreshold, read.rareThreshold);
        assertEquals(copied.lockThreshold, read.lockThreshold);
        sameWordFunction(copied.wordFunction, read.wordFunction);
    }

    @Test
    void theNerReadFromItsFileIsTheOneCopiedFromCoreNlp() {
        NerModel copied = NerModel.fromCoreNlp(NerModel.ENGLISH_3CLASS);
        NerModel read = NerModel.english();
        assertArrayEquals(copied.labels, read.labels);
        assertEquals(copied.background, read.background);
        assertArrayEquals(copied.nodeLabel, read.nodeLabel);
        assertArrayEquals(copied.edgeFirst, read.edgeFirst);
        assertArrayEquals(copied.edgeSecond, read.edgeSecond);
        assertArrayEquals(copied.nodeWeights, read.nodeWeights);
        assertArrayEquals(copied.edgeWeights, read.edgeWeights);
        assertEquals(copied.nodeFeatures, read.nodeFeatures);
        assertEquals(copied.edgeFeatures, read.edgeFeatures);
        sameWordFunction(copied.wordFunction, read.wordFunction);
        assertEquals(copied.knownLowerCase, read.knownLowerCase);
        assertEquals(copied.clusters, read.clusters);
        assertEquals(copied.unknownCluster, read.unknownCluster);
        assertEquals(copied.disjunctionWidth, read.disjunctionWidth);
        assertEquals(copied.longestGram, read.longestGram);
        assertEquals(copied.unjoinedAfterHyphen, read.unjoinedAfterHyphen);
    }

    /** CoreNLP's clusters of the tagger and ours give the same cluster for words found, not found and with digits. */
    @Test
    void theTaggersClustersAreCoreNlpsLookUp() throws Exception {
        TaggerModel read = TaggerModel.english();
        TaggerModel.WordClusters ours = read.templates.stream().filter(t -> t.clusters() != null).findFirst().orElseThrow().clusters();
        for (String w : new String[] {"the", "The", "Zyxqorp", "1,250", "mid-2019", "ÉLAN", "", "12/05/2026", "U.S."}) {
            String want = ours.lexicon().getOrDefault(ours.cased() ? w : w.toLowerCase(), null);
            if (want == null && ours.mapDigits() && w.matches(".*[0-9].*")) {
                want = ours.lexicon().get((ours.cased() ? w : w.toLowerCase()).replaceAll("[0-9]", "9"));
            }
            assertEquals(want == null ? ours.unknown() : want, ours.apply(w), w);
        }
        TaggerModel.WordClusters digits = new TaggerModel.WordClusters(Map.of("a99", "7"), "null", true, false);
        assertEquals("7", digits.apply("A12"));
        assertEquals("null", digits.apply("A1"));
    }

    @Test
    void numbersAndStringsComeBackAsWrittenAndAFileCutShortIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> strings = List.of("a", "", "ß", "naïve – “quoted”", "long ".repeat(100));
        try (CompactModelOutput out = new CompactModelOutput(bytes, "test", "nowhere")) {
            out.writeInts(new int[] {1, -2, Integer.MAX_VALUE});
            out.writeStrings(strings);
            out.writeFloats(new float[] {1.5f, Float.NaN, -0f, Float.intBitsToFloat(0x7fc00001)});
            out.writeDoubles(new double[] {Math.PI, -0d});
            out.writeString(null);
            out.writeString("é");
            out.writeBoolean(true);
        }
        byte[] file = bytes.toByteArray();
        Function<CompactModelInput, List<Object>> reading = in -> List.of(in.readInts(), in.readStrings(), in.readFloats(),
                in.readDoubles(), String.valueOf(in.readString()), in.readString(), in.readBoolean());
        List<Object> read = CompactModelInput.of(file, "test.bin", "test", "nowhere").read(reading);
        assertArrayEquals(new int[] {1, -2, Integer.MAX_VALUE}, (int[]) read.get(0));
        assertEquals(strings, List.of((String[]) read.get(1)));
        assertArrayEquals(new float[] {1.5f, Float.NaN, -0f, Float.intBitsToFloat(0x7fc00001)}, (float[]) read.get(2));
        assertEquals(0x7fc00001, Float.floatToRawIntBits(((float[]) read.get(2))[3]));
        assertArrayEquals(new double[] {Math.PI, -0d}, (double[]) read.get(3));
        assertEquals(List.of("null", "é", true), read.subList(4, 7));
        assertThrows(IllegalStateException.class, () -> CompactModelInput.of(file, "test.bin", "other", "nowhere"));
        for (int cut : new int[] {3, 30, file.length / 2, file.length - 1}) {
            byte[] shorter = Arrays.copyOf(file, cut);
            assertThrows(IllegalStateException.class, () -> CompactModelInput.of(shorter, "test.bin", "test", "nowhere").read(reading),
                    "cut at " + cut);
        }
        byte[] longer = Arrays.copyOf(file, file.length + 1);
        assertThrows(IllegalStateException.class, () -> CompactModelInput.of(longer, "test.bin", "test", "nowhere").read(reading));
    }

    private static void sameWordFunction(Function<String, String> copied, Function<String, String> read) {
        if (copied == null) {
            assertSame(null, read);
            return;
        }
        assertSame(copied.getClass(), read.getClass());
        for (String w : new String[] {"colour", "Colour", "analysed", "organisation's", "centre", "the"}) {
            assertEquals(copied.apply(w), read.apply(w), w);
        }
    }
}
