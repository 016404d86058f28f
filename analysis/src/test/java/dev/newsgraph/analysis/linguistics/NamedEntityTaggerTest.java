package dev.newsgraph.analysis.linguistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sequences.ObjectBankWrapper;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * newsgraph's own run of CoreNLP's CRF named-entity recogniser against CoreNLP's {@code ner}
 * annotator itself, on the very settings of {@link CoreNlpParser}: the same label on every token of
 * fixtures of our own (people, places, organisations, hyphenated words the annotator joins and
 * those it does not, all-capital headlines, numbers, unknown words, repeated names, a very long
 * sentence) and of the example article, and, as an optional extra skipped where the development
 * data (system property {@code newsgraph.devdata}, set by the parent pom) is absent, of a sample of
 * Reuters reports; and, token by token, the very feature strings of CoreNLP's {@code makeDatum}, in
 * the order CoreNLP sums their weights.
 */
class NamedEntityTaggerTest {
    private static final String FIXTURES = String.join("\n",
            "Ana Ruiz, a spokeswoman for Petroperu in Lima, said Pedro Castillo met Angela Merkel in Berlin on Tuesday.",
            "The U.S.-backed government of Ukraine asked the European Union and NATO for help; Moscow-based Gazprom refused.",
            "Chicago-area officials and a Paris-born , London-based, Harvard-educated lawyer joined the New York-New Jersey port authority.",
            "TRUMP SAYS CHINA MUST STOP NORTH KOREA - WHITE HOUSE",
            "Shares of Zyxqorp Holdings Inc. fell 3.5 percent to $41.20 on the NYSE, while Vexnar-Blorkco rose 12 %.",
            "Mr. Smith told Smith & Wesson Corp. that Smith's rival, Smith-Jones, had met Smith in Smithville.",
            "Glorp Flibbert of Quuxford said Quuxford's mayor, Glorp Flibbert Jr., left Quuxford for Zindle.",
            "Colour and honour: the Organisation for Economic Co-operation and Development in Paris analysed labour.",
            "He said - in a statement - that the 2024-25 budget of the U.N. Security Council was cut by 1,250 dollars.",
            "Who?",
            "Reuters",
            "42",
            "iPhone-maker Apple's eBay-listed McDonald's-style O'Neill co-op #hashtag @user http://example.com/a?b=c",
            "Xi Jinping met Vladimir Putin and Narendra Modi at the BRICS summit in Kazan, Russia, said the Kremlin.",
            String.join(" ", java.util.Collections.nCopies(12,
                    "the committee of the United Nations, which met in Brussels and Geneva with Maria Lopez in 2024, said that"))
                    + " the proposals of Goldman Sachs were rejected by 27 votes to 3 after a debate in Strasbourg.");


    /** Our tagger and CoreNLP's pipeline up to its own ner, built once for the tests that compare them. */
    private static NamedEntityTagger ours;
    private static StanfordCoreNLP theirs;
    private static CRFClassifier<CoreLabel> crf;

    @Test
    void everyTokenGetsTheLabelCoreNlpsOwnNerGives() throws Exception {
        int tokens = compare(List.of(FIXTURES, Files.readString(Path.of("../examples/seed-witkoff-putin.txt"))));
        assertTrue(tokens > 1000, "tokens compared: " + tokens);
    }

    /** An optional extra over real reports, where the development data sits next to the clone. */
    @Test
    void everyTokenOfAReutersSampleToo() throws Exception {
        List<String> texts = ReutersReports.first(40);
        int tokens = compare(texts);
        assertTrue(tokens > 10_000, "tokens compared: " + tokens);
    }

    @Test
    void everyTokenHasCoreNlpsFeatureStringsInCoreNlpsOrder() throws Exception {
        NamedEntityTagger tagger = tagger();
        CRFClassifier<CoreLabel> classifier = classifier();
        Field factories = edu.stanford.nlp.ie.AbstractSequenceClassifier.class.getDeclaredField("featureFactories");
        factories.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<edu.stanford.nlp.sequences.FeatureFactory<CoreLabel>> ff =
                (List<edu.stanford.nlp.sequences.FeatureFactory<CoreLabel>>) factories.get(classifier);
        Annotation doc = new Annotation(FIXTURES + "\n" + Files.readString(Path.of("../examples/seed-witkoff-putin.txt")));
        pipeline().annotate(doc);
        int tokens = 0;
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<CoreLabel> copies = new ArrayList<>();
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (CoreLabel l : labels) {
                CoreLabel c = new CoreLabel();
                c.setWord(l.word());
                c.setTag(l.tag());
                c.set(CoreAnnotations.AnswerAnnotation.class, "O");
                copies.add(c);
                words.add(l.word());
                tags.add(l.tag());
            }
            new ObjectBankWrapper<CoreLabel>(classifier.flags, null, classifier.getKnownLCWords()).processDocument(copies);
            List<List<List<String>>> got = tagger.featureStrings(words, tags);
            for (int i = 0; i < copies.size(); i++) {
                List<Collection<String>> want = classifier.makeDatum(copies, i, ff).asFeatures();
                String where = "token " + i + " (" + words.get(i) + ") of " + words;
                assertEquals(new ArrayList<>(want.get(0)), got.get(i).get(0), where);
                assertEquals(new ArrayList<>(want.get(1)), got.get(i).get(1), where);
                tokens++;
            }
        }
        assertTrue(tokens > 1000, "tokens compared: " + tokens);
    }

    @Test
    void anEmptySentenceHasNoLabels() {
        assertEquals(0, tagger().label(List.of(), List.of(), new boolean[0]).length);
    }

    @Test
    void logSumIsArrayMathsOwn() {
        double[] values = {-3.5, 0.25, -40.0, 0.25, Double.NEGATIVE_INFINITY, 7.0, -22.9, 1.5};
        assertEquals(edu.stanford.nlp.math.ArrayMath.logSum(values, 0, values.length), NamedEntityTagger.logSum(values, 0, values.length, 1));
        assertEquals(edu.stanford.nlp.math.ArrayMath.logSum(values, 1, 8, 2), NamedEntityTagger.logSum(values, 1, 8, 2));
        assertEquals(edu.stanford.nlp.math.ArrayMath.logSum(values, 2, 6), NamedEntityTagger.logSum(values, 2, 6, 1));
    }

    private static synchronized NamedEntityTagger tagger() {
        if (ours == null) {
            // the model as the run time reads it: the compact file the build made (CompactModelFilesTest)
            assertNotNull(CompactModelInput.class.getResource(NerModel.ENGLISH_3CLASS_COMPACT), "the build's compact model file");
            ours = NamedEntityTagger.english();
        }
        return ours;
    }

    private static synchronized CRFClassifier<CoreLabel> classifier() throws Exception {
        if (crf == null) {
            crf = CRFClassifier.getClassifier(NerModel.ENGLISH_3CLASS);
        }
        return crf;
    }

    private static synchronized StanfordCoreNLP pipeline() {
        if (theirs == null) {
            theirs = coreNlpNer();
        }
        return theirs;
    }

    /** Compares the label of every token of {@code texts}; the number of tokens compared. */
    static synchronized int compare(List<String> texts) {
        NamedEntityTagger tagger = tagger();
        StanfordCoreNLP pipeline = pipeline();
        int tokens = 0;
        for (String text : texts) {
            Annotation doc = new Annotation(text);
            pipeline.annotate(doc);
            for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
                List<String> words = new ArrayList<>(labels.size());
                List<String> tags = new ArrayList<>(labels.size());
                boolean[] joined = new boolean[labels.size()];
                String[] want = new String[labels.size()];
                for (int i = 0; i < labels.size(); i++) {
                    CoreLabel l = labels.get(i);
                    words.add(l.word());
                    tags.add(l.tag());
                    joined[i] = l.containsKey(CoreAnnotations.AfterAnnotation.class) && l.after().isEmpty();
                    want[i] = l.ner() == null ? "O" : l.ner();
                }
                assertArrayEquals(want, tagger.label(words, tags, joined), "sentence: " + words);
                tokens += want.length;
            }
        }
        System.out.printf("%d tokens, all labelled as CoreNLP's ner annotator labels them%n", tokens);
        return tokens;
    }

    /** CoreNLP's pipeline with its own pos and ner annotators, on the very settings of {@link CoreNlpParser}. */
    private static StanfordCoreNLP coreNlpNer() {
        Properties p = CoreNlpParser.taggerProperties(CoreNlpParser.Settings.defaults());
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        return new StanfordCoreNLP(p, false);
    }
}
