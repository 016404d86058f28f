package dev.newsgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

    static StoryRecord sample() {
        Article article = new Article("sha256:abc", "https://example.org/a", "Example News", "Envoy meets leader",
                "2025-04-11", "en", "US envoy Jane Roe met the president. \"Good talks,\" she said.",
                List.of(new Removal("No comments:", RemovalReason.BOILERPLATE)));
        Entity roe = new Entity("E1", "Jane Roe", EntityType.PERSON, null, List.of("Roe", "she"), List.of("US envoy"),
                52, "USA", "GOV", null, List.of(new Span(8, 16, "Jane Roe"), new Span(56, 59, "she")));
        Quote q = new Quote("Q1", "Good talks,", "E1", QuoteKind.DIRECT, "said", null, 40, 51);
        Event v = new Event("V1", EventType.CONSULT, null, List.of("diplomatic"), List.of("E1"), List.of(), null,
                new EventDate("Friday", "2025-04-11", Precision.DAY),
                List.of(new EventQuantity("money", 21_000_000_000d, "EUR", "€21bn")), Modality.ASSERTED, null,
                new Span(0, 38, "US envoy Jane Roe met the president."), 0.8);
        return new StoryRecord(StoryRecord.FORMAT, article, List.of(roe), List.of(q), List.of(v),
                List.of(new TimeExpression("Friday", TimeType.DATE, "2025-04-11", 0, 6)),
                List.of(new Quantity("€21bn", QuantityKind.MONEY, 21_000_000_000d, "EUR", 0, 5),
                        new Quantity("3.5%", QuantityKind.PERCENT, 3.5, "%", 0, 4)),
                new Provenance("0.1.0", List.of("cleaning", "entities"), Map.of("ner", "3class")));
    }

    @Test
    void aRecordWrittenAndReadBackIsEqualToItself() {
        StoryRecord r = sample();
        assertEquals(r, RecordCodec.fromJson(RecordCodec.toJson(r)));
    }

    @Test
    void fieldNamesAreTheContractsAndNothingIsLeftOut() throws Exception {
        StoryRecord r = sample();
        JsonNode n = RecordCodec.mapper().readTree(RecordCodec.toJson(r));
        assertEquals("newsgraph/1", n.get("format").asText());
        JsonNode ev = n.get("events").get(0);
        assertTrue(ev.has("attributed_to"), "attributed_to is written even when unknown");
        assertTrue(ev.get("attributed_to").isNull());
        assertTrue(ev.get("location").isNull());
        assertEquals("asserted", ev.get("modality").asText());
        assertEquals("boilerplate", n.get("article").get("removed").get(0).get("reason").asText());
        assertEquals("direct", n.get("quotes").get(0).get("kind").asText());
        assertTrue(n.get("entities").get(0).get("kb").isNull());
    }

    @Test
    void reportedSpeechIsKeptApartFromQuotesInTheRecordAndItsJson() throws Exception {
        StoryRecord base = sample();
        Quote reported = new Quote("Q2", "the talks would go on", "E1", QuoteKind.INDIRECT, "said", null, 10, 31);
        List<Quote> mixed = List.of(reported, base.quotes().get(0));
        StoryRecord r = new StoryRecord(base.format(), base.article(), base.entities(), mixed, base.events(),
                base.times(), base.quantities(), base.provenance());
        assertEquals(List.of(base.quotes().get(0)), r.quotes());
        assertEquals(List.of(reported), r.reportedSpeech());
        assertEquals(List.of(base.quotes().get(0), reported), r.speech());

        JsonNode n = RecordCodec.mapper().readTree(RecordCodec.toJson(r));
        assertEquals(1, n.get("quotes").size());
        assertEquals("direct", n.get("quotes").get(0).get("kind").asText());
        assertEquals("indirect", n.get("reported_speech").get(0).get("kind").asText());
        assertEquals(r, RecordCodec.fromJson(RecordCodec.toJson(r)));
        StoryRecord copied = r.withWarning("w").withArticle(r.article()).withEvents(r.events());
        assertEquals(r.speech(), copied.speech());
        assertEquals(List.of("w"), copied.warnings());
    }

    @Test
    void aRecordWrittenBeforeReportedSpeechHadItsOwnFieldIsReadWithItThere() throws Exception {
        StoryRecord r = sample();
        com.fasterxml.jackson.databind.node.ObjectNode n =
                (com.fasterxml.jackson.databind.node.ObjectNode) RecordCodec.mapper().readTree(RecordCodec.toJson(r));
        n.remove("reported_speech");
        com.fasterxml.jackson.databind.node.ObjectNode old = n.withArray("quotes").addObject();
        old.put("id", "Q2").put("text", "the talks would go on").put("speaker", "E1").put("kind", "indirect")
                .put("cue", "said").putNull("channel").put("start", 10).put("end", 31);
        StoryRecord read = RecordCodec.fromJson(n.toString());
        assertEquals(r.quotes(), read.quotes());
        assertEquals(1, read.reportedSpeech().size());
        assertEquals("the talks would go on", read.reportedSpeech().get(0).text());
    }

    @Test
    void wholeAmountsAreWrittenWithoutAFraction() throws Exception {
        String json = RecordCodec.toJson(sample());
        assertTrue(json.contains("\"value\":21000000000,"), json);
        assertTrue(json.contains("\"value\":3.5,"), json);
    }

    @Test
    void missingListsReadAsEmptyNotNull() {
        StoryRecord r = RecordCodec.fromJson("{\"format\":\"newsgraph/1\",\"article\":{\"id\":\"x\",\"text\":\"t\"}}");
        assertEquals(List.of(), r.entities());
        assertEquals(List.of(), r.article().removed());
    }

    @Test
    void anUnknownEnumCodeIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecordCodec.fromJson(
                "{\"article\":{\"text\":\"t\",\"removed\":[{\"text\":\"x\",\"reason\":\"gossip\"}]}}"));
        assertTrue(e.getMessage().contains("newsgraph/1"));
    }

    @Test
    void precisionFollowsTheTimexValue() {
        assertEquals(Precision.DAY, Precision.ofValue("2025-04-04"));
        assertEquals(Precision.WEEK, Precision.ofValue("2025-W14"));
        assertEquals(Precision.MONTH, Precision.ofValue("2025-02"));
        assertEquals(Precision.YEAR, Precision.ofValue("2023"));
        assertEquals(Precision.UNKNOWN, Precision.ofValue("PAST_REF"));
    }

    @Test
    void versionComesFromTheBuild() {
        assertTrue(Version.current().matches("\\d+\\.\\d+\\.\\d+.*"), Version.current());
    }
}
