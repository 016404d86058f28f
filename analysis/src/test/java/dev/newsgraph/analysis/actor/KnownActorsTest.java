package dev.newsgraph.analysis.actor;

import static dev.newsgraph.analysis.Fixtures.analyze;
import static dev.newsgraph.analysis.Fixtures.entityNamed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.analysis.Fixtures;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.EntityType;
import java.util.List;
import java.util.Set;
import dev.newsgraph.model.StoryRecord;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KnownActorsTest {

    @Test
    void loadsFastAndFindsFullNamesOnly() {
        long t0 = System.nanoTime();
        KnownActors k = KnownActors.standard();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(k.size() > 10_000, "names: " + k.size());
        assertTrue(ms < 1_000, "loaded in " + ms + " ms"); // well under 200 ms on a quiet machine
        assertEquals("RUS", k.find("Vladimir Putin").at(LocalDate.of(2010, 1, 1)).country());
        assertEquals(null, k.find("Putin"), "a bare surname is not looked up");
    }

    @Test
    void aHeadOfStateNamedWithoutTitleGetsCountryAndGovernmentByTheArticleDate() {
        StoryRecord r = analyze("Vladimir Putin met business leaders on Tuesday. The talks lasted three hours.",
                "2012-06-05");
        Entity putin = entityNamed(r, "Vladimir Putin");
        assertEquals("RUS", putin.country());
        assertEquals("GOV", putin.sector());
    }

    @Test
    void afterTheTermTheCountryStaysButNotGovernment() {
        StoryRecord r = analyze("Vladimir Putin met business leaders on Tuesday. The talks lasted three hours.",
                "1995-06-06");
        Entity putin = entityNamed(r, "Vladimir Putin");
        assertEquals("RUS", putin.country());
        assertNull(putin.sector(), "not yet in office in 1995");
        Entity later = entityNamed(analyze("Angela Merkel spoke to students on Tuesday.", "2003-03-04"),
                "Angela Merkel");
        assertEquals("DEU", later.country());
        assertNull(later.sector());
    }

    @Test
    void whatTheArticleSaysWinsOverTheList() {
        Entity p = entityNamed(analyze("Russian businessman Vladimir Putin opened a factory in Moscow on Saturday.",
                "2012-06-09"), "Vladimir Putin");
        assertEquals("RUS", p.country());
        assertEquals("BUS", p.sector(), "the article's sector, not the list's GOV");
        Entity q = entityNamed(analyze("Ukrainian opposition leader Vladimir Putin led a march in Kyiv on Saturday.",
                "2012-06-09"), "Vladimir Putin");
        assertEquals("UKR", q.country(), "the article's country: a namesake, not the list's");
        ActorFiller filler = ActorFiller.standard();
        Entity namesake = new Entity("E1", "Vladimir Putin", EntityType.PERSON, null, List.of(), List.of(), null,
                "UKR", null, null, List.of());
        assertNull(filler.fill(namesake, LocalDate.of(2012, 6, 9), Set.of()).sector(),
                "the list's GOV is not taken for another country's namesake");
        Entity bare = new Entity("E1", "Medvedev", EntityType.PERSON, null, List.of(), List.of(), null, null, null,
                null, List.of());
        assertNull(filler.fill(bare, LocalDate.of(2012, 6, 9), Set.of()).country(),
                "a bare surname of the converted lists is not looked up in an article that names no country");
        Entity byAlias = new Entity("E1", "Putin", EntityType.PERSON, null, List.of("Vladimir V. Putin"), List.of(),
                null, null, null, null, List.of());
        assertEquals("RUS", filler.fill(byAlias, null, Set.of()).country(), "a full-name alias is");
        assertEquals("RUS", filler.fill(byAlias, null, Set.of("RUS", "USA")).country());
        Entity medvedev = new Entity("E1", "Medvedev", EntityType.PERSON, null, List.of("Dmitri Medvedev"), List.of(),
                null, null, null, null, List.of());
        assertEquals("RUS", filler.fill(medvedev, null, Set.of("RUS")).country());
        assertNull(filler.fill(medvedev, null, Set.of("USA")).country(),
                "an article that names countries, never the list's, is about a namesake");
        assertEquals("RUS", filler.fill(byAlias, null, Set.of("USA")).country(),
                "except for the prominent people of newsgraph's own additions");
    }

    @Test
    void anUnknownNameStaysWithoutCountry() {
        StoryRecord r = analyze("Hendrik Zwanenburg met business leaders on Tuesday.", "2012-06-05");
        Entity e = entityNamed(r, "Hendrik Zwanenburg");
        assertNull(e.country());
        assertNull(e.sector());
    }

    @Test
    void provenanceNamesTheList() {
        assertTrue(Fixtures.analyzer().provenance().settings().get("actors").contains(KnownActors.RESOURCE));
        assertTrue(Fixtures.analyzer().provenance().settings().get("actors").contains(KnownActors.ADDITIONS));
    }

    /** People in office after the converted lists stop come from newsgraph's additions, by the article's date. */
    @Test
    void theAdditionsKnowLaterOfficeHolders() {
        KnownActors k = KnownActors.standard();
        assertEquals(new KnownActors.Status("USA", "GOV"), k.find("Rex Tillerson").at(LocalDate.of(2017, 12, 5)));
        assertEquals(new KnownActors.Status("USA", "BUS"), k.find("Rex Tillerson").at(LocalDate.of(2015, 6, 1)));
        assertEquals(new KnownActors.Status("USA", null), k.find("Rex Tillerson").at(LocalDate.of(2019, 6, 1)));
        Entity mattis = entityNamed(analyze("Jim Mattis arrived in Islamabad on Monday for talks.", "2017-12-04"),
                "Jim Mattis");
        assertEquals("USA", mattis.country());
        assertEquals("GOV", mattis.sector());
    }

    @Test
    void aLaterListReadOverAnEarlierReplacesItsLines() throws Exception {
        KnownActors converted = KnownActors.read(new java.io.ByteArrayInputStream(
                "ann lee|a lee\tGBR GOV 20000101 20101231\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        KnownActors added = KnownActors.read(new java.io.ByteArrayInputStream(
                "ann lee\tIRL GOV 20110101 20201231\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        KnownActors both = converted.with(added);
        assertEquals("IRL", both.find("Ann Lee").at(LocalDate.of(2015, 1, 1)).country());
        assertEquals("GBR", both.find("A. Lee").at(LocalDate.of(2005, 1, 1)).country(), "other names keep their line");
    }

    @Test
    void periodsByDateAndWithoutDate() {
        KnownActors.Actor a = new KnownActors.Actor(java.util.List.of(
                new KnownActors.Period("FRA", null, 19800101, 20120514),
                new KnownActors.Period("FRA", "GOV", 20120515, 99_991_231)));
        assertEquals(new KnownActors.Status("FRA", "GOV"), a.at(LocalDate.of(2013, 1, 1)));
        assertEquals(new KnownActors.Status("FRA", null), a.at(LocalDate.of(2010, 1, 1)));
        assertEquals(new KnownActors.Status("FRA", "GOV"), a.at(null), "no date: the latest the list knows");
        assertEquals(new KnownActors.Status("FRA", null), a.at(KnownActors.HORIZON.plusYears(3)),
                "an open term is not taken past the list's horizon");
    }

    @Test
    void everyActorHasAStableIdFromItsListAndMainName() {
        KnownActors k = KnownActors.standard();
        assertEquals("phoenix:VLADIMIR_PUTIN", k.find("Vladimir V. Putin").id(), "any name gives the entry's main name");
        assertEquals("newsgraph:DONALD_TRUMP", k.find("Donald J. Trump").id(), "newsgraph's additions have their own ids");
        assertEquals("phoenix:ALPHONSE_OBAMA", k.find("Alphonse Obama").id(),
                "two ministers of one cabinet (the same dated roles) are two actors");
        Entity putin = entityNamed(analyze("Vladimir Putin met business leaders on Tuesday. The talks lasted three hours.",
                "2012-06-05"), "Vladimir Putin");
        assertEquals("phoenix:VLADIMIR_PUTIN", putin.kb());
    }

    @Test
    void aBareSurnameLinksOnlyToTheOneKnownActorOfThatDateNothingInTheArticleContradicts() {
        ActorFiller filler = ActorFiller.standard();
        LocalDate day = LocalDate.of(2017, 12, 5);
        Entity trump = person("E1", "Trump", List.of());
        Entity linked = filler.fill(List.of(trump), day).get(0);
        assertEquals("newsgraph:DONALD_TRUMP", linked.kb());
        assertEquals("USA", linked.country());
        assertEquals("GOV", linked.sector());
        List<Entity> family = filler.fill(List.of(person("E1", "Ivanka Trump", List.of()), trump), day);
        assertNull(family.get(1).kb(), "the article ties the surname to one of its own people");
        assertNull(family.get(1).country());
        assertNull(filler.fill(List.of(person("E1", "Obama", List.of("Michelle Obama"))), day).get(0).kb(),
                "a full name the list does not know is someone else");
        Entity medvedev = person("E1", "Medvedev", List.of());
        Entity russia = new Entity("E2", "Russia", EntityType.LOCATION, "COUNTRY", List.of(), List.of(), null, "RUS",
                null, null, List.of());
        assertEquals("phoenix:DMITR_MEDVEDEV", // the dictionary entry's main name, as it spells it
                filler.fill(List.of(medvedev, russia), LocalDate.of(2012, 6, 9)).get(0).kb(),
                "the converted lists' people link by surname where the article names their country");
        assertNull(filler.fill(List.of(medvedev), LocalDate.of(2012, 6, 9)).get(0).kb(), "and only there");
        assertNull(filler.fill(List.of(medvedev, russia), LocalDate.of(2017, 6, 9)).get(0).kb(),
                "nor after the lists stop, where they cannot say the term still ran");
        assertEquals("phoenix:VLADIMIR_PUTIN", filler.fill(List.of(person("E1", "Putin", List.of())),
                LocalDate.of(2012, 6, 9)).get(0).kb(), "a surname newsgraph's additions claim links on its dates");
        assertNull(filler.fill(List.of(person("E1", "Trump", List.of())), LocalDate.of(1960, 1, 1)).get(0).kb(),
                "and not before them");
        Entity body = new Entity("E1", "Obama administration", EntityType.ORGANIZATION, null, List.of(), List.of(),
                null, null, null, null, List.of());
        assertNull(filler.fill(List.of(body), day).get(0).kb(), "only people get an id");
    }

    private static Entity person(String id, String name, List<String> aliases) {
        return new Entity(id, name, EntityType.PERSON, null, aliases, List.of(), null, null, null, null, List.of());
    }
}
