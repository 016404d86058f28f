package dev.newsgraph.analysis.linguistics;

import static dev.newsgraph.analysis.linguistics.CoreNlpFields.field;

import edu.stanford.nlp.process.AmericanizeFunction;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.tagger.common.Tagger;
import edu.stanford.nlp.tagger.maxent.Distsim;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The maximum-entropy model of Stanford CoreNLP's part-of-speech tagger ({@code MaxentTagger}),
 * copied once, when it loads, out of CoreNLP's own objects into plain arrays and maps of our own:
 * the weight of every (feature, tag) pair as rows of a flat array, each feature template as a
 * {@link Template} that says what it reads, the tag dictionary as the candidate tags (by number)
 * of each known word, and the open-class tags that an unknown word may take. CoreNLP keeps
 * these in maps from feature strings to arrays of weight numbers; here a feature value is turned
 * into a row number once per distinct word (see {@link PartOfSpeechTagger}), so that the tagger's
 * inner loops add rows of doubles. The copy reads CoreNLP's package-private fields by
 * reflection: the model file's format is CoreNLP's Java serialisation, which only CoreNLP reads.
 *
 * <p>That copy is made once, at build time, and written as a compact model file of our own
 * ({@link #write}, {@link ModelFiles}); at run time the model is read from that file ({@link
 * #english}), which is several times faster than CoreNLP's loader and makes none of CoreNLP's
 * model objects. Where the file is not on the class path the model is copied from CoreNLP's as before.
 * Immutable once built.
 */
final class TaggerModel {
    /** CoreNLP's default English model (left three words, distributional similarity), from the CoreNLP models jar. */
    static final String ENGLISH = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    /** The compact model file made from {@link #ENGLISH} at build time, a resource of this package. */
    static final String ENGLISH_COMPACT = "english-left3words-distsim.tagger.bin";
    /** The kind of model a compact file of this class holds. */
    static final String KIND = "pos-tagger";
    /** What CoreNLP reads for a word or tag outside the sentence. */
    static final String OUTSIDE = "NA";
    /** The word CoreNLP appends to every sentence, which is tagged with the others. */
    static final String END_WORD = Tagger.EOS_WORD;

    /** How many tags back the model reads (CoreNLP's left context: its search's window). */
    final int leftContext;
    /** The number of tags; the tag number {@code tagCount} stands for {@link #OUTSIDE}. */
    final int tagCount;
    final String[] tagNames;
    /**
     * The weights, row by row (a row per value of a template), of the tags the model has a weight
     * for: row {@code r} is {@code rowTags[k]}, {@code rowWeights[k]} for {@code k} from {@code
     * rowStart[r]} to {@code rowStart[r + 1]} (about two tags a row, of fifty).
     */
    final int[] rowStart;
    final int[] rowTags;
    final double[] rowWeights;
    /** The feature templates, common (for every word) then rare (for rare words only). */
    final List<Template> templates;
    /** The common templates then the rare ones, each split as CoreNLP splits them (its sums' order). */
    final int[] local;
    final int[] localRare;
    final int[] context;
    final int[] contextRare;
    final int[] dynamic;
    final int[] dynamicRare;
    /** The words of the tagger's dictionary. */
    final Map<String, KnownWord> dictionary;
    /** The candidates of an unknown word: the open-class tags, as CoreNLP orders and expands them. */
    final int[] openTags;
    /** A word seen fewer times than this in training is rare and gets the rare templates too. */
    final int rareThreshold;
    /** A word seen at least this often in training (and at all) can take only its dictionary tags. */
    final int lockThreshold;
    /** The model's rewriting of each word before tagging (English: Americanize), or null. */
    final Function<String, String> wordFunction;

    /** A word of the dictionary: how often it was seen, its candidate tags (expanded), its most frequent tag. */
    record KnownWord(int count, int[] candidates, String firstTag) {
    }

    /** What a feature template reads. */
    enum Kind {
        /** the word at an offset */
        WORD,
        /** the word's shape ({@code WordShapeClassifier}) */
        SHAPE,
        /** the word's distributional-similarity cluster */
        CLUSTER,
        /** the clusters of the words from {@code offset} to {@code last}, joined by '|' */
        CLUSTERS,
        /** the first or last {@code length} characters, or "######" for a shorter word */
        PREFIX, SUFFIX,
        /** yes/no ("1"/"0") tests of the current word */
        HAS_UPPER, HAS_DIGIT, HAS_DASH, LETTER_DIGIT_DASH, ALL_UPPER, UPPER_DIGIT_DASH, NO_ALPHANUMERIC,
        /** "1" for a capitalised word with a company's ending (Inc., Corp., ...) within three words on */
        COMPANY_NAME,
        /** the tags at offsets {@code offset} to {@code last}, joined by '!' */
        TAGS,
        /** first word of the sentence: its lower case's most frequent tag where known and capitalised */
        START_CAPITAL,
        /** not the first word: its lower case's most frequent tag where known and capitalised */
        MID_CAPITAL_TAG,
        /** first word of the sentence: "1" where it has an upper-case letter */
        START_UPPER;

        /** Whether the value is a function of one word alone (the one at the template's offset). */
        boolean ofOneWord() {
            return this != CLUSTERS && this != COMPANY_NAME && this != TAGS && this != START_CAPITAL
                    && this != MID_CAPITAL_TAG && this != START_UPPER;
        }
    }

    /**
     * One feature template (CoreNLP's {@code Extractor}): its number among the model's templates,
     * what it reads, where, and the row of each of its values.
     */
    record Template(int id, Kind kind, int offset, int last, int length, int shaper,
            WordClusters clusters, Set<String> companyEnds, Map<String, Integer> rows) {

        /** The row of a value, or -1 where the model has no weight for it. */
        int row(String value) {
            Integer r = value == null ? null : rows.get(value);
            return r == null ? -1 : r;
        }

        /** The value of a template of one word, for that word. */
        String valueOf(String w) {
            return switch (kind) {
                case WORD -> w;
                case SHAPE -> WordShapeClassifier.wordShape(w, shaper);
                case CLUSTER -> clusters.apply(w);
                case PREFIX -> w.length() < length ? "######" : w.substring(0, length);
                case SUFFIX -> w.length() < length ? "######" : w.substring(w.length() - length);
                case HAS_UPPER -> yes(any(w, Character::isUpperCase));
                case HAS_DIGIT -> yes(any(w, Character::isDigit));
                case HAS_DASH -> yes(w.indexOf('-') >= 0);
                case LETTER_DIGIT_DASH -> yes(any(w, Character::isLetter) && w.indexOf('-') >= 0 && any(w, Character::isDigit));
                case ALL_UPPER -> yes(!any(w, c -> !Character.isUpperCase(c)));
                case UPPER_DIGIT_DASH -> yes(any(w, Character::isUpperCase) && w.indexOf('-') >= 0 && any(w, Character::isDigit));
                case NO_ALPHANUMERIC -> yes(!any(w, c -> Character.isLetter(c) || Character.isDigit(c)));
                default -> throw new IllegalStateException(kind + " is not of one word");
            };
        }
    }

    /**
     * The distributional-similarity cluster of each word (CoreNLP's {@code Distsim}): looked up in
     * lower case unless the lexicon is cased, a word with digits that is not found looked up again
     * with each digit as 9 where the lexicon maps digits, and {@code unknown} for any other word.
     */
    record WordClusters(Map<String, String> lexicon, String unknown, boolean mapDigits, boolean cased)
            implements Function<String, String> {

        @Override
        public String apply(String word) {
            String w = cased ? word : word.toLowerCase();
            String cluster = lexicon.get(w);
            if (cluster == null && mapDigits) {
                char[] chars = w.toCharArray();
                boolean digits = false;
                for (int i = 0; i < chars.length; i++) {
                    if (chars[i] >= '0' && chars[i] <= '9') {
                        chars[i] = '9';
                        digits = true;
                    }
                }
                if (digits) {
                    cluster = lexicon.get(new String(chars));
                }
            }
            return cluster == null ? unknown : cluster;
        }
    }

    private static String yes(boolean b) {
        return b ? "1" : "0";
    }

    private static boolean any(String s, java.util.function.IntPredicate test) {
        for (int i = 0; i < s.length(); i++) {
            if (test.test(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The English model: read from its compact file, or copied from CoreNLP's where that file is not on the class path. */
    static TaggerModel english() {
        return CompactModelInput.open(ENGLISH_COMPACT, KIND, ENGLISH).map(in -> in.read(TaggerModel::new))
                .orElseGet(TaggerModel::englishFromCoreNlp);
    }

    /** The English model as copied from CoreNLP's, loaded by CoreNLP's own loader (what the compact file is made from). */
    static TaggerModel englishFromCoreNlp() {
        return new TaggerModel(new MaxentTagger(ENGLISH));
    }

    TaggerModel(MaxentTagger tagger) {
        try {
            Object config = field(tagger, "config");
            if ((boolean) call(tagger, "hasApproximateScoring")) {
                // with approximate scoring CoreNLP normalises over the candidate tags only; this copy does the exact sums
                throw new IllegalStateException("tagger model: approximate scoring is not supported");
            }
            leftContext = (int) field(tagger, "leftContext");
            if (leftContext < 1 || leftContext > 2 || (int) field(tagger, "rightContext") != 0) {
                throw new IllegalStateException("tagger model: only a left context of one or two tags is supported");
            }
            rareThreshold = (int) call(config, "getRareWordThresh");
            lockThreshold = (int) call(config, "getMinWordsLockTags");
            @SuppressWarnings("unchecked")
            Function<String, String> f = (Function<String, String>) field(tagger, "wordFunction");
            wordFunction = f;
            tagCount = (int) field(tagger, "ySize");
            Object ttags = field(tagger, "tags");
            tagNames = new String[tagCount];
            Map<String, Integer> tagIds = new HashMap<>();
            for (int t = 0; t < tagCount; t++) {
                tagNames[t] = (String) call(ttags, "getTag", t);
                tagIds.put(tagNames[t], t);
                if ((int) call(ttags, "getIndex", tagNames[t]) != t) {
                    throw new IllegalStateException("tagger model: tag numbers out of order");
                }
            }
            Method expand = method(ttags.getClass(), "deterministicallyExpandTags", String[].class);
            // CoreNLP expands the candidates of every word, the open-class tags (expanded already) included
            openTags = numbers((String[]) expand.invoke(ttags, call(ttags, "getOpenTagsArray")), tagIds);

            dictionary = new HashMap<>();
            Map<?, ?> words = (Map<?, ?>) field(field(tagger, "dict"), "dict");
            Method tags = null;
            Method sum = null;
            Method first = null;
            for (Map.Entry<?, ?> e : words.entrySet()) {
                Object count = e.getValue();
                if (tags == null) {
                    tags = method(count.getClass(), "getTags");
                    sum = method(count.getClass(), "sum");
                    first = method(count.getClass(), "getFirstTag");
                }
                String[] known = (String[]) tags.invoke(count);
                String[] expanded = (String[]) expand.invoke(ttags, (Object) known);
                dictionary.put((String) e.getKey(), new KnownWord((int) sum.invoke(count), numbers(expanded, tagIds),
                        (String) first.invoke(count)));
            }

            Object common = field(tagger, "extractors");
            Object rare = field(tagger, "extractorsRare");
            int commonCount = (int) call(common, "size");
            int rareCount = (int) call(rare, "size");
            @SuppressWarnings("unchecked")
            List<Map<String, int[]>> associations = (List<Map<String, int[]>>) field(tagger, "fAssociations");
            double[] lambda = (double[]) field(call(tagger, "getLambdaSolve"), "lambda");
            List<Template> made = new ArrayList<>();
            Map<Distsim, WordClusters> lexicons = new IdentityHashMap<>();
            List<Integer> starts = new ArrayList<>();
            List<Integer> rowTagList = new ArrayList<>();
            List<Double> rowWeightList = new ArrayList<>();
            for (int k = 0; k < commonCount + rareCount; k++) {
                Object extractor = k < commonCount ? call(common, "get", k) : call(rare, "get", k - commonCount);
                Map<String, Integer> rowOf = new HashMap<>();
                for (Map.Entry<String, int[]> e : associations.get(k).entrySet()) {
                    int[] features = e.getValue();
                    rowOf.put(e.getKey(), starts.size());
                    starts.add(rowTagList.size());
                    for (int t = 0; t < tagCount; t++) {
                        if (features[t] >= 0) {
                            rowTagList.add(t);
                            rowWeightList.add(lambda[features[t]]);
                        }
                    }
                }
                made.add(template(k, extractor, rowOf, lexicons));
            }
            templates = List.copyOf(made);
            starts.add(rowTagList.size());
            rowStart = starts.stream().mapToInt(Integer::intValue).toArray();
            rowTags = rowTagList.stream().mapToInt(Integer::intValue).toArray();
            rowWeights = rowWeightList.stream().mapToDouble(Double::doubleValue).toArray();
            local = ids(common, "local", 0);
            context = ids(common, "localContext", 0);
            dynamic = ids(common, "dynamic", 0);
            localRare = ids(rare, "local", commonCount);
            contextRare = ids(rare, "localContext", commonCount);
            dynamicRare = ids(rare, "dynamic", commonCount);
            for (int[] group : new int[][] {local, localRare}) {
                for (int id : group) {
                    Template t = templates.get(id);
                    if (!t.kind().ofOneWord() || t.offset() != 0) {
                        throw new IllegalStateException("tagger model: local template " + t.kind() + " at " + t.offset());
                    }
                }
            }
            for (int[] group : new int[][] {context, contextRare}) {
                for (int id : group) {
                    Kind kind = templates.get(id).kind();
                    if (!kind.ofOneWord() && kind != Kind.CLUSTERS && kind != Kind.COMPANY_NAME) {
                        throw new IllegalStateException("tagger model: context template " + kind);
                    }
                }
            }
            for (int[] group : new int[][] {dynamic, dynamicRare}) {
                for (int id : group) {
                    Kind kind = templates.get(id).kind();
                    if (kind != Kind.TAGS && kind != Kind.START_CAPITAL && kind != Kind.MID_CAPITAL_TAG && kind != Kind.START_UPPER) {
                        throw new IllegalStateException("tagger model: dynamic template " + kind);
                    }
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("tagger model: CoreNLP's tagger is not laid out as expected", e);
        }
    }

    /** The model as written by {@link #write}. */
    TaggerModel(CompactModelInput in) {
        leftContext = in.readInt();
        tagCount = in.readInt();
        rareThreshold = in.readInt();
        lockThreshold = in.readInt();
        wordFunction = wordFunction(in.readString(), in);
        tagNames = in.readStrings();
        rowStart = in.readInts();
        rowTags = in.readInts();
        rowWeights = in.readDoubles();
        WordClusters[] lexicons = new WordClusters[in.readInt()];
        for (int i = 0; i < lexicons.length; i++) {
            Map<String, String> lexicon = ClusterLexicons.read(new ClusterLexicons.LexiconFile(in.readString(), in.readString()));
            lexicons[i] = new WordClusters(lexicon, in.readString(), in.readBoolean(), in.readBoolean());
        }
        Template[] read = new Template[in.readInt()];
        Kind[] kinds = Kind.values();
        for (int k = 0; k < read.length; k++) {
            int id = in.readInt();
            Kind kind = kinds[in.readInt()];
            int offset = in.readInt();
            int last = in.readInt();
            int length = in.readInt();
            int shaper = in.readInt();
            int lexicon = in.readInt();
            Set<String> companyEnds = in.readBoolean() ? Set.of(in.readStrings()) : null;
            int firstRow = in.readInt();
            String[] values = in.readStrings();
            Map<String, Integer> rows = new HashMap<>(capacity(values.length));
            for (int v = 0; v < values.length; v++) {
                rows.put(values[v], firstRow + v);
            }
            read[k] = new Template(id, kind, offset, last, length, shaper, lexicon < 0 ? null : lexicons[lexicon], companyEnds, rows);
        }
        templates = List.of(read);
        local = in.readInts();
        localRare = in.readInts();
        context = in.readInts();
        contextRare = in.readInts();
        dynamic = in.readInts();
        dynamicRare = in.readInts();
        String[] words = in.readStrings();
        int[] counts = in.readInts();
        int[] firstTags = in.readInts();
        int[] candidateCounts = in.readInts();
        int[] candidates = in.readInts();
        dictionary = new HashMap<>(capacity(words.length));
        for (int w = 0, at = 0; w < words.length; w++) {
            int[] of = Arrays.copyOfRange(candidates, at, at + candidateCounts[w]);
            at += of.length;
            dictionary.put(words[w], new KnownWord(counts[w], of, firstTags[w] < 0 ? null : tagNames[firstTags[w]]));
        }
        openTags = in.readInts();
    }

    /**
     * Writes the model as {@link #TaggerModel(CompactModelInput)} reads it, its lexicons of clusters
     * as references to the files that {@code lexicons} names (and writes apart).
     */
    void write(CompactModelOutput out, Function<Map<String, String>, ClusterLexicons.LexiconFile> lexicons) throws IOException {
        out.writeInt(leftContext);
        out.writeInt(tagCount);
        out.writeInt(rareThreshold);
        out.writeInt(lockThreshold);
        out.writeString(wordFunctionName(wordFunction));
        out.writeStrings(Arrays.asList(tagNames));
        out.writeInts(rowStart);
        out.writeInts(rowTags);
        out.writeDoubles(rowWeights);
        List<WordClusters> clusters = new ArrayList<>();
        for (Template t : templates) {
            if (t.clusters() != null && clusters.stream().noneMatch(l -> l == t.clusters())) {
                clusters.add(t.clusters());
            }
        }
        out.writeInt(clusters.size());
        for (WordClusters l : clusters) {
            ClusterLexicons.LexiconFile file = lexicons.apply(l.lexicon());
            out.writeString(file.name());
            out.writeString(file.source());
            out.writeString(l.unknown());
            out.writeBoolean(l.mapDigits());
            out.writeBoolean(l.cased());
        }
        out.writeInt(templates.size());
        for (Template t : templates) {
            out.writeInt(t.id());
            out.writeInt(t.kind().ordinal());
            out.writeInt(t.offset());
            out.writeInt(t.last());
            out.writeInt(t.length());
            out.writeInt(t.shaper());
            int lexicon = -1;
            for (int l = 0; l < clusters.size(); l++) {
                lexicon = clusters.get(l) == t.clusters() ? l : lexicon;
            }
            out.writeInt(lexicon);
            out.writeBoolean(t.companyEnds() != null);
            if (t.companyEnds() != null) {
                out.writeStrings(t.companyEnds());
            }
            // a template's rows are numbered one after another (see the copy): its first row, then its values in row order
            String[] values = new String[t.rows().size()];
            int firstRow = t.rows().values().stream().mapToInt(Integer::intValue).min().orElse(0);
            for (Map.Entry<String, Integer> e : t.rows().entrySet()) {
                int v = e.getValue() - firstRow;
                if (v >= values.length || values[v] != null) {
                    throw new IOException("tagger model: the rows of template " + t.id() + " are not numbered one after another");
                }
                values[v] = e.getKey();
            }
            out.writeInt(firstRow);
            out.writeStrings(Arrays.asList(values));
        }
        out.writeInts(local);
        out.writeInts(localRare);
        out.writeInts(context);
        out.writeInts(contextRare);
        out.writeInts(dynamic);
        out.writeInts(dynamicRare);
        List<String> words = new ArrayList<>(dictionary.keySet());
        int[] counts = new int[words.size()];
        int[] firstTags = new int[words.size()];
        int[] candidateCounts = new int[words.size()];
        List<Integer> candidates = new ArrayList<>();
        for (int w = 0; w < counts.length; w++) {
            KnownWord known = dictionary.get(words.get(w));
            counts[w] = known.count();
            firstTags[w] = known.firstTag() == null ? -1 : Arrays.asList(tagNames).indexOf(known.firstTag());
            if (known.firstTag() != null && firstTags[w] < 0) {
                throw new IOException("tagger model: the first tag " + known.firstTag() + " of " + words.get(w) + " is not a tag");
            }
            candidateCounts[w] = known.candidates().length;
            for (int c : known.candidates()) {
                candidates.add(c);
            }
        }
        out.writeStrings(words);
        out.writeInts(counts);
        out.writeInts(firstTags);
        out.writeInts(candidateCounts);
        out.writeInts(candidates.stream().mapToInt(Integer::intValue).toArray());
        out.writeInts(openTags);
    }

    /** The capacity of a hash map that holds {@code n} entries without growing. */
    static int capacity(int n) {
        return (int) (n / 0.75f) + 1;
    }

    /** The name a compact file gives a word function: the only one of CoreNLP's English models, or none. */
    static String wordFunctionName(Function<String, String> f) throws IOException {
        if (f == null) {
            return null;
        }
        if (f.getClass() == AmericanizeFunction.class) {
            return "americanize";
        }
        throw new IOException("model: no compact form for the word function " + f.getClass().getName());
    }

    static Function<String, String> wordFunction(String name, CompactModelInput in) {
        if (name == null) {
            return null;
        }
        if (name.equals("americanize")) {
            return new AmericanizeFunction();
        }
        throw in.corrupt("an unknown word function " + name);
    }

    /** Our template for one of CoreNLP's extractors, told apart by class (the model file names them). */
    private static Template template(int id, Object e, Map<String, Integer> rows, Map<Distsim, WordClusters> lexicons)
            throws ReflectiveOperationException {
        String name = e.getClass().getName();
        name = name.substring(name.lastIndexOf('.') + 1);
        int position = (int) field(e, "position");
        return switch (name) {
            case "Extractor" -> (boolean) field(e, "isTag")
                    ? new Template(id, Kind.TAGS, position, position, 0, 0, null, null, rows)
                    : new Template(id, Kind.WORD, position, position, 0, 0, null, null, rows);
            case "ExtractorFrames$ExtractorContinuousTagConjunction" -> {
                if (position >= 0) {
                    throw new IllegalStateException("tagger model: tags to the right");
                }
                yield new Template(id, Kind.TAGS, position, -1, 0, 0, null, null, rows);
            }
            case "ExtractorWordShapeClassifier" ->
                new Template(id, Kind.SHAPE, position, position, 0, (int) field(e, "wordShaper"), null, null, rows);
            case "ExtractorDistsim" ->
                new Template(id, Kind.CLUSTER, position, position, 0, 0, clusters(e, lexicons), null, rows);
            case "ExtractorDistsimConjunction" ->
                new Template(id, Kind.CLUSTERS, (int) field(e, "left"), (int) field(e, "right"), 0, 0, clusters(e, lexicons), null, rows);
            case "ExtractorWordPref", "ExtractorWordSuff" -> {
                // these two declare a position of their own (the most specific field is theirs)
                yield new Template(id, name.endsWith("Pref") ? Kind.PREFIX : Kind.SUFFIX, position, position, (int) field(e, "num"),
                        0, null, null, rows);
            }
            case "CompanyNameDetector" -> {
                @SuppressWarnings("unchecked")
                Set<String> ends = Set.copyOf((Set<String>) field(e, "companyNameEnds"));
                yield new Template(id, Kind.COMPANY_NAME, 0, 3, 0, 0, null, ends, rows);
            }
            default -> {
                Kind kind = switch (name) {
                    case "ExtractorUCase" -> Kind.HAS_UPPER;
                    case "ExtractorCNumber" -> Kind.HAS_DIGIT;
                    case "ExtractorDash" -> Kind.HAS_DASH;
                    case "ExtractorLetterDigitDash" -> Kind.LETTER_DIGIT_DASH;
                    case "ExtractorAllCapitalized" -> Kind.ALL_UPPER;
                    case "ExtractorUpperDigitDash" -> Kind.UPPER_DIGIT_DASH;
                    case "ExtractorNonAlphanumeric" -> Kind.NO_ALPHANUMERIC;
                    case "ExtractorStartSentenceCap" -> Kind.START_CAPITAL;
                    case "ExtractorMidSentenceCapC" -> Kind.MID_CAPITAL_TAG;
                    case "ExtractorMidSentenceCap" -> Kind.START_UPPER;
                    default -> throw new IllegalStateException("tagger model: no support for CoreNLP's " + name);
                };
                yield new Template(id, kind, 0, 0, 0, 0, null, null, rows);
            }
        };
    }

    /** The clusters of an extractor's lexicon, one copy of each lexicon (CoreNLP's extractors share theirs). */
    private static WordClusters clusters(Object extractor, Map<Distsim, WordClusters> lexicons) throws ReflectiveOperationException {
        Distsim lexicon = (Distsim) field(extractor, "lexicon");
        WordClusters copied = lexicons.get(lexicon);
        if (copied == null) {
            @SuppressWarnings("unchecked")
            Map<String, String> words = (Map<String, String>) field(lexicon, "lexicon");
            copied = new WordClusters(Collections.unmodifiableMap(words), (String) field(lexicon, "unk"),
                    (boolean) field(lexicon, "mapdigits"), (boolean) field(lexicon, "casedDistSim"));
            lexicons.put(lexicon, copied);
        }
        return copied;
    }

    /** The template numbers of one of CoreNLP's groups (local, localContext, dynamic), in its order. */
    private static int[] ids(Object extractors, String group, int first) throws ReflectiveOperationException {
        List<?> pairs = (List<?>) field(extractors, group);
        int[] ids = new int[pairs.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = first + (Integer) ((edu.stanford.nlp.util.Pair<?, ?>) pairs.get(i)).first();
        }
        return ids;
    }

    private static int[] numbers(String[] tags, Map<String, Integer> tagIds) {
        int[] n = new int[tags.length];
        for (int i = 0; i < tags.length; i++) {
            Integer id = tagIds.get(tags[i]);
            if (id == null) {
                throw new IllegalStateException("tagger model: unknown tag " + tags[i]);
            }
            n[i] = id;
        }
        return n;
    }

    private static Method method(Class<?> c, String name, Class<?>... parameters) throws NoSuchMethodException {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            try {
                Method m = k.getDeclaredMethod(name, parameters);
                m.setAccessible(true);
                return m;
            } catch (NoSuchMethodException e) {
                // up
            }
        }
        throw new NoSuchMethodException(c.getName() + "." + name + Arrays.toString(parameters));
    }

    private static Object call(Object o, String name, Object... args) throws ReflectiveOperationException {
        Class<?>[] types = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) {
            types[i] = args[i] instanceof Integer ? int.class : args[i].getClass();
        }
        return method(o.getClass(), name, types).invoke(o, args);
    }
}
