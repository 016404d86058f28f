package dev.newsgraph.analysis.linguistics;

import dev.newsgraph.analysis.document.Dependency;
import dev.newsgraph.analysis.document.Sentence;
import dev.newsgraph.analysis.document.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Runs Stanford CoreNLP's light annotators (tokenize, ssplit, lemma), CoreNLP's part-of-speech
 * tagger (its English left3words-distsim model, run by {@link PartOfSpeechTagger}: CoreNLP's tags,
 * about four times as fast), CoreNLP's named-entity recogniser (its 3-class CRF without SUTime,
 * numeric classifiers or the fine-grained gazetteers, run by {@link NamedEntityTagger}: CoreNLP's
 * labels, faster) and CoreNLP's neural dependency parser (its English UD model, run by {@link
 * TransitionParser}: CoreNLP's arcs, several times faster) and returns the result as
 * {@link Sentence}s. Models load once, in the constructor; {@link #parse} is
 * thread-safe. Sentences longer than {@link Settings#maxParseTokens} are tagged but not parsed,
 * which bounds the time any one sentence can take.
 */
public final class CoreNlpParser {

    /** Which CoreNLP models and limits to use; the defaults are the fast ones. */
    public record Settings(String nerModel, boolean parse, int maxParseTokens) {
        public static Settings defaults() {
            return new Settings("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz", true, 120);
        }

        public Map<String, String> describe() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("corenlp.annotators", annotators());
            m.put("corenlp.pos.model", TaggerModel.ENGLISH.substring(TaggerModel.ENGLISH.lastIndexOf('/') + 1)
                    + " (newsgraph's PartOfSpeechTagger)");
            m.put("corenlp.ner.model", nerModel.substring(nerModel.lastIndexOf('/') + 1) + " (newsgraph's NamedEntityTagger)");
            if (parse) {
                m.put("corenlp.depparse.model", TransitionParser.ENGLISH_UD.substring(TransitionParser.ENGLISH_UD.lastIndexOf('/') + 1)
                        + " (newsgraph's TransitionParser)");
            }
            m.put("corenlp.depparse.maxTokens", Integer.toString(maxParseTokens));
            return m;
        }

        String annotators() {
            return "tokenize,ssplit,pos,lemma,ner" + (parse ? ",depparse" : "");
        }
    }

    /** The annotators in order, in three parts so that each can be timed. */
    private final List<Part> parts;
    private final PartOfSpeechTagger tagger;
    private final NamedEntityTagger entities;
    private final TransitionParser parser;
    private final Settings settings;

    public CoreNlpParser(Settings settings) {
        this.settings = settings;
        // the parser's and the tagger's models load on threads of their own while the NER's loads on this one
        CompletableFuture<TransitionParser> parsing = settings.parse()
                ? CompletableFuture.supplyAsync(TransitionParser::englishUd, load -> loadingThread(load, "newsgraph-parser-model"))
                : CompletableFuture.completedFuture(null);
        CompletableFuture<PartOfSpeechTagger> tagging =
                CompletableFuture.supplyAsync(PartOfSpeechTagger::english, load -> loadingThread(load, "newsgraph-tagger-model"));
        Properties p = taggerProperties(settings);
        StanfordCoreNLP splitting = pipeline(p, "tokenize,ssplit");
        // CoreNLP's lemmatiser alone, after our tags (it reads each token's tag)
        StanfordCoreNLP lemmas = pipeline(p, "lemma");
        this.entities = NamedEntityTagger.of(settings.nerModel());
        this.tagger = join(tagging);
        this.parser = join(parsing);
        this.parts = List.of(
                new Part("tokenize,ssplit", splitting::annotate),
                new Part("pos,lemma", doc -> {
                    tag(doc);
                    lemmas.annotate(doc);
                }),
                new Part("ner", this::recognise));
    }

    private static StanfordCoreNLP pipeline(Properties p, String annotators) {
        Properties one = new Properties();
        one.putAll(p);
        one.setProperty("annotators", annotators);
        one.setProperty("enforceRequirements", "false");
        return new StanfordCoreNLP(one, false);
    }

    private static <T> T join(CompletableFuture<T> loading) {
        try {
            return loading.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static void loadingThread(Runnable load, String name) {
        Thread t = new Thread(load, name);
        t.setDaemon(true);
        t.start();
    }

    /** Sets each token's part-of-speech tag, as CoreNLP's {@code pos} annotator does. */
    private void tag(Annotation doc) {
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<String> words = new ArrayList<>(tokens.size());
            for (CoreLabel t : tokens) {
                words.add(t.word());
            }
            String[] tags = tagger.tag(words);
            for (int i = 0; i < tags.length; i++) {
                tokens.get(i).set(CoreAnnotations.PartOfSpeechAnnotation.class, tags[i]);
            }
        }
    }

    /**
     * Sets each token's named-entity label, as CoreNLP's {@code ner} annotator does with {@link
     * #taggerProperties} (the CRF's label, hyphenated words joined, nothing else).
     */
    private void recognise(Annotation doc) {
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<String> words = new ArrayList<>(tokens.size());
            List<String> tags = new ArrayList<>(tokens.size());
            boolean[] joinedToNext = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                words.add(t.word());
                tags.add(t.tag());
                joinedToNext[i] = t.containsKey(CoreAnnotations.AfterAnnotation.class) && t.after().isEmpty();
            }
            String[] labels = entities.label(words, tags, joinedToNext);
            for (int i = 0; i < labels.length; i++) {
                tokens.get(i).setNER(labels[i]);
            }
        }
    }

    /** CoreNLP's settings for everything before the parse. */
    static Properties taggerProperties(Settings settings) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "invertible=true,splitHyphenated=true,americanize=false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.model", settings.nerModel());
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        p.setProperty("ner.additional.regexner.mapping", "");
        p.setProperty("ner.docdate.useFixedDate", "");
        return p;
    }

    public Settings settings() {
        return settings;
    }

    /**
     * How this JVM computes the parser's feature products: {@code split} (in doubles, rounded to
     * floats by splitting), {@code vector (n lanes)} where it has the JDK's vector API module, or
     * {@code scalar} where asked (the parses are the same whichever).
     */
    public static String productKernel() {
        return EmbeddingProduct.fastestName();
    }

    /** Tokens, tags and (for sentences short enough) dependency arcs of {@code text}. */
    public List<Sentence> parse(String text) {
        return parse(text, null);
    }

    /**
     * As {@link #parse(String)}, telling {@code timer} (where given) the nanoseconds each part took:
     * {@code tokenize,ssplit}, {@code pos,lemma}, {@code ner} and {@code depparse}.
     */
    public List<Sentence> parse(String text, BiConsumer<String, Long> timer) {
        Annotation doc = new Annotation(text);
        for (Part part : parts) {
            long t0 = System.nanoTime();
            part.annotate().accept(doc);
            if (timer != null) {
                timer.accept(part.annotators(), System.nanoTime() - t0);
            }
        }
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> out = new ArrayList<>(sentences.size());
        long parsing = 0;
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            List<Dependency> deps = List.of();
            if (parser != null && labels.size() > 1 && labels.size() <= settings.maxParseTokens()) {
                long t0 = System.nanoTime();
                deps = dependencies(labels);
                parsing += System.nanoTime() - t0;
            }
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                String ner = l.ner() == null ? "O" : l.ner();
                tokens.add(new Token(i, l.beginPosition(), l.endPosition(), l.originalText(), l.tag(), l.lemma(), ner));
            }
            int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            out.add(new Sentence(out.size(), start, end, tokens, deps));
        }
        if (timer != null && parser != null) {
            timer.accept("depparse", parsing);
        }
        return out;
    }

    /**
     * The sentence's basic Universal Dependencies: the parser's arcs, corrected and ordered as
     * CoreNLP's {@code depparse} annotator does ({@code DependencyParser.predict}, then the basic
     * graph of a {@code UniversalEnglishGrammaticalStructure}); the other four graphs that annotator
     * builds (collapsed, cc-processed, enhanced, enhanced++) are not made, as nothing reads them.
     */
    private List<Dependency> dependencies(List<CoreLabel> tokens) {
        List<String> words = new ArrayList<>(tokens.size());
        List<String> tags = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) {
            words.add(t.word());
            tags.add(t.tag());
        }
        TransitionParser.Arcs arcs = parser.parse(words, tags);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> typed = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            int head = arcs.heads()[i];
            IndexedWord word = new IndexedWord(tokens.get(i));
            IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(arcs.relations()[i]);
            typed.add(new TypedDependency(relation, governor, word));
        }
        GrammaticalStructure structure = new UniversalEnglishGrammaticalStructure(typed, new TreeGraphNode(root));
        SemanticGraph g = SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.BASIC,
                GrammaticalStructure.Extras.NONE, null);
        List<Dependency> deps = new ArrayList<>();
        for (IndexedWord r : g.getRoots()) {
            deps.add(new Dependency(-1, r.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            String rel = e.getRelation().toString();
            deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, rel));
        }
        return deps;
    }

    /** Some of the annotators, as one step: CoreNLP's own, newsgraph's tagger and CoreNLP's lemmatiser, or newsgraph's NER. */
    private record Part(String annotators, Consumer<Annotation> annotate) {
    }

    /** The relation of a label, as {@code DependencyParser.makeGrammaticalRelation} makes it for English UD. */
    private static GrammaticalRelation relation(String label) {
        GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
        return known != null ? known
                : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
    }
}
