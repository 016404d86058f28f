package dev.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The baseline's per-annotator times come from CoreNLP's own timing report: read one that a real
 * CoreNLP pipeline (tokenizer and tagger) wrote. The full default pipeline is too heavy for a unit test; the
 * bench runs it (docs/bench.md).
 */
class CoreNlpBaselineTest {
    @Test
    void readsAnnotatorTimesFromCoreNlpsReport() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
        pipeline.annotate(new Annotation("The minister resigned on Wednesday. Opposition leaders demanded an inquiry."));
        Map<String, Double> seconds = CoreNlpBaseline.annotatorSeconds(pipeline.timingInformation());
        assertEquals(List.of("tokenizer", "postagger"), List.copyOf(seconds.keySet()),
                pipeline.timingInformation());
        assertTrue(seconds.values().stream().allMatch(s -> s >= 0));
    }

    @Test
    void theDefaultPipelineIsCoreNlpsEnglishDefault() {
        assertEquals("tokenize,ssplit,pos,lemma,ner,parse,coref,quote", CoreNlpBaseline.ANNOTATORS);
    }
}
