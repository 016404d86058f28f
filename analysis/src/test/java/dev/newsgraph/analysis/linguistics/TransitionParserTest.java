package dev.newsgraph.analysis.linguistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.analysis.document.Dependency;
import dev.newsgraph.analysis.document.Sentence;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * newsgraph's own run of CoreNLP's neural parser against CoreNLP's {@code depparse} annotator
 * itself: the same arcs, labels and order on every sentence of the example article and fixtures of
 * our own, and, as an optional extra skipped where the development data (system property {@code newsgraph.devdata}, set by the parent pom) is absent, on a sample of
 * Reuters reports; and the model's numbers read as the JDK reads them.
 */
class TransitionParserTest {
    private static final String FIXTURES = String.join("\n",
            "The minister, who had denied any wrongdoing, resigned on Tuesday after police raided his office in Lima.",
            "\"We will not be intimidated,\" said Ana Ruiz, 54, a spokeswoman for the opposition party.",
            "Rebels fired rockets at the city overnight, killing at least 12 people and wounding dozens more, officials said.",
            "Shares of the company, which was founded in 1998, fell 3.5 percent to $41.20 in early trading (ET).",
            "Asked whether talks would resume, he replied: \"That depends on them, not on us.\"",
            "Ukraine's foreign ministry summoned the envoy; Moscow has yet to respond.");


    /** Both parsers, built once for the tests that compare them (models load in seconds). */
    private static CoreNlpParser ours;
    private static StanfordCoreNLP theirs;

    @Test
    void everySentenceGetsTheArcsCoreNlpsOwnParserGives() throws Exception {
        int sentences = compare(List.of(FIXTURES, Files.readString(Path.of("../examples/seed-witkoff-putin.txt"))));
        assertTrue(sentences > 30, "sentences compared: " + sentences);
    }

    /** An optional extra over real reports, where the development data sits next to the clone. */
    @Test
    void everySentenceOfAReutersSampleToo() throws Exception {
        List<String> texts = ReutersReports.first(25);
        int sentences = compare(texts);
        assertTrue(sentences > 300, "sentences compared: " + sentences);
    }

    /** Compares the arcs of every parsed sentence of {@code texts}; the number of sentences compared. */
    private static synchronized int compare(List<String> texts) {
        if (ours == null) {
            // the parser's network comes from the compact file the build wrote, as it does at run time
            assertTrue(CompactModelInput.class.getResource(ParserNetwork.compactNameOf(TransitionParser.ENGLISH_UD)) != null,
                    "run the build (process-classes)");
            // with the kernel a JVM without the vector API's module runs (this module's tests have it; EmbeddingProductTest
            // compares the kernels)
            System.setProperty("newsgraph.parser.kernel", "split");
            try {
                ours = new CoreNlpParser(CoreNlpParser.Settings.defaults());
            } finally {
                System.clearProperty("newsgraph.parser.kernel");
            }
            theirs = coreNlpWithDepparse();
        }
        int sentences = 0;
        int arcs = 0;
        for (String text : texts) {
            List<Sentence> got = ours.parse(text);
            Annotation doc = new Annotation(text);
            theirs.annotate(doc);
            List<CoreMap> want = doc.get(CoreAnnotations.SentencesAnnotation.class);
            assertEquals(want.size(), got.size());
            for (int i = 0; i < got.size(); i++) {
                int n = want.get(i).get(CoreAnnotations.TokensAnnotation.class).size();
                if (n < 2 || n > CoreNlpParser.Settings.defaults().maxParseTokens()) {
                    continue;
                }
                List<Dependency> expected = basic(want.get(i));
                assertEquals(expected, got.get(i).dependencies(), "sentence: " + got.get(i).tokens());
                sentences++;
                arcs += expected.size();
            }
        }
        System.out.printf("%d sentences, %d arcs, all as CoreNLP's depparse%n", sentences, arcs);
        return sentences;
    }

    @Test
    void readsEveryNumberOfTheModelAsFloatParseFloatDoes() throws Exception {
        long numbers = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                getClass().getClassLoader().getResourceAsStream(TransitionParser.ENGLISH_UD)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                for (String token : line.split(" ")) {
                    if (!token.matches("-?[0-9]+\\.[0-9]+")) {
                        continue;
                    }
                    byte[] b = token.getBytes(StandardCharsets.US_ASCII);
                    float want = Float.parseFloat(token);
                    float got = ParserNetwork.ModelText.parseFloat(b, b.length);
                    if (Float.floatToRawIntBits(want) != Float.floatToRawIntBits(got)) {
                        throw new AssertionError(token + " read as " + got + ", not " + want);
                    }
                    numbers++;
                }
            }
        }
        assertTrue(numbers > 6_000_000, "numbers checked: " + numbers);
        for (String odd : new String[] {"-0.0000", "1.5E-7", "12345678.5", "0.12345678", "7", "-3.25"}) {
            byte[] b = odd.getBytes(StandardCharsets.US_ASCII);
            assertEquals(Float.floatToRawIntBits(Float.parseFloat(odd)),
                    Float.floatToRawIntBits(ParserNetwork.ModelText.parseFloat(b, b.length)), odd);
        }
    }

    /** CoreNLP's pipeline with its own depparse annotator, on the very settings of {@link CoreNlpParser}. */
    private static StanfordCoreNLP coreNlpWithDepparse() {
        Properties p = CoreNlpParser.taggerProperties(CoreNlpParser.Settings.defaults());
        p.setProperty("annotators", p.getProperty("annotators") + ",depparse");
        p.setProperty("depparse.numCached", "20000");
        return new StanfordCoreNLP(p, false);
    }

    private static List<Dependency> basic(CoreMap sentence) {
        SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        List<Dependency> deps = new ArrayList<>();
        for (IndexedWord root : g.getRoots()) {
            deps.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
        }
        return deps;
    }
}
