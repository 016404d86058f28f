package dev.newsgraph.analysis.linguistics;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Runs Stanford CoreNLP's light annotators (tokenize, ssplit, pos, lemma, the 3-class CRF NER
 * without SUTime or the fine-grained gazetteers, and the neural dependency parser) and returns
 * the result as {@link Sentence}s. Models load once, in the constructor; {@link #parse} is
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
            m.put("corenlp.ner.model", nerModel.substring(nerModel.lastIndexOf('/') + 1));
            m.put("corenlp.depparse.maxTokens", Integer.toString(maxParseTokens));
            return m;
        }

        String annotators() {
            return "tokenize,ssplit,pos,lemma,ner" + (parse ? ",depparse" : "");
        }
    }

    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP parser;
    private final Settings settings;

    public CoreNlpParser(Settings settings) {
        this.settings = settings;
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
        this.tagger = new StanfordCoreNLP(p, false);
        if (settings.parse()) {
            Properties dp = new Properties();
            dp.setProperty("annotators", "depparse");
            dp.setProperty("enforceRequirements", "false");
            // the parser caches hidden-layer products (1,000 floats each) of features outside its pre-computed
            // set; its default 5,000 entries thrash on news text (a profile of 60 Reuters articles spent a quarter
            // of the parse in the cache). 20,000 (at most ~80 MB) is ~7 % faster on the parse; a hit returns the
            // very product a miss computes, so the parses are unchanged.
            dp.setProperty("depparse.numCached", "20000");
            this.parser = new StanfordCoreNLP(dp, false);
        } else {
            this.parser = null;
        }
    }

    public Settings settings() {
        return settings;
    }

    /** Tokens, tags and (for sentences short enough) dependency arcs of {@code text}. */
    public List<Sentence> parse(String text) {
        Annotation doc = new Annotation(text);
        tagger.annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            List<Dependency> deps = List.of();
            if (parser != null && labels.size() > 1 && labels.size() <= settings.maxParseTokens()) {
                deps = dependencies(s);
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
        return out;
    }

    private List<Dependency> dependencies(CoreMap sentence) {
        Annotation one = new Annotation(sentence.get(CoreAnnotations.TextAnnotation.class));
        one.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        one.set(CoreAnnotations.TokensAnnotation.class, sentence.get(CoreAnnotations.TokensAnnotation.class));
        parser.annotate(one);
        SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (g == null) {
            return List.of();
        }
        List<Dependency> deps = new ArrayList<>();
        for (IndexedWord root : g.getRoots()) {
            deps.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            String rel = e.getRelation().toString();
            deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, rel));
        }
        return deps;
    }
}
