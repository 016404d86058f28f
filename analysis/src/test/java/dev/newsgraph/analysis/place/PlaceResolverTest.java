package dev.newsgraph.analysis.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.analysis.Fixtures;
import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.place.Gazetteer.Place;
import dev.newsgraph.model.Article;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.Geo;
import dev.newsgraph.model.Span;
import dev.newsgraph.model.StoryRecord;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {
    private static final PlaceResolver RESOLVER = PlaceResolver.create();

    /** Resolves a text whose entities are the given names (each name's every occurrence a mention). */
    private static Map<String, Geo> resolve(String text, String... entities) {
        List<Entity> es = new ArrayList<>();
        int n = 0;
        for (String spec : entities) {
            String[] f = spec.split("\\|");
            String name = f[0];
            String subtype = f.length > 1 ? f[1] : "PLACE";
            String country = f.length > 2 ? f[2] : null;
            EntityType type = f.length > 3 ? EntityType.valueOf(f[3]) : EntityType.LOCATION;
            List<Span> ms = new ArrayList<>();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                ms.add(new Span(at, at + name.length(), name));
            }
            assertTrue(!ms.isEmpty(), name + " is not in the text");
            es.add(new Entity("E" + n++, name, type, subtype, List.of(), List.of(), null, country, null, null, ms));
        }
        Document d = new Document(new Article("test", null, null, null, null, "en", text, List.of()), null);
        d.setEntities(es);
        RESOLVER.apply(d);
        Map<String, Geo> byName = new java.util.HashMap<>();
        for (Entity e : es) {
            Geo g = d.places().get(e.id());
            if (g != null) {
                byName.put(e.name(), g);
            }
        }
        return byName;
    }

    @Test
    void aCityGetsItsGeoNamesEntryAndPoint() {
        Geo kyiv = resolve("Russian missiles struck Kyiv overnight, officials said.", "Kyiv").get("Kyiv");
        assertEquals("703448", kyiv.geonames());
        assertEquals("Kyiv", kyiv.name());
        assertEquals(50.45466, kyiv.lat(), 1e-6);
        assertEquals(30.5238, kyiv.lon(), 1e-6);
        assertEquals("UKR", kyiv.country());
        assertNotNull(kyiv.admin1());
        assertEquals("PPLC", kyiv.feature());
        assertEquals("city", kyiv.precision());
    }

    @Test
    void aPlaceTheGazetteerLacksInAStoryOfOneCountryIsThatCountry() {
        Map<String, Geo> g = resolve("Fighting spread from Tbilisi to Gori and Kutaisi on Monday; villagers in "
                + "Zxqvilleti fled to Tbilisi.", "Tbilisi", "Gori", "Kutaisi", "Zxqvilleti");
        Geo unknown = g.get("Zxqvilleti");
        assertEquals("GEO", unknown.country(), g.toString());
        assertEquals("country", unknown.precision());
        Map<String, Geo> two = resolve("Flights from Tbilisi to Paris resumed; Zxqvilleti waits.", "Tbilisi", "Paris",
                "Zxqvilleti");
        assertTrue(!two.containsKey("Zxqvilleti"), "a story of two countries says nothing of where: " + two);
    }

    @Test
    void theNamesNewsUsedBeforeAreTheSamePlace() {
        assertEquals("703448", resolve("Shelling continued in Kiev on Monday.", "Kiev").get("Kiev").geonames());
        assertEquals("1275339", resolve("Flights to Bombay were cancelled.", "Bombay").get("Bombay").geonames());
        assertEquals("MMR", resolve("Burma held elections.", "Burma").get("Burma").country());
    }

    @Test
    void aDatelineQualifierPicksTheSmallerNamesake() {
        Geo g = resolve("ALEXANDRIA, La. (AP) — A woman was charged with arson on Friday.", "ALEXANDRIA")
                .get("ALEXANDRIA");
        assertEquals("4314550", g.geonames());
        assertEquals("USA", g.country());
        assertEquals("Louisiana", g.admin1());
    }

    @Test
    void aDivisionNamedAfterThePlaceDecides() {
        Geo paris = resolve("The fair opens in Paris, Texas, on Saturday.", "Paris").get("Paris");
        assertEquals("USA", paris.country());
        assertEquals("Texas", paris.admin1());
        Geo pandi = resolve("Police raided a house in Pandi, Bulacan, early on Sunday.", "Pandi").get("Pandi");
        assertEquals("1695462", pandi.geonames());
        assertEquals("PHL", pandi.country());
    }

    @Test
    void withoutEvidenceTheLargestNamesakeWinsAndTheStorysCountryCanOverruleIt() {
        assertEquals("FRA", resolve("Protesters marched through Paris on Saturday.", "Paris").get("Paris").country());
        Map<String, Geo> tx = resolve("Protesters marched through Paris on Saturday. The Texas Department of "
                + "Transportation closed roads in Lamar County and in Reno.", "Paris", "Lamar County", "Reno");
        assertEquals("Texas", tx.get("Paris").admin1());
    }

    @Test
    void aCountyAndATownBackEachOtherWhereTheyLieTogether() {
        Map<String, Geo> r = resolve("Deputies in Hall County arrested two men on Monday. Both live in Gainesville.",
                "Hall County", "Gainesville");
        assertEquals("Georgia", r.get("Gainesville").admin1(), "Gainesville, Georgia, the seat of Hall County, "
                + "rather than the larger Gainesville, Florida");
        assertEquals("Georgia", r.get("Hall County").admin1(), "of the three Hall Counties, the one at Gainesville");
    }

    @Test
    void aNearerNeighbourBacksANamesakeMoreThanAFartherOne() {
        Map<String, Geo> r = resolve("The burn ban for Walker County was lifted after the Huntsville fire chief met "
                + "the Walker County judge.", "Walker County", "Huntsville");
        assertEquals("Texas", r.get("Huntsville").admin1(), "Huntsville, Texas, lies in its Walker County; Alabama's "
                + "Huntsville only within 150 km of Alabama's");
        assertEquals("Texas", r.get("Walker County").admin1());
        Map<String, Geo> paris = resolve("Residents of Paris and Henry County will get a letter.", "Paris",
                "Henry County");
        assertEquals("Tennessee", paris.get("Paris").admin1(), "Paris, Tennessee, the seat of its Henry County");
        assertEquals("Tennessee", paris.get("Henry County").admin1());
    }

    @Test
    void aLargeCityThatDwarfsItsNamesakesSaysWhereTheStoryIs() {
        Map<String, Geo> r = resolve("Paris officers said the driver, a Dallas man, was held overnight.", "Paris",
                "Dallas");
        assertEquals("Texas", r.get("Dallas").admin1());
        assertEquals("Texas", r.get("Paris").admin1(), "Dallas, far the largest of its name, puts the story in "
                + "Texas, where Paris is Paris, Texas");
    }

    @Test
    void anOrganisationNamedAfterATownBacksItsNeighbours() {
        String text = "The Zionsville Education Foundation got $5,000 and Boone County residents gave more. Lebanon "
                + "will hold its clean-up in April, Lebanon officials said.";
        Map<String, Geo> r = resolve(text, "Zionsville Education Foundation|-|-|ORGANIZATION", "Boone County",
                "Lebanon|COUNTRY|LBN");
        assertEquals("Indiana", r.get("Boone County").admin1(), "of the many Boone Counties, Zionsville's");
        assertEquals("Zionsville", r.get("Zionsville Education Foundation").name());
        assertEquals("USA", r.get("Lebanon").country(), "Lebanon, Indiana, beside the foundation's Zionsville");
        assertEquals("Indiana", r.get("Lebanon").admin1());
        Map<String, Geo> alone = resolve("Lebanon will hold talks in April, Lebanon officials said.",
                "Lebanon|COUNTRY|LBN");
        assertEquals("LBN", alone.get("Lebanon").country(), "without a neighbour the country");
    }

    @Test
    void aCountryNamedByItsPeopleIsNoNamesakeTown() {
        String text = "Italian clubs will play in Dallas and Arlington this summer.";
        List<Entity> es = List.of(
                new Entity("E0", "Italy", EntityType.LOCATION, "COUNTRY", List.of(), List.of(), null, "ITA", null, null,
                        List.of(new Span(0, 7, "Italian"))),
                new Entity("E1", "Dallas", EntityType.LOCATION, "CITY", List.of(), List.of(), null, null, null, null,
                        List.of(new Span(text.indexOf("Dallas"), text.indexOf("Dallas") + 6, "Dallas"))),
                new Entity("E2", "Arlington", EntityType.LOCATION, "CITY", List.of(), List.of(), null, null, null,
                        null, List.of(new Span(text.indexOf("Arlington"), text.indexOf("Arlington") + 9, "Arlington"))));
        Document d = new Document(new Article("test", null, null, null, null, "en", text, List.of()), null);
        d.setEntities(es);
        RESOLVER.apply(d);
        assertEquals("ITA", d.places().get("E0").country(), "\"Italian\" is Italy, not Italy, Texas, near Dallas");
        assertEquals("country", d.places().get("E0").precision());
    }

    @Test
    void aStoryToldInAmericanLocalGovernmentsWordsPrefersAmericanPlaces() {
        Map<String, Geo> us = resolve("Dublin will hire two officers, the Police Department told the township "
                + "trustees, citing U.S. crime figures.", "Dublin", "U.S.|COUNTRY|USA");
        assertEquals("USA", us.get("Dublin").country(), "a police department: one of the American Dublins");
        Map<String, Geo> ireland = resolve("Dublin will hire two officers, the council said, citing U.S. crime "
                + "figures.", "Dublin", "U.S.|COUNTRY|USA");
        assertEquals("IRL", ireland.get("Dublin").country(), "without such words the capital");
    }

    @Test
    void americanInstitutionsTellAnAmericanStoryToo() {
        Map<String, Geo> us = resolve("Dublin will hire two officers, the Commonwealth's Attorney said, citing U.S. "
                + "crime figures.", "Dublin", "U.S.|COUNTRY|USA");
        assertEquals("USA", us.get("Dublin").country(), "a commonwealth's attorney: one of the American Dublins");
        Map<String, Geo> road = resolve("Dublin will widen Interstate 270, the council said, citing U.S. crime figures.",
                "Dublin", "U.S.|COUNTRY|USA");
        assertEquals("USA", road.get("Dublin").country(), "an interstate highway");
        Map<String, Geo> schools = resolve("Dublin City Public Schools will close on Friday, citing U.S. crime figures.",
                "Dublin", "U.S.|COUNTRY|USA");
        assertEquals("USA", schools.get("Dublin").country(), "a city's public schools");
    }

    @Test
    void aQualifierThatNamesAStateAndACountryIsTheOneThatHoldsThePlace() {
        Map<String, Geo> r = resolve("TBILISI, Georgia -- Police detained eight men in Georgia on Tuesday.",
                "TBILISI", "Georgia|COUNTRY|GEO");
        assertEquals("GEO", r.get("TBILISI").country());
        assertEquals("GEO", r.get("Georgia").country(), "Tbilisi lies in the country, not the state");
        assertEquals("country", r.get("Georgia").precision());
        Map<String, Geo> athens = resolve("ATHENS, Georgia -- Police detained eight men in Georgia on Tuesday.",
                "ATHENS", "Georgia|COUNTRY|GEO");
        assertEquals("Georgia", athens.get("ATHENS").admin1(), "Athens lies in the state");
        assertEquals("USA", athens.get("Georgia").country());
    }

    @Test
    void anInternationalBodyThatNamesNoPlaceSitsAtItsSeat() {
        Map<String, Geo> r = resolve("The EU and NATO urged calm; the Red Cross sent doctors.",
                "EU|IGO|-|ORGANIZATION", "NATO|IGO|-|ORGANIZATION", "Red Cross|-|-|ORGANIZATION");
        assertEquals("2800866", r.get("EU").geonames(), "Brussels");
        assertEquals("BEL", r.get("NATO").country());
        assertNull(r.get("Red Cross"), "a body the world knowledge gives no seat");
    }

    @Test
    void aTownQualifiedByADivisionThatHoldsNoTownOfItsNameIsThatDivision() {
        Geo g = resolve("Martha was born in Grantville, Pennsylvania, on November 4, 1913.", "Grantville")
                .get("Grantville");
        assertEquals("Pennsylvania", g.admin1(), "not Georgia's Grantville");
        assertEquals("admin1", g.precision());
        Map<String, Geo> list = resolve("Flights go to Moscow, Kiev, Minsk and Riga next year.", "Kiev");
        assertEquals("703448", list.get("Kiev").geonames(), "a list's next name is no qualifier");
    }

    @Test
    void peoplesJoinedByADashAreTheirCountryNotATown() {
        Geo g = resolve("The Arab-Israeli conflict is not being addressed.", "Arab-Israeli").get("Arab-Israeli");
        assertEquals("ISR", g.country(), "not Arab, Alabama");
        assertEquals("country", g.precision());
    }

    @Test
    void aNameOfAStateAndACityIsTheStateWhereOnlyAStateIsMeant() {
        assertEquals("admin1", resolve("The road runs from the New York border to Boston.", "New York")
                .get("New York").precision(), "a border");
        assertEquals("admin1", resolve("New York's attorney general sued the bank.", "New York").get("New York")
                .precision(), "an attorney general");
        assertEquals("admin1", resolve("Crews went to Missouri, New York, North Carolina and Virginia.", "New York")
                .get("New York").precision(), "a list of states");
        assertEquals("city", resolve("Flights from New York to Moscow start in May.", "New York").get("New York")
                .precision(), "elsewhere the city");
    }

    @Test
    void aStateListedBeforeANameOfAStateAndACityMakesItTheStateUnlessAQualifierFollows() {
        assertEquals("admin1", resolve("He backs Oregon and Washington laws on assisted dying.", "Washington")
                .get("Washington").precision(), "one state listed before it");
        assertEquals("4140963", resolve("Visitors came from as far as Texas and Washington, D.C., to see it.",
                "Washington").get("Washington").geonames(), "its qualifier decides");
    }

    @Test
    void aBareDatelineIsATownNeverAStateOfTheName() {
        Geo dc = resolve("House passes bill. WASHINGTON \u2014 Lawmakers from Ohio, Iowa, Montana and Connecticut "
                + "voted Thursday to tax bonuses.", "WASHINGTON", "Ohio", "Iowa", "Montana", "Connecticut")
                .get("WASHINGTON");
        assertEquals("city", dc.precision(), String.valueOf(dc));
        assertEquals("4140963", dc.geonames(), "the capital, not the state nor a small town of the states named");
        Geo qualified = resolve("Woman found dead. BELGRADE, Minn. -- A woman was found dead in a house fire.",
                "BELGRADE").get("BELGRADE");
        assertTrue(qualified == null || "USA".equals(qualified.country()),
                "a dateline with its state is left to the state: " + qualified);
    }

    @Test
    void aBareDatelineOfACityThatDwarfsItsNamesakesIsThatCity() {
        Map<String, Geo> g = resolve("WASHINGTON (Reuters) - Senators urged a halt. Flights from Boston, Chicago and "
                + "Atlanta were cancelled.", "WASHINGTON", "Boston", "Chicago", "Atlanta");
        assertEquals("4140963", g.get("WASHINGTON").geonames(),
                "not Washington, Illinois, which lies near an Atlanta, Illinois: " + g.get("WASHINGTON"));
        assertEquals("Georgia", g.get("Atlanta").admin1());
    }

    @Test
    void aNationsKnownBodyIsNotATownNamedLikeItsFirstWord() {
        Map<String, Geo> g = resolve("The Justice Department and the White House said so, the New York Times reported.",
                "Justice Department|GOVERNMENT|USA|ORGANIZATION", "White House|GOVERNMENT|USA|ORGANIZATION",
                "New York Times|MEDIA|USA|ORGANIZATION");
        assertNull(g.get("Justice Department"), "not Justice, Illinois: " + g);
        assertNull(g.get("White House"), "not White House, Tennessee: " + g);
        assertEquals("New York", g.get("New York Times").admin1(), "an outlet named for its city is there");
        Map<String, Geo> court = resolve("The Supreme Court ruled on Monday; the Police Department and the county "
                + "commissioners in Ohio had asked it to.", "Supreme Court|GOVERNMENT|USA|ORGANIZATION", "Ohio");
        assertNull(court.get("Supreme Court"), "an American story says nothing of which Supreme, Louisiana: " + court);
    }

    @Test
    void regionsSeasAndLakesAreThemselvesWhateverTownSharesTheirName() {
        Map<String, Geo> g = resolve("A ship sank in the Red Sea; troops left Siberia for Darfur, and a yacht sailed "
                + "Lake Ontario.", "Red Sea", "Siberia", "Darfur", "Lake Ontario");
        assertEquals("SEA", g.get("Red Sea").feature());
        assertNull(g.get("Red Sea").country(), "a sea between countries");
        assertEquals("country", g.get("Red Sea").precision());
        assertEquals("RUS", g.get("Siberia").country(), "not Siberia, Mexico");
        assertEquals("admin1", g.get("Siberia").precision());
        assertEquals("SDN", g.get("Darfur").country());
        assertEquals(43.7, g.get("Lake Ontario").lat(), 1.0);
    }

    @Test
    void geoNamesOtherSpellingsOfALargerPlaceFindIt() {
        Geo jenin = resolve("Troops raided the Jenin refugee camp on Monday.", "Jenin").get("Jenin");
        assertEquals("PSE", jenin.country(), "Janin, Palestine, not the Polish village Jenin: " + jenin);
        assertEquals("283506", jenin.geonames());
        assertEquals("SYR", resolve("Fighting went on in Raqqa.", "Raqqa").get("Raqqa").country());
    }

    @Test
    void newspapersShortNamesAndAbbreviatedQuartersAreTheCity() {
        assertEquals("4560349", resolve("Phila. officer charged with drug dealing.", "Phila").get("Phila").geonames());
        Map<String, Geo> r = resolve("One dead in W. Phila. shooting; North West Houston calm.", "W. Phila",
                "North West Houston");
        assertEquals("4560349", r.get("W. Phila").geonames(), "West Philadelphia lies in Philadelphia");
        assertEquals("Texas", r.get("North West Houston").admin1());
    }

    @Test
    void twoPlacesJoinedByADashLieTogether() {
        Geo athens = resolve("Road work is expected this week in Athens-Clarke County.", "Athens-Clarke County")
                .get("Athens-Clarke County");
        assertEquals("Georgia", athens.admin1(), "the Athens in a Clarke County, not Greece's capital");
        Geo route = resolve("The airline postponed its Washington-Moscow route.", "Washington-Moscow")
                .get("Washington-Moscow");
        assertTrue(route == null || !"city".equals(route.precision()) || "4140963".equals(route.geonames()),
                "a route to a city that dwarfs its namesakes: not a small Washington near a small Moscow");
    }

    @Test
    void aContinentIsAPlaceOfItsOwn() {
        Map<String, Geo> r = resolve("Air cargo from Europe will reach the Middle East and Africa by Friday.", "Europe",
                "Middle East", "Africa");
        assertEquals(48.69, r.get("Europe").lat(), 0.01, "GeoNames' point for Europe");
        assertEquals("Europe", r.get("Europe").name());
        assertEquals("country", r.get("Europe").precision());
        assertNull(r.get("Europe").country(), "a continent is none of its countries");
        assertNotNull(r.get("Africa"));
        Geo asia = resolve("The president left on his first trip to Asia on Friday.", "Asia").get("Asia");
        assertEquals("CONT", asia.feature(), "the continent, not the town of Asia in the Philippines: " + asia);
        Geo middleEast = r.get("Middle East");
        assertEquals("RGN", middleEast.feature(), "the region of regions.tsv, not the East Region of Cameroon");
        assertNull(middleEast.country());
    }

    @Test
    void aDivisionIsFoundByTheNameNewsGivesIt() {
        Geo dagestan = resolve("Gunmen attacked a police post in Dagestan on Monday.", "Dagestan").get("Dagestan");
        assertEquals("admin1", dagestan.precision());
        assertEquals("RUS", dagestan.country());
        Geo abkhazia = resolve("A blast injured three in Abkhazia.", "Abkhazia").get("Abkhazia");
        assertEquals("GEO", abkhazia.country());
        assertEquals("admin1", abkhazia.precision());
    }

    @Test
    void aCountryIsTheCountryAndAStateIsItsDivision() {
        Map<String, Geo> r = resolve("Ohio officials met envoys from Canada.", "Ohio", "Canada|COUNTRY|CAN");
        assertEquals("admin1", r.get("Ohio").precision());
        assertEquals("USA", r.get("Ohio").country());
        assertEquals("Ohio", r.get("Ohio").name());
        assertEquals("country", r.get("Canada").precision());
        assertEquals("CAN", r.get("Canada").country());
        assertNull(r.get("Canada").geonames());
    }

    @Test
    void georgiaIsTheStateInAStoryAboutGeorgiaTowns() {
        Map<String, Geo> us = resolve("Gainesville, Ga., police said the suspect fled toward Atlanta. Georgia "
                + "troopers joined the search.", "Gainesville", "Atlanta", "Georgia|COUNTRY|GEO");
        assertEquals("USA", us.get("Georgia").country());
        assertEquals("admin1", us.get("Georgia").precision());
        assertEquals("Georgia", us.get("Gainesville").admin1());
        Map<String, Geo> caucasus = resolve("Russian troops entered Georgia near Tbilisi.", "Georgia|COUNTRY|GEO",
                "Tbilisi");
        assertEquals("GEO", caucasus.get("Georgia").country());
        assertEquals("country", caucasus.get("Georgia").precision());
    }

    @Test
    void aTownOfTheStorysOwnDivisionWinsOverALargerNamesake() {
        Map<String, Geo> r = resolve("Deputies from Columbus joined police in Marietta, Smyrna and Roswell on "
                + "Tuesday. Marietta police said Smyrna and Roswell officers found the car.", "Columbus", "Marietta",
                "Smyrna", "Roswell");
        assertEquals("Georgia", r.get("Marietta").admin1(), "the places the story names lie in Georgia");
        assertEquals("Georgia", r.get("Smyrna").admin1());
        assertEquals("Georgia", r.get("Columbus").admin1(), "so does its Columbus, not Ohio's larger one");
    }

    @Test
    void aBodyNamedOnlyByAPlaceIsThatPlaceGivenTheArticlesEvidence() {
        Map<String, Geo> r = resolve("Elkhart beat Goshen 3-1 on Friday in northern Indiana.",
                "Elkhart|-|-|ORGANIZATION", "Goshen", "Indiana|ADMIN1|-|LOCATION");
        assertEquals("Indiana", r.get("Elkhart").admin1(), "a town the tagger took for a body");
        Map<String, Geo> none = resolve("Elkhart said on Friday it would cut jobs.", "Elkhart|-|-|ORGANIZATION");
        assertNull(none.get("Elkhart"), "without the article's evidence a small town's name is no place");
    }

    @Test
    void aCountyOfAListIsReadAsACounty() {
        Map<String, Geo> r = resolve("Douglas and Wyandotte counties also improved their rates.",
                "Douglas|COUNTY", "Wyandotte|COUNTY");
        assertEquals("Kansas", r.get("Wyandotte").admin1(), "the one Wyandotte County");
        assertEquals("Kansas", r.get("Douglas").admin1(), "of the many Douglas Counties, the one beside it");
    }

    @Test
    void mountAndFortAbbreviatedAreTheSamePlaces() {
        Geo mt = resolve("Storms hit Mt. Pleasant, S.C., on Monday.", "Mt. Pleasant").get("Mt. Pleasant");
        assertEquals("Mount Pleasant", mt.name());
        assertEquals("South Carolina", mt.admin1());
        assertEquals("Fort Worth", resolve("Police in Ft. Worth said on Monday.", "Ft. Worth").get("Ft. Worth").name());
    }

    @Test
    void aPartysLetterBeforeAPlaceAndPlacesJoinedByAHyphenAreThePlace() {
        Map<String, Geo> r = resolve("Rep. Jane Roe, D-Calif., toured Fargo-Moorhead on Monday.", "D-Calif",
                "Fargo-Moorhead");
        assertEquals("California", r.get("D-Calif").admin1(), "a lawmaker's party and home state");
        assertEquals("Fargo", r.get("Fargo-Moorhead").name(), "the first of two places joined");
    }

    @Test
    void aFacilityLiesInThePlaceItIsNamedAfter() {
        Map<String, Geo> r = resolve("Flights at Long Beach Airport were delayed on Tuesday.", "Long Beach Airport");
        assertEquals("Long Beach", r.get("Long Beach Airport").name());
        assertEquals("California", r.get("Long Beach Airport").admin1());
    }

    @Test
    void whenTheTextCannotDecideTheCountryStandsInsteadOfAGuessedCity() {
        Geo g = resolve("The council met in Springfield on Tuesday.", "Springfield").get("Springfield");
        assertEquals("country", g.precision());
        assertEquals("USA", g.country());
    }

    @Test
    void aUsCountyIsTheCountyInItsState() {
        Map<String, Geo> r = resolve("Deputies in Laurel County arrested two men near London, Ky., on Monday.",
                "Laurel County", "London");
        Geo laurel = r.get("Laurel County");
        assertEquals("Laurel County", laurel.name());
        assertEquals("Kentucky", laurel.admin1());
        assertEquals("ADM2", laurel.feature());
        assertEquals("admin1", laurel.precision(), "the contract's precision nearest a county's");
        assertTrue(Math.abs(laurel.lat() - 37.1) < 0.3 && Math.abs(laurel.lon() + 84.1) < 0.3, laurel.toString());
        assertEquals("Kentucky", r.get("London").admin1());
        Geo abbreviated = resolve("The Platte Co. sheriff spoke in Missouri.", "Platte Co.", "Missouri")
                .get("Platte Co.");
        assertEquals("Platte County", abbreviated.name());
        assertEquals("Missouri", abbreviated.admin1());
    }

    @Test
    void aCountyOfManyStatesWithoutEvidenceIsOnlyTheCountry() {
        Geo g = resolve("Walker County commissioners met on Tuesday.", "Walker County").get("Walker County");
        assertEquals("country", g.precision(), "Walker County lies in several states: " + g);
        assertEquals("USA", g.country());
    }

    @Test
    void aCountyTheGazetteerLacksGetsItsStateAtLowerPrecision() {
        Map<String, Geo> r = resolve("Deputies in Marsh Hollow County arrested two men near London, Ky., on Monday.",
                "Marsh Hollow County", "London");
        assertEquals("Kentucky", r.get("Marsh Hollow County").name());
        assertEquals("admin1", r.get("Marsh Hollow County").precision());
    }

    @Test
    void anOrganisationOrGroupIsBasedWhereItsNameSays() {
        Map<String, Geo> r = resolve("The Athens Police Department and the University of Georgia said Georgia "
                        + "troopers, the Lebanese Army and Morgan Stanley were not involved.",
                "Athens Police Department|-|-|ORGANIZATION", "University of Georgia|-|-|ORGANIZATION",
                "Georgia|ADMIN1|-|LOCATION", "Lebanese Army|-|LBN|ORGANIZATION", "Morgan Stanley|-|-|ORGANIZATION");
        assertEquals("Athens", r.get("Athens Police Department").name());
        assertEquals("Georgia", r.get("Athens Police Department").admin1(), "the story is about Georgia");
        assertEquals("Georgia", r.get("University of Georgia").name(), "the place after \"University of\"");
        assertEquals("LBN", r.get("Lebanese Army").country());
        assertEquals("country", r.get("Lebanese Army").precision());
        assertNull(r.get("Morgan Stanley"), "a small namesake town needs the article's evidence");
    }

    @Test
    void aBodyOfTwoPlacesJoinedByADashIsBasedAtTheFirst() {
        Map<String, Geo> r = resolve("The Paris-Henry County Arts Council and the Winston-Salem Police Department "
                        + "met in Tennessee.", "Paris-Henry County Arts Council|-|-|ORGANIZATION",
                "Winston-Salem Police Department|-|-|ORGANIZATION", "Tennessee|ADMIN1|-|LOCATION");
        assertEquals("Paris", r.get("Paris-Henry County Arts Council").name());
        assertEquals("Tennessee", r.get("Paris-Henry County Arts Council").admin1());
        assertEquals("Winston-Salem", r.get("Winston-Salem Police Department").name(), "a place whose name has a dash");
    }

    @Test
    void anOrganisationWhoseNameEndsWithAPlaceIsBasedThere() {
        Map<String, Geo> r = resolve("Donations went to Cancer Research UK and the Spina Bifida Association of Western "
                        + "Pennsylvania, and Morgan Stanley Smith matched them.",
                "Cancer Research UK|-|-|ORGANIZATION", "Spina Bifida Association of Western Pennsylvania|-|-|ORGANIZATION",
                "Morgan Stanley Smith|-|-|ORGANIZATION");
        assertEquals("GBR", r.get("Cancer Research UK").country());
        assertEquals("country", r.get("Cancer Research UK").precision());
        assertEquals("Pennsylvania", r.get("Spina Bifida Association of Western Pennsylvania").admin1());
        assertNull(r.get("Morgan Stanley Smith"), "a name's last word is a place only after a body's word or \"of\"");
        Map<String, Geo> longest = resolve("The Guernsey County Sheriff and the West Virginia Department of "
                        + "Transportation closed the road.", "Guernsey County Sheriff|-|-|ORGANIZATION",
                "West Virginia Department of Transportation|-|-|ORGANIZATION");
        assertEquals("Ohio", longest.get("Guernsey County Sheriff").admin1(), "the county, not the island of Guernsey");
        assertEquals("West Virginia", longest.get("West Virginia Department of Transportation").name(),
                "a state whose name begins with a quarter's word is the state");
    }

    @Test
    void aQuarterOfALargeCityLiesInTheCity() {
        Geo g = resolve("Police patrolled West Wichita on Friday.", "West Wichita").get("West Wichita");
        assertEquals("Wichita", g.name());
        assertEquals("city", g.precision());
    }

    @Test
    void aPartOfADivisionLiesInTheDivision() {
        Geo g = resolve("Storms swept across North Texas on Sunday.", "North Texas").get("North Texas");
        assertEquals("Texas", g.name());
        assertEquals("admin1", g.precision());
    }

    @Test
    void aCountrysNameIsATownWhereTheStoryIsAboutThatTownsState() {
        Map<String, Geo> tx = resolve("The Palestine school board met on Monday. Trustees from Tyler and Jacksonville, "
                + "Texas, joined them.", "Palestine|COUNTRY|PSE", "Tyler", "Jacksonville");
        assertEquals("USA", tx.get("Palestine").country());
        assertEquals("Texas", tx.get("Palestine").admin1());
        assertEquals("PSE", resolve("Israel and Palestine resumed talks.", "Israel|COUNTRY|ISR",
                "Palestine|COUNTRY|PSE").get("Palestine").country());
    }

    @Test
    void onlyPlacesGetAPointAndUnknownNamesNone() {
        Map<String, Geo> r = resolve("Paris Hilton visited Zzyzxville Gardens.", "Paris Hilton||-|PERSON",
                "Zzyzxville Gardens");
        assertTrue(r.isEmpty(), r.toString());
    }

    @Test
    void aVillageOfFewerThanAThousandPeopleIsAPlaceOfItsOwn() {
        // GeoNames' cities500: a village the story names is not read as a larger namesake elsewhere, or not at all
        Place village = null;
        for (Place p : Gazetteer.standard().named("Ridge Farm")) {
            village = p.kind() == Gazetteer.Kind.CITY && "USA".equals(p.country()) ? p : village;
        }
        assertNotNull(village, "Ridge Farm, Illinois, is in the gazetteer");
        assertTrue(village.population() < 1000, "a village of " + village.population());
        Geo g = resolve("A barn burned near Ridge Farm on Sunday, Vermilion County deputies said.",
                "Ridge Farm", "Vermilion County").get("Ridge Farm");
        assertNotNull(g, "Ridge Farm is resolved");
        assertEquals("Illinois", g.admin1());
    }

    @Test
    void twoNamesThatMeetInOnePairOfReadingsPlaceEachOther() {
        // twenty Parises and ten Henry Counties, but only one Paris lies in a Henry County: chance rarely makes such
        // a pair, so it outweighs the size of Paris, France
        Map<String, Geo> r = resolve("Paris and Henry County are rich in history, and the Leadership Henry County "
                + "class toured the old academy on Wednesday.", "Paris", "Henry County");
        assertEquals("Tennessee", r.get("Paris").admin1(), String.valueOf(r.get("Paris")));
        assertEquals("Tennessee", r.get("Henry County").admin1(), String.valueOf(r.get("Henry County")));
    }

    @Test
    void aBadGazetteerLineNamesItsLine() {
        String tsv = "# header\nC\tUA\tUkraine\t49\t32\nP\t1\tX\tUA\t\tPPL\tmany\t1\t2\nQ\tbad\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains(Gazetteer.RESOURCE + ":3"), "a place's bad population: " + e.getMessage());
        String unknownKind = "# header\nC\tUA\tUkraine\t49\t32\nP\t1\tX\tUA\t\tPPL\t5\t1\t2\nQ\tbad\n";
        IllegalArgumentException k = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.read(new ByteArrayInputStream(unknownKind.getBytes(StandardCharsets.UTF_8))));
        assertTrue(k.getMessage().contains(Gazetteer.RESOURCE + ":4"), k.getMessage());
    }

    @Test
    void theAnalyzerFillsGeoInTheRecord() {
        StoryRecord r = Fixtures.analyze("KYIV, Ukraine (AP) — Russian drones struck Kharkiv overnight, the mayor "
                + "said on Tuesday.", "2024-05-07");
        Entity kharkiv = Fixtures.entityNamed(r, "Kharkiv");
        assertNotNull(kharkiv.geo(), "Kharkiv has no geo");
        assertEquals("706483", kharkiv.geo().geonames());
        for (Entity e : r.entities()) {
            if (e.type() == EntityType.PERSON) {
                assertNull(e.geo(), e.name() + " is a person but has a geo");
            }
        }
    }

    @Test
    void aStatesPeopleAreTheStateAsACountrysAreTheCountry() {
        Map<String, Geo> r = resolve("Ohioans will vote in May, and many North Carolinians and Ontarians agree.",
                "Ohioans|-|USA|GROUP", "North Carolinians|-|USA|GROUP", "Ontarians|-|CAN|GROUP");
        assertEquals("Ohio", r.get("Ohioans").name(), r.toString());
        assertEquals("admin1", r.get("Ohioans").precision());
        assertEquals("USA", r.get("Ohioans").country());
        assertEquals("North Carolina", r.get("North Carolinians").name(), r.toString());
        assertEquals("CAN", r.get("Ontarians").country(), r.toString());
    }

    @Test
    void theAnalyzerPlacesAStatesPeopleButNotATeamNamedForThem() {
        StoryRecord r = Fixtures.analyze("COLUMBUS (AP) - Ohioans will pay more for gasoline this summer, the state "
                + "said on Tuesday. Fans of the Houston Texans were not surprised.", "2009-05-05");
        Entity ohioans = Fixtures.entityNamed(r, "Ohioans");
        assertNotNull(ohioans.geo(), r.entities().toString());
        assertEquals("Ohio", ohioans.geo().name());
        assertTrue(r.entities().stream().noneMatch(e -> e.name().equals("Texans")), r.entities().toString());
    }

    @Test
    void aLawmakersHomeAfterHisPartysLetterIsAPlaceEvenUntagged() {
        StoryRecord r = Fixtures.analyze("CHARLESTON, W.Va. (AP) - Delegate Ricky Moye, D-Raleigh, and Delegate Linda "
                + "Sumner, R-Raleigh, voted against the bill on Tuesday. Sen. Tom Plank (R-Kanawha) did not.", "2009-03-10");
        Entity raleigh = Fixtures.entityNamed(r, "D-Raleigh");
        assertNotNull(Fixtures.entityNamed(r, "R-Kanawha"), r.entities().toString());
        assertEquals(EntityType.LOCATION, raleigh.type(), r.entities().toString());
        assertTrue(r.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON && e.name().contains("Raleigh")),
                r.entities().toString());
        assertNotNull(raleigh.geo(), raleigh.toString());
        assertEquals("Raleigh County", raleigh.geo().name(), "West Virginia's delegates are elected by county");
        assertEquals("West Virginia", raleigh.geo().admin1());
        assertEquals("Kanawha County", Fixtures.entityNamed(r, "R-Kanawha").geo().name());
    }

    @Test
    void aLawmakersHomeTownBeatsTheCountyOfItsNameInTheSameState() {
        Map<String, Geo> r = resolve("COLUMBIA, S.C. (AP) - Rep. Wendell Gilliard, D-Charleston, tried to restore the money.",
                "D-Charleston", "COLUMBIA", "S.C.|ADMIN1|USA|LOCATION");
        assertEquals("Charleston", r.get("D-Charleston").name(), r.toString());
        assertEquals("South Carolina", r.get("D-Charleston").admin1());
    }

    @Test
    void aPeopleOfOneCountryNamesThatCountry() {
        StoryRecord r = Fixtures.analyze("Many Sinhalese voters backed the president, who promised more roads.",
                "2009-05-05");
        Entity sinhalese = r.entities().stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.text().contains("Sinhalese")))
                .findFirst().orElseThrow(() -> new AssertionError(r.entities().toString()));
        assertNotNull(sinhalese.geo(), sinhalese.toString());
        assertEquals("LKA", sinhalese.geo().country());
    }
}
