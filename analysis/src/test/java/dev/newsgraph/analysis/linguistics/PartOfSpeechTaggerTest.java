package dev.newsgraph.analysis.linguistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * newsgraph's own run of CoreNLP's part-of-speech tagger against CoreNLP's {@code pos} annotator
 * itself: the same tag on every token of fixtures of our own (unknown and rare words, hyphens,
 * numbers, capitals, punctuation, quotes, a very long sentence) and of the example article, and,
 * as an optional extra skipped where the development data (system property {@code
 * newsgraph.devdata}, set by the parent pom) is absent, of a sample of Reuters reports; and the
 * tags {@link CoreNlpParser} gives, with CoreNLP's lemmas and named entities after them.
 */
class PartOfSpeechTaggerTest {
    private static final String FIXTURES = String.join("\n",
            "The minister, who had denied any wrongdoing, resigned on Tuesday after police raided his office in Lima.",
            "\"We will not be intimidated,\" said Ana Ruiz, 54, a spokeswoman for the opposition party.",
            "Shares of Zyxqorp Holdings Inc. fell 3.5 percent to $41.20 in early trading (ET) on the NYSE.",
            "The well-known, long-running U.S.-backed anti-corruption drive re-opened in mid-2019.",
            "Flibbertigibbets quuxed the snorkelwhacks glorpily; Vexnar's zindle-prone blorks were unfazed.",
            "Colour, honour and labour were analysed by the organisation's behaviour centre in 1,250 cases.",
            "Running quickly, she'd said: 'It's over -- done!' ... Then: (nothing) [really] {at all}?",
            "UNESCO, NATO and the E.U. met at 10:30 a.m. on 12/05/2026 with 3,000-odd delegates from 45 countries.",
            "Smith & Wesson Corp. and Acme Co. signed a $1.2 billion deal with XYZ-9 Ltd. on Monday.",
            "Asked whether talks would resume, he replied: \"That depends on them, not on us.\"",
            "Ukraine's foreign ministry summoned the envoy; Moscow has yet to respond.",
            "Who?",
            "Yes.",
            "42",
            "iPhone-maker Apple's eBay-listed McDonald's-style O'Neill co-op #hashtag @user http://example.com/a?b=c",
            "Set up, set off, set aside: the bills were set to be set.",
            String.join(" ", java.util.Collections.nCopies(12,
                    "the committee, which met in Brussels and Geneva over three long days in 2024, said that the proposals"))
                    + " were rejected by 27 votes to 3 after a debate that lasted well into the night.");


    /** Our tagger and CoreNLP's pipeline up to its own tagger, built once for the tests that compare them. */
    private static PartOfSpeechTagger ours;
    private static StanfordCoreNLP theirs;

    @Test
    void everyTokenGetsTheTagCoreNlpsOwnTaggerGives() throws Exception {
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
    void theParserGivesTheTagsLemmasAndEntitiesOfCoreNlpsOwnAnnotators() throws Exception {
        String text = FIXTURES + "\n" + Files.readString(Path.of("../examples/seed-witkoff-putin.txt"));
        CoreNlpParser parser = new CoreNlpParser(new CoreNlpParser.Settings(CoreNlpParser.Settings.defaults().nerModel(), false, 120));
        Properties p = CoreNlpParser.taggerProperties(CoreNlpParser.Settings.defaults());
        Annotation doc = new Annotation(text);
        new StanfordCoreNLP(p, false).annotate(doc);
        List<CoreMap> want = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<dev.newsgraph.analysis.document.Sentence> got = parser.parse(text);
        assertEquals(want.size(), got.size());
        for (int s = 0; s < want.size(); s++) {
            List<CoreLabel> labels = want.get(s).get(CoreAnnotations.TokensAnnotation.class);
            var tokens = got.get(s).tokens();
            assertEquals(labels.size(), tokens.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                var t = tokens.get(i);
                String where = "token " + i + " (" + l.word() + ") of sentence " + s;
                assertEquals(l.tag(), t.pos(), where);
                assertEquals(l.lemma(), t.lemma(), where);
                assertEquals(l.ner() == null ? "O" : l.ner(), t.ner(), where);
            }
        }
    }

    @Test
    void anEmptySentenceHasNoTags() {
        assertEquals(0, tagger().tag(List.of()).length);
    }

    @Test
    void logSumIsArrayMathsOwn() {
        double[] values = {-3.5, 0.25, -40.0, 0.25, Double.NEGATIVE_INFINITY, 7.0, -22.9};
        assertEquals(edu.stanford.nlp.math.ArrayMath.logSum(values), PartOfSpeechTagger.logSum(values));
        double[] a = values.clone();
        double[] b = values.clone();
        edu.stanford.nlp.math.ArrayMath.logNormalize(a);
        PartOfSpeechTagger.logNormalize(b);
        assertArrayEquals(a, b);
    }

    private static synchronized PartOfSpeechTagger tagger() {
        if (ours == null) {
            // the model as the run time reads it: the compact file the build made (CompactModelFilesTest)
            assertNotNull(CompactModelInput.class.getResource(TaggerModel.ENGLISH_COMPACT), "the build's compact model file");
            ours = PartOfSpeechTagger.english();
        }
        return ours;
    }

    /** Compares the tag of every token of {@code texts}; the number of tokens compared. */
    static synchronized int compare(List<String> texts) {
        PartOfSpeechTagger tagger = tagger();
        if (theirs == null) {
            theirs = coreNlpTagger();
        }
        int tokens = 0;
        for (String text : texts) {
            Annotation doc = new Annotation(text);
            theirs.annotate(doc);
            for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
                List<String> words = new ArrayList<>(labels.size());
                String[] want = new String[labels.size()];
                for (int i = 0; i < labels.size(); i++) {
                    words.add(labels.get(i).word());
                    want[i] = labels.get(i).tag();
                }
                assertArrayEquals(want, tagger.tag(words), "sentence: " + words);
                tokens += want.length;
            }
        }
        System.out.printf("%d tokens, all tagged as CoreNLP's pos annotator tags them%n", tokens);
        return tokens;
    }

    /** CoreNLP's pipeline with its own pos annotator, on the very settings of {@link CoreNlpParser}. */
    private static StanfordCoreNLP coreNlpTagger() {
        Properties p = CoreNlpParser.taggerProperties(CoreNlpParser.Settings.defaults());
        p.setProperty("annotators", "tokenize,ssplit,pos");
        return new StanfordCoreNLP(p, false);
    }
}
