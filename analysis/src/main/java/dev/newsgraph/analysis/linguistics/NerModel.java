package dev.newsgraph.analysis.linguistics;

import static dev.newsgraph.analysis.linguistics.CoreNlpFields.field;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Index;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Collections;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The linear-chain CRF of Stanford CoreNLP's named-entity recogniser ({@code CRFClassifier} with
 * its {@code NERFeatureFactory}), copied once, when it loads, out of CoreNLP's own objects into
 * arrays and maps of our own: the labels, the label pairs of the transition clique, the weights of
 * every feature as rows of a flat array of floats (four a row for the features of one token, one
 * per label; sixteen for the features of a pair of tokens, one per label pair), the number of each
 * feature's string, the distributional-similarity clusters the model was trained with, the
 * lower-case words its word shapes mark as known, and the function it applies to every word
 * (americanising spelling). CoreNLP keeps most of these in its own index and feature factory
 * and builds each feature's string at every token; here the strings are numbered once per
 * distinct word (see {@link NamedEntityTagger}). The copy reads CoreNLP's protected and private
 * fields by reflection: the model file's format is CoreNLP's Java serialisation, which only
 * CoreNLP reads.
 *
 * <p>That copy is made once, at build time, and written as a compact model file of our own
 * ({@link #write}, {@link ModelFiles}); at run time the English model is read from that file
 * ({@link #of}), which is several times faster than CoreNLP's loader and makes none of
 * CoreNLP's model objects. Where the file is not on the class path the model is copied from CoreNLP's
 * as before.
 *
 * <p>The features a CRF of CoreNLP computes depend on a hundred or so flags of the model; this copy
 * implements those the English 3-class model sets, and refuses, when it loads, any model whose
 * flags differ in anything that changes the features, their values or the inference.
 * Immutable once built.
 */
final class NerModel {
    /** CoreNLP's default English 3-class model (person, organisation, location), from the CoreNLP models jar. */
    static final String ENGLISH_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** The compact model file made from {@link #ENGLISH_3CLASS} at build time, a resource of this package. */
    static final String ENGLISH_3CLASS_COMPACT = "english.all.3class.distsim.crf.bin";
    /** The kind of model a compact file of this class holds. */
    static final String KIND = "ner-crf";

    /** Flags that must be set, as the English 3-class model sets them: the features this copy computes. */
    private static final Set<String> SET = Set.of("useClassFeature", "useDisjunctive", "useDistSim", "useExternal",
            "useInternal", "useLastRealWord", "useNGrams", "useNext", "useNextRealWord", "useOccurrencePatterns", "usePrev",
            "usePrevSequences", "useSequences", "useTypeSeqs", "useTypeSeqs2", "useTypeySequences", "useWord", "noMidNGrams",
            "numberEquivalenceDistSim");
    /** Flags of other types that must have these values. */
    private static final Map<String, String> VALUES = Map.ofEntries(Map.entry("backgroundSymbol", "O"),
            Map.entry("crfType", "MaxEnt"), Map.entry("disjunctionWidth", "5"), Map.entry("inferenceType", "Viterbi"),
            Map.entry("maxLeft", "1"), Map.entry("maxNGramLeng", "6"), Map.entry("slashHyphenTreatment", "NONE"),
            Map.entry("splitWordRegex", "null"), Map.entry("unknownWordDistSimClass", "0"), Map.entry("wordShape", "9"),
            Map.entry("binnedLengths", "null"), Map.entry("maxAdditionalKnownLCWords", "0"));
    /**
     * Flags that change nothing here: the sources the model was trained from (the clusters and
     * lists are in the model file already or read by features that are off), settings of
     * features that are off, of training, or of caching and interning (the same strings either way).
     */
    private static final Set<String> INDIFFERENT = Set.of("beamSize", "distSimFileFormat", "distSimLexicon", "distSimMaxBits",
            "documentReader", "dropGaz", "femaleNameList", "inputEncoding", "lastNameList", "maleNameList", "readerAndWriter",
            "wideDisjunctionWidth", "useLongSequences", "cacheNGrams", "intern", "wordFunction");
    /** Every boolean flag the feature factory, the reader and the classifier read on the way to a label. */
    private static final List<String> READ = List.of("casedDistSim", "checkNameList", "cleanGazette", "conjoinShapeNGrams",
            "dehyphenateNGrams", "doGibbs", "dontExtendTaggy", "greekifyNGrams", "iobTags", "lowercaseNGrams", "mergeTags",
            "noEdgeFeature", "normalizeTerms", "normalizeTimex", "removeStrictGoodCoNLLDuplicates", "sloppyGazette",
            "strictGoodCoNLL", "transitionEdgeOnly", "twoStage", "use2W", "useABGENE", "useABSTR", "useABSTRFreq",
            "useABSTRFreqDict", "useAbbr", "useAbbr1", "useBagOfWords", "useBeginSent", "useBoundarySequences", "useChunks",
            "useChunkySequences", "useCommonWordsFeature", "useDisjShape", "useDisjunctiveShapeInteraction",
            "useEitherSideDisjunctive", "useEitherSideWord", "useEmbedding", "useEntityRule", "useEntityTypeSequences",
            "useEntityTypes", "useExtraTaggySequences", "useFREQ", "useFirstWord", "useGENIA", "useGazFeatures", "useGazettes",
            "useGenericFeatures", "useHeadGov", "useIfInteger", "useIsDateRange", "useIsURL", "useLC", "useLemmas",
            "useMUCFeatures", "useMinimalAbbr", "useMinimalAbbr1", "useMoreAbbr", "useMoreGazFeatures", "useMoreNeighborNGrams",
            "useMoreTags", "useNPGovernor", "useNPHead", "useNeighborNGrams", "useNextSequences", "useNextVB", "useOrdinal",
            "useParenMatching", "usePhraseWordTags", "usePhraseWords", "usePosition", "usePrevNextLemmas", "usePrevVB",
            "useProtoFeatures", "useRadical", "useReverse", "useShapeConjunctions", "useShapeStrings", "useSymTags",
            "useSymWordPairs", "useTaggySequences", "useTaggySequencesShapeInteraction", "useTags", "useTitle", "useTitle2",
            "useTopics", "useTypeSeqs3", "useURLSequences", "useUndirectedDisjunctive", "useUnknown", "useVB", "useWEB",
            "useWEBFreqDict", "useWideDisjunctive", "useWordPairs", "useWordTag", "useWordnetFeatures", "useYetMoreCpCShapes",
            "useClassFeature", "useDisjunctive", "useDistSim", "useExternal", "useInternal", "useLastRealWord", "useNGrams",
            "useNext", "useNextRealWord", "useOccurrencePatterns", "usePrev", "usePrevSequences", "useSequences", "useTypeSeqs",
            "useTypeSeqs2", "useTypeySequences", "useWord", "noMidNGrams", "numberEquivalenceDistSim");

    /** The labels, by number; {@link #background} is the one outside any entity ("O"). */
    final String[] labels;
    final int background;
    /** The label of each entry of a token's row of weights. */
    final int[] nodeLabel;
    /** The label pair (previous, this) of each entry of a token pair's row of weights. */
    final int[] edgeFirst;
    final int[] edgeSecond;
    /** The weights of the features of one token: row {@code f} is {@code nodeWeights[f * nodeLabel.length ...]}. */
    final float[] nodeWeights;
    /** The weights of the features of a token and the one before it, sixteen a row. */
    final float[] edgeWeights;
    /** The row of each feature of one token, by its string as CoreNLP spells it (ending in {@code |C}): its number. */
    final StringTable nodeFeatures;
    /** The row of each feature of a token pair, by its string (ending in {@code |CpC}). */
    final StringTable edgeFeatures;
    /** The function CoreNLP applies to each word before any feature reads it. */
    final Function<String, String> wordFunction;
    /** The lower-case words the model knows (its word shapes mark a capitalised word whose lower case is one). */
    final Set<String> knownLowerCase;
    /** The distributional-similarity cluster of each word (lower-cased, digits as in CoreNLP's digit shape). */
    final Map<String, String> clusters;
    /** The cluster of a word outside {@link #clusters}. */
    final String unknownCluster;
    /** How many words either side the disjunctive features read, and the longest character n-gram. */
    final int disjunctionWidth;
    final int longestGram;
    /** The words after a hyphen that the {@code ner} annotator does not join to the word before it ("based", "born", ...). */
    final Set<String> unjoinedAfterHyphen;

    static NerModel english() {
        return of(ENGLISH_3CLASS);
    }

    /**
     * The model of the CRF at {@code path} (in the class path or a file, as CoreNLP reads it): read
     * from its compact file where the build made one (the English 3-class model), else copied from
     * CoreNLP's.
     */
    static NerModel of(String path) {
        if (path.equals(ENGLISH_3CLASS)) {
            return CompactModelInput.open(ENGLISH_3CLASS_COMPACT, KIND, path).map(in -> in.read(NerModel::new))
                    .orElseGet(() -> fromCoreNlp(path));
        }
        return fromCoreNlp(path);
    }

    /** The model of the CRF at {@code path} as copied from CoreNLP's, loaded by CoreNLP's own loader. */
    static NerModel fromCoreNlp(String path) {
        try {
            return new NerModel(CRFClassifier.getClassifier(path));
        } catch (java.io.IOException | ClassNotFoundException e) {
            throw new IllegalStateException("NER model: cannot read " + path, e);
        }
    }

    NerModel(CRFClassifier<CoreLabel> crf) {
        try {
            if (crf.getClass() != CRFClassifier.class) {
                throw new IllegalStateException("NER model: only CoreNLP's plain CRFClassifier is supported, not " + crf.getClass());
            }
            SeqClassifierFlags flags = crf.flags;
            checkFlags(flags);
            if ((int) field(crf, "windowSize") != 2) {
                throw new IllegalStateException("NER model: only a first-order chain (window of two) is supported");
            }
            List<?> factories = (List<?>) field(crf, "featureFactories");
            if (factories.size() != 1 || factories.get(0).getClass() != NERFeatureFactory.class) {
                throw new IllegalStateException("NER model: only CoreNLP's NERFeatureFactory is supported");
            }
            if (field(crf, "labelDictionary") != null) {
                throw new IllegalStateException("NER model: a label dictionary is not supported");
            }
            Index<?> classIndex = crf.classIndex;
            labels = new String[classIndex.size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = (String) classIndex.get(i);
            }
            background = java.util.Arrays.asList(labels).indexOf(flags.backgroundSymbol);
            List<?> labelIndices = (List<?>) field(crf, "labelIndices");
            if (labelIndices.size() != 2) {
                throw new IllegalStateException("NER model: " + labelIndices.size() + " clique sizes");
            }
            Index<?> nodes = (Index<?>) labelIndices.get(0);
            Index<?> edges = (Index<?>) labelIndices.get(1);
            nodeLabel = new int[nodes.size()];
            for (int k = 0; k < nodeLabel.length; k++) {
                nodeLabel[k] = labelOf(nodes.get(k))[0];
            }
            edgeFirst = new int[edges.size()];
            edgeSecond = new int[edges.size()];
            for (int k = 0; k < edgeFirst.length; k++) {
                int[] pair = labelOf(edges.get(k));
                edgeFirst[k] = pair[0];
                edgeSecond[k] = pair[1];
            }
            @SuppressWarnings("unchecked")
            Index<String> featureIndex = (Index<String>) field(crf, "featureIndex");
            float[][] weights = (float[][]) field(crf, "weights");
            List<String> nodeRows = new ArrayList<>();
            List<String> edgeRows = new ArrayList<>();
            int nodeCount = 0;
            int edgeCount = 0;
            for (String f : featureIndex) {
                if (f.endsWith("|C")) {
                    nodeCount++;
                } else if (f.endsWith("|CpC")) {
                    edgeCount++;
                } else {
                    throw new IllegalStateException("NER model: a feature of an unknown clique: " + f);
                }
            }
            nodeWeights = new float[nodeCount * nodeLabel.length];
            edgeWeights = new float[edgeCount * edgeFirst.length];
            for (int i = 0, n = featureIndex.size(); i < n; i++) {
                String f = featureIndex.get(i);
                boolean node = f.endsWith("|C");
                List<String> rows = node ? nodeRows : edgeRows;
                float[] to = node ? nodeWeights : edgeWeights;
                int width = node ? nodeLabel.length : edgeFirst.length;
                if (weights[i].length != width) {
                    throw new IllegalStateException("NER model: " + weights[i].length + " weights for " + f);
                }
                int row = rows.size();
                rows.add(f);
                System.arraycopy(weights[i], 0, to, row * width, width);
            }
            nodeFeatures = StringTable.of(nodeRows);
            edgeFeatures = StringTable.of(edgeRows);
            @SuppressWarnings("unchecked")
            Function<String, String> f = (Function<String, String>) flags.wordFunction;
            wordFunction = f;
            knownLowerCase = Set.copyOf(crf.getKnownLCWords());
            @SuppressWarnings("unchecked")
            Map<String, String> lexicon = (Map<String, String>) field(factories.get(0), "lexicon");
            if (lexicon == null) {
                throw new IllegalStateException("NER model: no distributional-similarity clusters in the model");
            }
            clusters = Map.copyOf(lexicon);
            unknownCluster = flags.unknownWordDistSimClass;
            disjunctionWidth = flags.disjunctionWidth;
            longestGram = flags.maxNGramLeng;
            Field exceptions = edu.stanford.nlp.pipeline.NERCombinerAnnotator.class.getDeclaredField("nerSpecificTokenizationExceptions");
            exceptions.setAccessible(true);
            @SuppressWarnings("unchecked")
            Set<String> unjoined = Set.copyOf((Set<String>) exceptions.get(null));
            unjoinedAfterHyphen = unjoined;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("NER model: CoreNLP's CRFClassifier is not laid out as expected", e);
        }
    }

    /** The model as written by {@link #write}. */
    NerModel(CompactModelInput in) {
        labels = in.readStrings();
        background = in.readInt();
        nodeLabel = in.readInts();
        edgeFirst = in.readInts();
        edgeSecond = in.readInts();
        nodeWeights = in.readFloats();
        edgeWeights = in.readFloats();
        nodeFeatures = in.readStringTable();
        edgeFeatures = in.readStringTable();
        wordFunction = TaggerModel.wordFunction(in.readString(), in);
        knownLowerCase = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(in.readStrings())));
        clusters = ClusterLexicons.read(new ClusterLexicons.LexiconFile(in.readString(), in.readString()));
        unknownCluster = in.readString();
        disjunctionWidth = in.readInt();
        longestGram = in.readInt();
        unjoinedAfterHyphen = Set.of(in.readStrings());
    }

    /**
     * Writes the model as {@link #NerModel(CompactModelInput)} reads it, its lexicon of clusters as
     * a reference to the file that {@code lexicons} names (and writes apart).
     */
    void write(CompactModelOutput out, Function<Map<String, String>, ClusterLexicons.LexiconFile> lexicons) throws IOException {
        out.writeStrings(Arrays.asList(labels));
        out.writeInt(background);
        out.writeInts(nodeLabel);
        out.writeInts(edgeFirst);
        out.writeInts(edgeSecond);
        out.writeFloats(nodeWeights);
        out.writeFloats(edgeWeights);
        out.writeStrings(nodeFeatures.asList());
        out.writeStrings(edgeFeatures.asList());
        out.writeString(TaggerModel.wordFunctionName(wordFunction));
        out.writeStrings(knownLowerCase);
        ClusterLexicons.LexiconFile lexicon = lexicons.apply(clusters);
        out.writeString(lexicon.name());
        out.writeString(lexicon.source());
        out.writeString(unknownCluster);
        out.writeInt(disjunctionWidth);
        out.writeInt(longestGram);
        out.writeStrings(unjoinedAfterHyphen);
    }

    /** Refuses a model whose flags ask for features, values or an inference other than those implemented here. */
    private static void checkFlags(SeqClassifierFlags flags) throws ReflectiveOperationException {
        for (String name : READ) {
            boolean value = SeqClassifierFlags.class.getField(name).getBoolean(flags);
            if (value != SET.contains(name) && !INDIFFERENT.contains(name)) {
                throw new IllegalStateException("NER model: flag " + name + "=" + value + " is not supported");
            }
        }
        for (Map.Entry<String, String> e : VALUES.entrySet()) {
            Object value = SeqClassifierFlags.class.getField(e.getKey()).get(flags);
            if (!e.getValue().equals(String.valueOf(value))) {
                throw new IllegalStateException("NER model: flag " + e.getKey() + "=" + value + " is not supported");
            }
        }
        if ("edu.stanford.nlp.wordseg.Sighan2005DocumentReaderAndWriter".equalsIgnoreCase(flags.readerAndWriter)) {
            throw new IllegalStateException("NER model: a segmenter's reader is not supported");
        }
    }

    private static int[] labelOf(Object crfLabel) throws ReflectiveOperationException {
        return (int[]) crfLabel.getClass().getMethod("getLabel").invoke(crfLabel);
    }
}
