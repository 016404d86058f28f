package dev.newsgraph.analysis.entity;

import static dev.newsgraph.analysis.Fixtures.analyze;
import static dev.newsgraph.analysis.Fixtures.entityNamed;
import static dev.newsgraph.analysis.Fixtures.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.Entity;
import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.Span;
import dev.newsgraph.model.StoryRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

    /** An age before a name, in a sentence whose other names come earlier, is read without a crash. */
    @Test
    void anAgeBeforeANameAfterOtherNamesIsTheirs() {
        StoryRecord r = analyze("An Albany police SWAT team and Georgia Bureau of Investigation agents raided the home "
                + "of 27-year-old Phillip Benjamin Conner on Wednesday.", "2010-03-04");
        Entity conner = entityNamed(r, "Phillip Benjamin Conner");
        assertEquals(EntityType.PERSON, conner.type());
        assertEquals(27, conner.age());
    }

    @Test
    void aSurnameJoinsTheFullNameAndTheTitleBecomesARoleWithCountry() {
        StoryRecord r = analyze("Brazilian Finance Minister Maria Lopez arrived in Santiago on Monday. "
                + "Lopez held talks with officials for two hours.", "2024-03-05");
        Entity lopez = entityNamed(r, "Maria Lopez");
        assertEquals(EntityType.PERSON, lopez.type());
        assertTrue(lopez.aliases().contains("Lopez"), lopez.aliases().toString());
        assertTrue(lopez.roles().stream().anyMatch(x -> x.contains("Finance Minister")), lopez.roles().toString());
        assertEquals("BRA", lopez.country());
        assertEquals("GOV", lopez.sector());
        assertEquals(1, ofType(r, EntityType.PERSON).size(), "one person, named twice");
    }

    @Test
    void anElectedOfficeTakesItsCountryFromAPartyOrTheDatelineAndAPortfolioIsNoNationality() {
        StoryRecord r = analyze("WASHINGTON (Reuters) - Republican Senator Harold Brisk of Ohio met Democratic Rep. "
                + "Anna Vell on Monday. Senator Tom Oakes joined them, as did New Jersey Governor Paul Crane. "
                + "U.N. Commission of Inquiry on Syria Chairman Marco Ruiz was not there.", "2024-03-05");
        assertEquals("USA", entityNamed(r, "Harold Brisk").country(), "a party word on an elected office");
        assertEquals("USA", entityNamed(r, "Anna Vell").country());
        assertEquals("USA", entityNamed(r, "Tom Oakes").country(), "the dateline's country");
        assertEquals("USA", entityNamed(r, "Paul Crane").country(), "New Jersey is no Jersey");
        assertNull(entityNamed(r, "Marco Ruiz").country(), "the commission on Syria is his portfolio, not his country");
        StoryRecord states = analyze("Alabama Governor Kay Ruth and New York Senator Dan Holm met on Monday.", "2024-03-05");
        assertEquals("USA", entityNamed(states, "Kay Ruth").country(), "a US state on an elected office");
        assertEquals("USA", entityNamed(states, "Dan Holm").country());
        StoryRecord manila = analyze("MANILA (Reuters) - Senator Tom Oakes met reporters on Monday.", "2024-03-05");
        assertEquals("PHL", entityNamed(manila, "Tom Oakes").country());
        StoryRecord byline = analyze("By Jane Roe and Ken Dahl MANILA (Reuters) - Senator Tom Oakes met reporters.",
                "2024-03-05");
        assertEquals("PHL", entityNamed(byline, "Tom Oakes").country(), "a dateline after the byline");
    }

    @Test
    void theUnmarkedPeopleOfADomesticReportAreOfItsCountry() {
        StoryRecord us = analyze("WASHINGTON (Reuters) - Lawyer Anna Vell said on Monday that Crown Prince Omar "
                + "Zaid had not called.", "2024-03-05");
        assertEquals("USA", entityNamed(us, "Anna Vell").country(), "an unmarked person in a report from Washington");
        assertNull(entityNamed(us, "Omar Zaid").country(), "no home-grown crown prince");
        StoryRecord qualified = analyze("PALM BEACH, FLORIDA (Reuters) - Lawyer Anna Vell spoke.", "2024-03-05");
        assertEquals("USA", entityNamed(qualified, "Anna Vell").country(), "a dateline town in a US state");
        StoryRecord abroad = analyze("BEIJING (Reuters) - Technology chief executive Tom Rake met army chief General "
                + "Li Wenbo on Monday. \"It went well,\" said Jane Roe, with the Lindqvist Institution. Economics "
                + "professor Karl Ode agreed.", "2024-03-05");
        assertEquals("CHN", entityNamed(abroad, "Tom Rake").country(), "abroad, the unmarked are the place's people");
        assertEquals("CHN", entityNamed(abroad, "Li Wenbo").country(), "abroad, an unmarked public office is local");
        assertNull(entityNamed(abroad, "Jane Roe").country(), "an outside voice, introduced by her institution");
        assertNull(entityNamed(abroad, "Karl Ode").country(), "a scholar quoted abroad may be from anywhere");
        StoryRecord none = analyze("Lawyer Anna Vell said on Monday that the case was closed.", "2024-03-05");
        assertNull(entityNamed(none, "Anna Vell").country(), "no dateline, no guess");
    }

    @Test
    void aHyphenatedGivenNameIsOneNameButTwoSurnamesAreTwoPeople() {
        StoryRecord r = analyze("Author Ta-Nehisi Coates wrote that the notion was wrong. Jean-Pierre Raffarin "
                + "agreed.", "2024-03-05");
        assertEquals(EntityType.PERSON, entityNamed(r, "Ta-Nehisi Coates").type());
        assertEquals(EntityType.PERSON, entityNamed(r, "Jean-Pierre Raffarin").type());
        assertTrue(r.entities().stream().noneMatch(e -> e.name().equals("Ta") || e.name().equals("Jean")),
                r.entities().toString());
        StoryRecord korean = analyze("Kim Jong-un met Moon Jae-in on Monday.", "2018-04-27");
        assertEquals(EntityType.PERSON, entityNamed(korean, "Kim Jong-un").type(), "a syllable after a hyphen");
        assertEquals(EntityType.PERSON, entityNamed(korean, "Moon Jae-in").type());
        assertTrue(korean.entities().stream().noneMatch(e -> e.name().equals("Kim Jong")), korean.entities().toString());
    }

    @Test
    void aPossessivePronounConjoinedWithAPossessiveNameIsThatName() {
        StoryRecord r = analyze("Hugo Brandt said it was predictable, given Thomas Keller's handling of the crisis and "
                + "his threat to close the port.", "2024-03-05");
        assertTrue(entityNamed(r, "Thomas Keller").mentions().stream().anyMatch(m -> m.text().equals("his")),
                entityNamed(r, "Thomas Keller").mentions().toString());
    }

    @Test
    void theAgencyADatelineCreditsIsNoPronounsAntecedent() {
        StoryRecord r = analyze("WASHINGTON (Reuters) - The U.S. small business community on Tuesday wrote to lawmakers "
                + "urging them to roll back regulation.", "2017-11-14");
        assertEquals(List.of("Reuters"), entityNamed(r, "Reuters").mentions().stream().map(m -> m.text()).toList());
    }

    @Test
    void aSurnameOpeningASentenceBeforeItsVerbIsThePerson() {
        StoryRecord r = analyze("Leandra English was named deputy director. English has insisted she should run the agency.",
                "2017-11-27");
        assertTrue(entityNamed(r, "Leandra English").mentions().stream().anyMatch(m -> m.text().equals("English")));
        assertTrue(r.entities().stream().noneMatch(e -> "GBR".equals(e.country()) && e.type() != EntityType.PERSON),
                r.entities().toString());
    }

    @Test
    void aGivenNameTheTaggerMissedBeforeACapitalisedWordIsAPersonButNotInABodysName() {
        StoryRecord r = analyze("Leandra English filed suit late on Sunday trying to prevent President Donald Trump from "
                + "naming an acting head.", "2017-11-27");
        assertEquals(EntityType.PERSON, entityNamed(r, "Leandra English").type());
        assertTrue(r.entities().stream().noneMatch(e -> "GBR".equals(e.country())), r.entities().toString());
        StoryRecord police = analyze("\u201cI called the Lindsay Police,\u201d Jerry Hughes said. The Dodd-Frank Act stays.",
                "2010-05-01");
        assertTrue(ofType(police, EntityType.PERSON).stream().noneMatch(e -> e.name().contains("Lindsay")
                || e.name().contains("Frank")), ofType(police, EntityType.PERSON).toString());
    }

    @Test
    void aGroupACountryOwnsIsOfThatCountry() {
        StoryRecord r = analyze("ISLAMABAD (Reuters) - U.S. Defense Secretary Jim Mattis met Pakistan's civilian and military "
                + "leaders on Monday and urged them to redouble their efforts.", "2017-12-04");
        Entity leaders = entityNamed(r, "civilian and military leaders");
        assertEquals(EntityType.GROUP, leaders.type());
        assertEquals("PAK", leaders.country());
        assertTrue(leaders.mentions().stream().anyMatch(m -> m.text().equals("them")), leaders.mentions().toString());
    }

    @Test
    void aGroupNamedByWhereItComesFromIsOneGroupWithThatCountry() {
        StoryRecord r = analyze("Ministers from Japan arrived in Lima on Friday. Delegates from across Africa and the "
                + "host applauded. Officials from Kenya's treasury stayed away.", "2024-03-08");
        Entity ministers = entityNamed(r, "Ministers from Japan");
        assertEquals(EntityType.GROUP, ministers.type(), r.entities().toString());
        assertEquals("JPN", ministers.country());
        Entity delegates = entityNamed(r, "Delegates from across Africa");
        assertEquals(EntityType.GROUP, delegates.type(), r.entities().toString());
        assertNull(delegates.country(), "a continent is no country");
        assertTrue(r.entities().stream().noneMatch(e -> e.name().startsWith("Officials from")),
                "the officials belong to the body the place owns: " + r.entities());
    }

    @Test
    void twoCountriesOrTwoPeopleJoinedByAHyphenAreTwoNames() {
        StoryRecord r = analyze("Emmanuel Macron flew to Moscow on Monday. Japan-China fisheries talks and the Putin-Macron "
                + "summit were on the agenda, Vladimir Putin said. Guinea-Bissau sent no envoy.", "2024-03-08");
        assertEquals("JPN", entityNamed(r, "Japan").country(), r.entities().toString());
        assertEquals("CHN", entityNamed(r, "China").country(), r.entities().toString());
        assertTrue(entityNamed(r, "Emmanuel Macron").mentions().stream().anyMatch(m -> m.text().equals("Macron")),
                entityNamed(r, "Emmanuel Macron").mentions().toString());
        assertEquals("GNB", entityNamed(r, "Guinea-Bissau").country(), "one country's name stays whole");
    }

    @Test
    void aDayOfTheWeekNamesNoOne() {
        StoryRecord r = analyze("Some Liberal senators were quick on Wednesday to criticise Hugo Brandt.", "2024-03-08");
        assertTrue(r.entities().stream().noneMatch(e -> e.name().equals("Wednesday")), r.entities().toString());
    }

    @Test
    void aOneWordPersonInATownsPlaceIsTheTown() {
        StoryRecord r = analyze("A Woodbridge man was charged on Monday. Anna Roe, 25, of Botley, was hurt. "
                + "John Botley later said he saw nothing.", "2024-03-05");
        assertEquals(EntityType.LOCATION, entityNamed(r, "Woodbridge").type(), "\"a Woodbridge man\"");
        assertEquals(EntityType.PERSON, entityNamed(r, "John Botley").type(),
                "a surname the article names in full stays a person");
        StoryRecord teen = analyze("Police said a Fort Worth teen stabbed a classmate on Monday.", "2024-03-05");
        assertEquals(EntityType.LOCATION, entityNamed(teen, "Fort Worth").type(), "\"a Fort Worth teen\"");
        StoryRecord alone = analyze("Anna Roe, 25, of Botley, was hurt.", "2024-03-05");
        assertEquals(EntityType.LOCATION, entityNamed(alone, "Botley").type(), "\", of Botley,\" after an age");
    }

    @Test
    void aFirstNameWhereSomeoneLivesIsTheTown() {
        StoryRecord r = analyze("Deputies said Phillip Christofoli of Gaston died in the crash. Police said the "
                + "60-year-old Alton man was hurt.", "2009-03-05");
        assertEquals(EntityType.LOCATION, entityNamed(r, "Gaston").type(), "\"Phillip Christofoli of Gaston\"");
        assertEquals(EntityType.LOCATION, entityNamed(r, "Alton").type(), "\"the 60-year-old Alton man\"");
        StoryRecord body = analyze("Sheriff deputies found the body of a Winona man on Monday.", "2009-03-05");
        assertEquals(EntityType.LOCATION, entityNamed(body, "Winona").type(), "\"a Winona man\"");
        StoryRecord person = analyze("Winona said the crash was avoidable.", "2009-03-05");
        assertEquals(EntityType.PERSON, entityNamed(person, "Winona").type(), "a first name alone is someone");
    }

    @Test
    void aFirstNameWithABearingOrOnARouteIsTheTown() {
        StoryRecord bearing = analyze("The new road is located southwest of Brandon.", "2009-03-05");
        assertEquals(EntityType.LOCATION, entityNamed(bearing, "Brandon").type(), "\"southwest of Brandon\"");
        StoryRecord within = analyze("She was the second baby born on the roadside in west Clare.", "2009-03-05");
        assertEquals(EntityType.LOCATION, entityNamed(within, "Clare").type(), "\"in west Clare\"");
        StoryRecord route = analyze("A Gulf war veteran will bike from Norman to Washington.", "2009-03-05");
        assertEquals(EntityType.LOCATION, entityNamed(route, "Norman").type(), "\"from Norman to Washington\"");
        StoryRecord person = analyze("Brandon said he would bike from Norman's house.", "2009-03-05");
        assertEquals(EntityType.PERSON, entityNamed(person, "Brandon").type(), "a first name alone is someone");
    }

    @Test
    void aTownShownOnceIsTheTownWhereverItIsNamedAlone() {
        StoryRecord r = analyze("\"The biggest concern is who is going to maintain that bridge,\" said Monroe Mayor "
                + "Robert Routson. Trucks avoid Monroe now.", "2009-03-24");
        Entity monroe = entityNamed(r, "Monroe");
        assertEquals(EntityType.LOCATION, monroe.type(), "\"Monroe Mayor\", though Monroe is a first name: " + monroe);
        assertEquals(2, monroe.mentions().size(), "the bare mention is the town too: " + monroe.mentions());
        StoryRecord list = analyze("The bank opened branches east into Gainesville and Lindsay last year.", "2009-03-24");
        assertEquals(EntityType.LOCATION, entityNamed(list, "Lindsay").type(), "a name in a list with a place");
        StoryRecord said = analyze("Roads through Monroe, Trenton and Seven Mile will close. Monroe said the plan "
                + "was sound.", "2009-03-24");
        assertTrue(said.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON
                && e.mentions().stream().anyMatch(m -> m.text().equals("Monroe"))), "\"Monroe said\" is someone: "
                + said.entities());
    }

    @Test
    void aCountryNamedAsTheOwnerOfARoleIsItsHoldersCountry() {
        StoryRecord r = analyze("After North Korea's Foreign Minister Ri Yong Chol spoke, South Africa's Finance "
                + "Minister Tito Mbeki left.", "2024-03-05");
        assertEquals("PRK", entityNamed(r, "Ri Yong Chol").country());
        assertEquals("ZAF", entityNamed(r, "Tito Mbeki").country());
    }

    @Test
    void theHolderOfAPersonsRoleIsOfThatPersonsCountryUnlessFacingThem() {
        StoryRecord r = analyze("French President Hugo Brandt arrived on Monday, while his senior adviser Paul Dorn "
                + "stayed behind. Marta Lind, Brandt's lawyer, and Brandt's Ukraine envoy Tom Wirt spoke. "
                + "Brandt's counterpart Ken Oda did not.", "2024-03-05");
        assertEquals("FRA", entityNamed(r, "Hugo Brandt").country());
        assertEquals("FRA", entityNamed(r, "Paul Dorn").country(), "\"his senior adviser\"");
        assertEquals("FRA", entityNamed(r, "Marta Lind").country(), "\"Brandt's lawyer\" in apposition");
        assertEquals("FRA", entityNamed(r, "Tom Wirt").country(), "the owner's, not the portfolio's");
        assertNull(entityNamed(r, "Ken Oda").country(), "a counterpart faces his owner");
    }

    @Test
    void aReportWithoutADatelineIsToldFromTheCountryItsPlacesLieIn() {
        StoryRecord home = analyze("(Reuters) - Police in Chicago said on Monday that Lieutenant Rob Kane had found "
                + "the car near Springfield, Illinois. Officers in Chicago and Detroit searched for the driver.",
                "2024-03-05");
        assertEquals("USA", entityNamed(home, "Rob Kane").country(), "four places in the United States");
        StoryRecord between = analyze("(Reuters) - Lieutenant Rob Kane flew from Paris to Berlin and on to London "
                + "and Madrid, then back to Paris.", "2024-03-05");
        assertNull(entityNamed(between, "Rob Kane").country(), "no one country");
    }

    @Test
    void aListedCompanysExecutiveIsOfTheExchangesCountry() {
        StoryRecord r = analyze("The board includes Acme Corp (ACME.O) chief executive Jan Roe and Nordbank's "
                + "(NORD.OL) Eva Lund.", "2024-03-05");
        assertEquals("USA", entityNamed(r, "Jan Roe").country());
        assertEquals("NOR", entityNamed(r, "Eva Lund").country());
        assertEquals("USA", entityNamed(r, "Acme Corp").country(), "the company itself");
    }

    @Test
    void anOfficeOfOneCountryAndANationalityInAppositionGiveACountry() {
        StoryRecord r = analyze("Pope Francis met Anna Roe, a Russian-American, and Ivan Dorn, a dual German-Russian "
                + "citizen, on Monday.", "2024-03-05");
        assertEquals("VAT", entityNamed(r, "Francis").country(), "the pope's office is the Holy See's");
        assertEquals("USA", entityNamed(r, "Anna Roe").country(), "the last of a hyphenated pair");
        assertNull(entityNamed(r, "Ivan Dorn").country(), "a dual citizen is of no one country");
    }

    @Test
    void aPlaceNamedAgainWhereTheTaggerMissedItIsAnotherMentionOfIt() {
        StoryRecord r = analyze("Volunteers joined the flood fight in Fargo on Monday. Despite showers, Fargo Mayor "
                + "Dennis Walaker said the city had a good day. Fargo raised its goal for sandbags. There are some "
                + "places in south Fargo where the water could rise.", "2009-03-24");
        Entity fargo = entityNamed(r, "Fargo");
        assertEquals(EntityType.LOCATION, fargo.type());
        assertEquals(4, fargo.mentions().stream().filter(m -> m.text().equals("Fargo")).count(), fargo.mentions().toString());
        assertEquals(EntityType.PERSON, entityNamed(r, "Dennis Walaker").type(), "the mayor stays a person");
    }

    @Test
    void aPersonNamedAgainWhereTheTaggerMissedItIsAnotherMentionOfThem() {
        StoryRecord r = analyze("Washington and Beijing launched a 100-day economic plan during Trump’s first meeting "
                + "with Xi in April. U.S. President Donald Trump will visit Chinese President Xi Jinping next week. "
                + "Xi vowed on Monday that China would open up its economy.", "2017-10-31");
        Entity xi = entityNamed(r, "Xi Jinping");
        String text = r.article().text();
        int first = text.indexOf("Xi in April");
        assertTrue(xi.mentions().stream().anyMatch(m -> m.start() == first), "the Xi the tagger missed: " + xi.mentions());
    }

    @Test
    void aDescriptionWithAPartyBeforeItsRoleIsThePersonHoldingTheRole() {
        StoryRecord r = analyze("U.S. President Donald Trump said the agency was a disaster. Hours later, the Republican "
                + "president named Mick Mulvaney as its acting director.", "2017-11-25");
        Entity trump = entityNamed(r, "Donald Trump");
        assertTrue(trump.mentions().stream().anyMatch(m -> m.text().equals("the Republican president")), trump.mentions().toString());
    }

    @Test
    void aBodyDescribedAgainByTheNounItsNameEndsInIsThatBody() {
        StoryRecord r = analyze("The U.S. Consumer Financial Protection Bureau was plunged into confusion. President Hugo "
                + "Brandt called the agency a total disaster. The House Intelligence Committee met on Monday. Erik Prince "
                + "said the panel had wasted time. The committee of experts did not meet.", "2017-11-26");
        Entity bureau = entityNamed(r, "U.S. Consumer Financial Protection Bureau");
        assertTrue(bureau.mentions().stream().anyMatch(m -> m.text().equals("the agency")), bureau.mentions().toString());
        Entity committee = entityNamed(r, "House Intelligence Committee");
        assertTrue(committee.mentions().stream().anyMatch(m -> m.text().equals("the panel")), committee.mentions().toString());
        assertTrue(committee.mentions().stream().noneMatch(m -> m.text().equals("The committee")),
                "\"the committee of experts\" is another body: " + committee.mentions());
        StoryRecord none = analyze("President Hugo Brandt called the agency a total disaster.", "2017-11-26");
        assertTrue(none.entities().stream().noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().equals("the agency"))),
                "no body named before: no one");
        StoryRecord leader = analyze("The U.S. Consumer Financial Protection Bureau was plunged into confusion. The Brandt "
                + "administration is aware of the lawsuit. Brandt called the agency a total disaster.", "2017-11-26");
        assertTrue(entityNamed(leader, "U.S. Consumer Financial Protection Bureau").mentions().stream()
                        .anyMatch(m -> m.text().equals("the agency")),
                "a government named for its leader is no agency: " + leader.entities());
    }

    @Test
    void theMembersOfAnAmericanPartyAreAGroupOfTheUnitedStates() {
        StoryRecord r = analyze("Republicans have attacked Special Counsel Robert Mueller. Senate Democrats urged Christopher "
                + "Wray to resign.", "2017-12-13");
        Entity republicans = entityNamed(r, "Republicans");
        assertEquals(EntityType.GROUP, republicans.type(), r.entities().toString());
        assertEquals("USA", republicans.country());
        assertEquals(EntityType.GROUP, entityNamed(r, "Senate Democrats").type(), r.entities().toString());
    }

    @Test
    void businessesAndTheirLobbiesQualifiedByACountryAreGroupsThatPronounsFollow() {
        StoryRecord r = analyze("The official China Daily newspaper reported the pledge. U.S. business lobbies argue that "
                + "Chinese companies operate freely. They have also criticized the plan.", "2017-10-31");
        Entity lobbies = entityNamed(r, "U.S. business lobbies");
        assertEquals(EntityType.GROUP, lobbies.type(), r.entities().toString());
        assertEquals("USA", lobbies.country());
        assertTrue(lobbies.mentions().stream().anyMatch(m -> m.text().equals("They")), lobbies.toString());
        assertEquals("CHN", entityNamed(r, "Chinese companies").country(), r.entities().toString());
    }

    @Test
    void anUnnamedGroupThatSpeaksIsAPartyButAnOwnedOneIsNot() {
        StoryRecord r = analyze("Police said the man was arrested on Monday. Critics say the arrests were unlawful.",
                "2017-10-31");
        assertEquals(EntityType.GROUP, entityNamed(r, "Police").type(), r.entities().toString());
        assertEquals(EntityType.GROUP, entityNamed(r, "Critics").type(), r.entities().toString());
        StoryRecord owned = analyze("Senator Tom Carper met reporters. His aides said the bill would pass.", "2017-10-31");
        assertTrue(owned.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase("aides")), owned.entities().toString());
    }

    @Test
    void aCollectiveActorActsAsOneBodyEvenUnnamedButTroopsAreNot() {
        StoryRecord r = analyze("Police used water cannon to stop hundreds of protesters on Monday. Left-wing protesters "
                + "carried placards. Troops were deployed near the border.", "2017-11-13");
        assertEquals(EntityType.GROUP, entityNamed(r, "Police").type(), r.entities().toString());
        assertEquals(EntityType.GROUP, entityNamed(r, "Left-wing protesters").type(), r.entities().toString());
        assertTrue(r.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase("troops")),
                "troops of which side the story does not say: " + r.entities());
    }

    @Test
    void aProperNounTheTaggerMissedThatSaysSomethingIsSomeone() {
        StoryRecord r = analyze("Trump said the rate was 42 percent. PolitiFact claimed the figure was false.",
                "2016-09-01");
        assertEquals(EntityType.ORGANIZATION, entityNamed(r, "PolitiFact").type(), r.entities().toString());
        StoryRecord plural = analyze("Democrats said the figure was false.", "2016-09-01");
        assertTrue(plural.entities().stream().noneMatch(e -> e.name().equals("Democrats")
                && e.type() == EntityType.ORGANIZATION), "a plural subject is a group, not a body");
    }

    @Test
    void aDatelineInCapitalsIsAPlace() {
        StoryRecord r = analyze("Couple faces drug counts. CROMWELL — A town couple was charged on Monday.", "2009-03-24");
        assertEquals(EntityType.LOCATION, entityNamed(r, "CROMWELL").type());
        StoryRecord qualified = analyze("Crew blasts off. BAIKONUR, Kazakhstan — A capsule lifted off on Thursday.",
                "2009-03-26");
        assertEquals(EntityType.LOCATION, entityNamed(qualified, "BAIKONUR").type());
        StoryRecord none = analyze("NASA said on Monday that the launch was delayed.", "2009-03-26");
        assertTrue(none.entities().stream().noneMatch(e -> e.name().equals("NASA") && e.type() == EntityType.LOCATION),
                "capitals with no dash after them are no dateline");
    }

    @Test
    void theNamesOfAListThatCountiesClosesAreCounties() {
        StoryRecord r = analyze("Snow closed roads in Becker, Clay, Douglas and Wilkin counties on Monday. "
                + "Douglas and Wyandotte counties also improved.", "2024-03-05");
        for (String n : java.util.List.of("Becker", "Clay", "Douglas", "Wilkin", "Wyandotte")) {
            assertEquals(EntityType.LOCATION, entityNamed(r, n).type(), n);
            assertEquals("COUNTY", entityNamed(r, n).subtype(), n);
        }
        assertTrue(ofType(r, EntityType.PERSON).isEmpty(), "no person \"Douglas\": " + ofType(r, EntityType.PERSON));
        StoryRecord one = analyze("Officials in Clay County said the roads were closed.", "2024-03-05");
        assertTrue(one.entities().stream().noneMatch(e -> "COUNTY".equals(e.subtype()) && e.name().equals("Clay")),
                "a county named with its word is one name, not a list");
    }

    @Test
    void aFullNameWithoutItsFirstNameIsTheSamePersonButAnotherFirstNameIsNot() {
        StoryRecord r = analyze("Donald Trump Jr. met lawyers on Monday. Trump Jr. later said the meeting was short. "
                + "Eric Trump did not attend.", "2024-06-12");
        assertTrue(entityNamed(r, "Donald Trump Jr.").aliases().contains("Trump Jr."));
        assertFalse(entityNamed(r, "Eric Trump").aliases().contains("Trump Jr."));
    }

    @Test
    void pronounsFollowGenderAndSkipPeopleNamedOnlyInsideQuotes() {
        StoryRecord r = analyze("Anna Berg met Thomas Keller in Oslo. She said the talks were useful.\n"
                + "\"We spoke with President Keller about trade,\" she wrote on social media.", "2024-03-05");
        Entity berg = entityNamed(r, "Anna Berg");
        long pronouns = berg.mentions().stream().filter(m -> m.text().equalsIgnoreCase("she")).count();
        assertEquals(2, pronouns, "both 'she' are Anna Berg's: " + berg.mentions());
        Entity keller = entityNamed(r, "Thomas Keller");
        assertFalse(keller.mentions().stream().anyMatch(m -> m.text().equalsIgnoreCase("she")));
    }

    @Test
    void aCapitalActingAsAGovernmentJoinsItsCountryButAPlaceStaysAPlace() {
        StoryRecord r = analyze("Paris and Berlin signed a new energy accord on Tuesday. "
                + "Officials met in Madrid a week earlier. France had asked for the deal.", "2024-06-12");
        Entity france = entityNamed(r, "France");
        assertEquals(EntityType.LOCATION, france.type());
        assertEquals("FRA", france.country());
        assertTrue(france.aliases().contains("Paris"), france.aliases().toString());
        assertEquals("DEU", entityNamed(r, "Berlin").country());
        Entity madrid = entityNamed(r, "Madrid");
        assertEquals("Madrid", madrid.name(), "a place after 'in' is the city itself");
        assertEquals("ESP", madrid.country());
    }

    @Test
    void aCapitalIsTheCityWhereTheTextPlacesSomethingInItOrNamesItAsAPlace() {
        StoryRecord r = analyze("Russian and American officials marked the start of daily flights between "
                + "Washington's Dulles Airport and Moscow's Sheremetyevo Airport. The airline hopes to fly between "
                + "New York and Moscow next year. Moscow said it welcomed the plan.", "2009-03-20");
        Entity russia = entityNamed(r, "Russia");
        assertTrue(russia.mentions().stream().anyMatch(m -> m.text().equals("Moscow")),
                "Moscow said: the government " + russia.mentions());
        long asPlaces = r.entities().stream().filter(e -> e.name().equals("Moscow")).count();
        assertEquals(1, asPlaces, "the owner of an airport and the end of a route are the city: " + r.entities());
        assertEquals(2, entityNamed(r, "Moscow").mentions().size(), entityNamed(r, "Moscow").mentions().toString());
        assertEquals("Washington", entityNamed(r, "Washington").name(), "the airport's city, not the United States");
        StoryRecord dc = analyze("Visitors came from as far as Texas and Washington, D.C., to see him.", "2009-03-20");
        assertTrue(dc.entities().stream().noneMatch(e -> e.name().equals("United States")), dc.entities().toString());
        StoryRecord dateline = analyze("Lawmakers vote. WASHINGTON \u2014 The House voted on Thursday to tax the "
                + "bonuses, after Russia objected.", "2009-03-20");
        assertTrue(dateline.entities().stream().anyMatch(e -> e.name().equalsIgnoreCase("Washington")
                && e.type() == EntityType.LOCATION), "a dateline is where the story was filed: " + dateline.entities());
    }

    @Test
    void aMonthOrDayAsNewsAbbreviatesItIsNoPlace() {
        StoryRecord r = analyze("A federal judge in Maryland also halted the ban in Nov. 21 ruling, and another "
                + "ruled on Tues. in Hawaii.", "2017-12-01");
        assertTrue(r.entities().stream().noneMatch(e -> e.name().startsWith("Nov") || e.name().startsWith("Tues")),
                r.entities().toString());
    }

    @Test
    void aPersonsNameEndsBeforeWhereTheyLiveOrTheTownWhoseOfficeTheyHold() {
        StoryRecord r = analyze("Tom Del Beccaro of Lafayette, vice chairman of the state party, spoke first. "
                + "Litchfield Selectman Marsha Bernstein spoke after him, as did Charles City Sheriff Javier J. Smith.",
                "2009-03-20");
        assertEquals(EntityType.PERSON, entityNamed(r, "Tom Del Beccaro").type());
        assertEquals(EntityType.LOCATION, entityNamed(r, "Lafayette").type());
        assertEquals(EntityType.PERSON, entityNamed(r, "Marsha Bernstein").type());
        assertEquals(EntityType.LOCATION, entityNamed(r, "Litchfield").type());
        assertEquals(EntityType.PERSON, entityNamed(r, "Javier J. Smith").type());
        assertEquals(EntityType.LOCATION, entityNamed(r, "Charles City").type(), "a town of two words, the first a name's");
        assertTrue(r.entities().stream().noneMatch(e -> e.name().contains(" of Lafayette")
                || e.name().startsWith("Litchfield Selectman")), r.entities().toString());
        StoryRecord duke = analyze("President Anna Roe met Prime Minister Ken Dahl in Oslo, as did Vice President Jo "
                + "Lind and Home Secretary Amy Rudd.", "2009-03-20");
        assertTrue(duke.entities().stream().noneMatch(e -> e.name().equals("Vice") || e.name().equals("Home")),
                "an office's first word is no town: " + duke.entities());
        assertEquals(EntityType.PERSON, entityNamed(duke, "Anna Roe").type(), "a title is no town");
        assertEquals(EntityType.PERSON, entityNamed(duke, "Ken Dahl").type());
    }

    @Test
    void aTownNamedLikeACapitalIsATownWhereTheStoryHasNoTraceOfThatCountry() {
        StoryRecord r = analyze("Paris collected $597,667 in sales taxes in March, Lamar County officials said. "
                + "Roxton and Paris expect more as the pipeline is built across Texas.", "2009-04-12");
        Entity paris = entityNamed(r, "Paris");
        assertEquals("Paris", paris.name(), "no government of France in a story with no trace of France");
        assertTrue(r.entities().stream().noneMatch(e -> e.name().equals("France")), r.entities().toString());
    }

    @Test
    void aNationalityOfTwoWordsMentionsItsCountry() {
        StoryRecord r = analyze("Sri Lankan troops shelled the rebel-held area, a spokesman said.", "2009-04-12");
        Entity lanka = entityNamed(r, "Sri Lanka");
        assertEquals("LKA", lanka.country());
        assertTrue(lanka.mentions().stream().anyMatch(m -> m.text().equals("Sri Lankan")), lanka.mentions().toString());
    }

    @Test
    void theNationalityOfADescriptionMentionsItsCountry() {
        StoryRecord r = analyze("Egypt expelled the Turkish ambassador on Tuesday.", "2024-06-12");
        Entity turkey = entityNamed(r, "Turkey");
        assertEquals("TUR", turkey.country());
        assertTrue(turkey.mentions().stream().anyMatch(m -> m.text().equals("Turkish")), turkey.mentions().toString());
    }

    @Test
    void agesComeFromAppositionsAndYearOldPhrases() {
        StoryRecord r = analyze("Tom Reyes, 52, a farmer from the valley, lost his barn. "
                + "His neighbour, the 61-year-old banker Carla Diaz, offered help. "
                + "Photos showed eight-year-olds Mia Ross and Leo Park at the scene.", "2024-06-12");
        assertEquals(52, entityNamed(r, "Tom Reyes").age());
        assertEquals(8, entityNamed(r, "Mia Ross").age());
        assertEquals(8, entityNamed(r, "Leo Park").age());
    }

    @Test
    void aPartyQualifiesAGroupOfLegislators() {
        StoryRecord r = analyze("Trump met Republican senators and federal regulators on Tuesday.", "2024-06-12");
        assertEquals(EntityType.GROUP, entityNamed(r, "Republican senators").type());
        assertEquals(EntityType.GROUP, entityNamed(r, "federal regulators").type());
    }

    @Test
    void thoseWhoStandWithSomeoneNamedAreAGroupOfTheirOwn() {
        StoryRecord r = analyze("Lawyers for Bob Menendez and Salomon Melgen told the jury they did nothing wrong.",
                "2024-06-12");
        assertEquals(EntityType.GROUP, entityNamed(r, "Lawyers for Bob Menendez and Salomon Melgen").type());
        assertEquals(EntityType.PERSON, entityNamed(r, "Bob Menendez").type());
    }

    @Test
    void groupsAndInstitutionsCarryTheirCountry() {
        StoryRecord r = analyze("Chilean officials said the Pentagon had shared the report with the Kremlin.",
                "2024-06-12");
        Entity group = entityNamed(r, "Chilean officials");
        assertEquals(EntityType.GROUP, group.type());
        assertEquals("CHL", group.country());
        Entity pentagon = entityNamed(r, "Pentagon");
        assertEquals(EntityType.ORGANIZATION, pentagon.type());
        assertEquals("USA", pentagon.country());
        assertEquals("MIL", pentagon.sector());
        assertEquals("RUS", entityNamed(r, "Kremlin").country());
    }

    @Test
    void aDescriptionWithANationalityJoinsTheCompatiblePersonNotTheSubject() {
        StoryRecord r = analyze("US envoy Mark Stone met Ivan Petrenko in Kyiv, where Prime Minister Jane Hall "
                + "urged the Ukrainian leader to sign the deal.", "2024-06-12");
        Entity petrenko = entityNamed(r, "Ivan Petrenko");
        assertTrue(petrenko.aliases().contains("the Ukrainian leader"), petrenko.aliases().toString());
        assertEquals("UKR", petrenko.country());
        assertFalse(entityNamed(r, "Jane Hall").aliases().contains("the Ukrainian leader"));
    }

    @Test
    void aShortNameJoinsTheLongerOrganisationButAPartOfABodyStaysApart() {
        StoryRecord r = analyze("The New York Times reported the vote. The Senate Judiciary Committee met on Monday "
                + "and the Senate voted on Tuesday, the Times said.", "2024-06-12");
        assertTrue(entityNamed(r, "New York Times").aliases().contains("Times"));
        Entity committee = entityNamed(r, "Senate Judiciary Committee");
        assertFalse(committee.aliases().contains("Senate"), committee.aliases().toString());
        assertEquals("Senate", entityNamed(r, "Senate").name());
    }

    @Test
    void mentionsPointAtTheirWordsInCodePoints() {
        String text = "\uD83D\uDCF0 Update: Lena Ortiz won the vote in Lima.";
        StoryRecord r = analyze(text, "2024-06-12");
        Span m = entityNamed(r, "Lena Ortiz").mentions().get(0);
        int[] cps = text.codePoints().toArray();
        assertEquals("Lena Ortiz", new String(cps, m.start(), m.end() - m.start()));
    }

    @Test
    void textWithNoNamesGivesNoEntitiesAndNoError() {
        StoryRecord r = analyze("it was raining. nothing happened here at all.", null);
        assertTrue(r.entities().isEmpty(), r.entities().toString());
        assertNull(r.article().published());
    }

    @Test
    void aStatesPeopleAreAGroupOfThatState() {
        StoryRecord r = analyze("Many New Yorkers and Texans said on Monday they would stay home. Texans fans cheered.",
                "2009-05-04");
        assertEquals(EntityType.GROUP, entityNamed(r, "New Yorkers").type(), r.entities().toString());
        assertEquals(EntityType.GROUP, entityNamed(r, "Texans").type(), r.entities().toString());
        assertTrue(r.entities().stream().noneMatch(e -> e.name().equals("Yorkers")), r.entities().toString());
    }

    @Test
    void capitalisedWordsEndingInTheNounOfABodyNameABodyWithItsNationality() {
        // the tagger leaves such names untagged; inside a person's description they are a body of their own
        StoryRecord r = analyze("Lena Ortiz, head of the Peruvian Sovereign Wealth Fund, spoke in Lima on Monday.", "2024-06-12");
        Entity fund = entityNamed(r, "Peruvian Sovereign Wealth Fund");
        assertEquals(EntityType.ORGANIZATION, fund.type(), r.entities().toString());
        assertEquals("PER", fund.country());
        assertEquals(EntityType.PERSON, entityNamed(r, "Lena Ortiz").type());
    }

    @Test
    void anAcronymTheTextDefinesForABodyIsThatBodyWhereverItStandsAlone() {
        StoryRecord r = analyze("The inquiry, known as the Joint Fact-Finding Panel (JFFP), reported on Monday. Lena Ortiz "
                + "chairs the Andean Water Fund, or AWF. The JFFP blamed the AWF for the shortage.", "2024-06-12");
        Entity panel = entityNamed(r, "Joint Fact-Finding Panel");
        assertEquals(EntityType.ORGANIZATION, panel.type(), r.entities().toString());
        assertEquals(3, panel.mentions().size(), panel.toString()); // the name, the acronym in brackets, and alone
        assertEquals(3, entityNamed(r, "Andean Water Fund").mentions().size(), r.entities().toString());
        // an acronym of a thing or a scheme names no one
        StoryRecord t = analyze("Lena Ortiz praised the Renewable Fuel Standard (RFS) in Lima. The RFS was changed.", "2024-06-12");
        assertTrue(t.entities().stream().noneMatch(e -> e.name().contains("RFS")), t.entities().toString());
    }
}
