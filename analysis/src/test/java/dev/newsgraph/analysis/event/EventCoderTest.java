package dev.newsgraph.analysis.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.Event;
import dev.newsgraph.model.EventQuantity;
import dev.newsgraph.model.EventType;
import dev.newsgraph.model.Modality;
import dev.newsgraph.model.Precision;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventCoderTest {

    private static Event only(List<Event> events, EventType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertEquals(1, of.size(), "one " + type + " event in " + events);
        return of.get(0);
    }

    private static boolean none(List<Event> events, EventType type) {
        return events.stream().noneMatch(e -> e.type() == type);
    }

    /** Asserts the names of an event's source and target. */
    private static void assertSides(Stories s, Event e, List<String> source, List<String> target) {
        assertEquals(source, s.names(e.source()), e.toString());
        assertEquals(target, s.names(e.target()), e.toString());
    }

    @Test
    void aMeetingHasItsSubjectAsSourceTheWithPhraseAsTargetAndItsOwnDateAndPlace() {
        Stories s = Stories.of("Pakistani envoy Imran Qureshi met with Afghan Foreign Minister Amir Khan Muttaqi in Kabul on Tuesday.")
                .time("Tuesday", "2024-03-12");
        Event e = only(s.events(), EventType.CONSULT);
        assertEquals(List.of("Imran Qureshi"), s.names(e.source()));
        assertTrue(s.names(e.target()).get(0).contains("Muttaqi"), s.names(e.target()).toString());
        assertEquals("Kabul", s.entity(e.location()).name());
        assertEquals("2024-03-12", e.date().value());
        assertEquals(Precision.DAY, e.date().precision());
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals(s.text(), e.evidence().text());
        assertTrue(e.confidence() > 0.5 && e.confidence() <= 1);
    }

    @Test
    void aPassiveTakesItsAgentAsSourceAndItsSubjectAsTarget() {
        Stories s = Stories.of("Tension is rising in Turkey. Opposition leader Ali Demir was arrested by Turkish police in Ankara.");
        Event e = only(s.events(), EventType.COERCE);
        assertEquals("arrest", e.mode());
        assertEquals(List.of("Ali Demir"), s.names(e.target()));
        assertFalse(e.source().isEmpty(), "the police, or Turkey for them");
        assertEquals("TUR", s.entity(e.source().get(0)).country());
    }

    @Test
    void thePlaceAStoryIsFiledFromIsNoPartyToItsFirstSentence() {
        Stories s = Stories.of("PALM BEACH, FLORIDA (Reuters) - U.S. President Hugo Brandt gave a bullish Thanksgiving "
                + "address to troops overseas on Thursday, hailing progress against Islamic State in Iraq.");
        for (Event e : s.events()) {
            assertFalse(s.names(e.source()).contains("Palm Beach"), e.toString());
            assertFalse(s.names(e.target()).contains("Palm Beach"), e.toString());
        }
    }

    @Test
    void conjoinedSubjectsOfASymmetricEventBecomeSourceAndTarget() {
        Stories s = Stories.of("Egypt and Jordan agreed on Sunday to expand their trade ties.");
        Event e = only(s.events(), EventType.AGREE);
        assertEquals(List.of("Egypt"), s.names(e.source()));
        assertEquals(List.of("Jordan"), s.names(e.target()));
    }

    @Test
    void aNominalAttackTakesItsDoerFromTheDemonymAndItsCasualtiesFromTheNextSentence() {
        Stories s = Stories.of("Israel and Hamas traded fire overnight. On Sunday an Israeli air strike on Khan Younis hit a school. "
                + "The strike killed 12 people, health officials said.")
                .time("On Sunday", "2024-03-10")
                .count("12 people", 12);
        Event e = only(s.events(), EventType.ASSAULT);
        assertEquals(List.of("Israel"), s.names(e.source()));
        assertEquals("aerial", e.mode());
        assertEquals("2024-03-10", e.date().value());
        EventQuantity killed = e.quantities().stream().filter(q -> q.kind().equals("killed")).findFirst().orElseThrow();
        assertEquals(12, killed.value());
        assertTrue(e.evidence().text().contains("The strike killed 12 people"), "evidence reaches the count: " + e.evidence());
    }

    @Test
    void aVerbWithItsParticleTriggersButTheSameVerbWithAnotherObjectDoesNot() {
        assertFalse(none(Stories.of("Chancellor Olaf Scholz called for calm in Hamburg.").events(), EventType.REQUEST));
        assertTrue(Stories.of("Chancellor Olaf Scholz laid flowers at the memorial in Hamburg.").events().isEmpty());
    }

    @Test
    void aDeniedActIsTheDeniersRejectionNotTheAct() {
        List<Event> events = Stories.of("Russia on Monday denied attacking the Ukrainian port of Odesa.").events();
        assertTrue(none(events, EventType.ASSAULT), events.toString());
        only(events, EventType.REJECT);
    }

    @Test
    void whatSomeoneSaysIsReportedAndAttributedToThem() {
        Stories s = Stories.of("Mexican prosecutor Sofia Rivas said soldiers had detained the mayor of Iguala, Jose Abarca.");
        Event e = only(s.events(), EventType.COERCE);
        assertEquals(Modality.REPORTED, e.modality());
        assertEquals("Sofia Rivas", s.entity(e.attributedTo()).name());
    }

    @Test
    void whatDidNotHappenIsNoEventAndAPromisedKindnessIsAnAgreement() {
        assertTrue(Stories.of("President Lula did not meet Javier Milei in Brasilia.").events().isEmpty());
        assertFalse(Stories.of("President Lula met Javier Milei in Brasilia.").events().isEmpty());
        Stories promise = Stories.of("Norway will provide humanitarian aid to Sudan.");
        Event e = only(promise.events(), EventType.AGREE);
        assertEquals(List.of("Norway"), promise.names(e.source()));
    }

    @Test
    void whatSomeoneSaysAnotherMustDoIsTheirDemand() {
        Stories s = Stories.of("Germany said Iran must release the detained journalists.");
        Event e = only(s.events(), EventType.REQUEST);
        assertEquals(List.of("Germany"), s.names(e.source()));
        assertEquals(List.of("Iran"), s.names(e.target()));
        assertTrue(none(s.events(), EventType.CONCEDE), "the release has not happened");
    }

    @Test
    void aJudgementOfSomeoneInReportedSpeechIsTheSpeakersAccusation() {
        Stories s = Stories.of("Senator John Walsh said Governor Mark Deane had wasted millions of dollars.");
        Event e = only(s.events(), EventType.ACCUSE);
        assertEquals(List.of("John Walsh"), s.names(e.source()));
        assertEquals(List.of("Mark Deane"), s.names(e.target()));
        assertEquals(Modality.ASSERTED, e.modality());
    }

    @Test
    void aReportOfSomeonesActOrANegatedJudgementIsNoAccusation() {
        assertTrue(none(Stories.of("Senator John Walsh said Governor Mark Deane had done nothing wrong.").events(),
                EventType.ACCUSE), "negated");
        assertTrue(none(Stories.of("Senator John Walsh said Governor Mark Deane had met Chinese officials.").events(),
                EventType.ACCUSE), "no judgement");
        assertTrue(none(Stories.of("Police chief John Walsh said Mark Deane killed two guards.").events(),
                EventType.ACCUSE), "an act, coded as itself");
    }

    @Test
    void callingSomeoneSomethingBadIsAnAccusationNotACall() {
        Stories s = Stories.of("President Mark Deane called the European Union a total disaster.");
        Event e = only(s.events(), EventType.ACCUSE);
        assertEquals(List.of("Mark Deane"), s.names(e.source()));
        assertEquals(List.of("European Union"), s.names(e.target()));
        assertTrue(none(s.events(), EventType.CONSULT), "not a phone call");
        assertTrue(none(s.events(), EventType.REQUEST));
    }

    @Test
    void namingSomethingIsNoPhoneCallAndNamingAnActViolenceAccusesItsDoer() {
        Stories liar = Stories.of("President Mark Deane called Senator Bob Corker a liar.");
        assertEquals(List.of("Bob Corker"), liar.names(only(liar.events(), EventType.ACCUSE).target()));
        assertTrue(none(liar.events(), EventType.CONSULT), "a name given, not a phone call: " + liar.events());
        Stories cleansing = Stories.of("The United States on Wednesday called the Myanmar military operation against the "
                + "Rohingya population \u201cethnic cleansing\u201d.");
        Event e = only(cleansing.events(), EventType.ACCUSE);
        assertEquals(List.of("United States"), cleansing.names(e.source()));
        assertEquals(List.of("Myanmar (Burma)"), cleansing.names(e.target()));
        assertTrue(none(cleansing.events(), EventType.CONSULT), cleansing.events().toString());
        Stories probe = Stories.of("Mark Deane called the probe \u201ca witch hunt.\u201d");
        assertTrue(probe.events().isEmpty(), "the probe named is not the namer's own: " + probe.events());
        Stories phone = Stories.of("Mark Deane called Bob Corker on Wednesday.");
        assertFalse(none(phone.events(), EventType.CONSULT), "a phone call: " + phone.events());
    }

    @Test
    void aClaimCalledUntrueIsDeniedAndAimedAtWhoeverMadeIt() {
        Stories s = Stories.of("Roy Moore said on Monday that Beverly Nelson's accusations were \u201cabsolutely false.\u201d");
        Event e = only(s.events(), EventType.REJECT);
        assertEquals(List.of("Roy Moore"), s.names(e.source()));
        assertEquals(List.of("Beverly Nelson"), s.names(e.target()));
        Stories smear = Stories.of("Roy Moore called the allegations a smear campaign by his political opponents.");
        assertEquals(List.of("Roy Moore"), smear.names(only(smear.events(), EventType.REJECT).source()));
        assertTrue(none(smear.events(), EventType.CONSULT), smear.events().toString());
        assertTrue(none(Stories.of("Senator John Smith said the charges were not false.").events(), EventType.REJECT));
    }

    @Test
    void displeasureWithSomeoneIsTheirAccusationButTheOneWhoFeelsItIsNotJudged() {
        Event e = only(Stories.of("German officials are angry with Turkey over the arrests.").events(), EventType.ACCUSE);
        Stories angry = Stories.of("German officials are angry with Turkey over the arrests.");
        assertEquals("DEU", angry.entity(only(angry.events(), EventType.ACCUSE).source().get(0)).country());
        assertEquals(List.of("Turkey"), angry.names(e.target()));
        assertTrue(none(Stories.of("\"The American public is angry,\" said Senator John Walsh.").events(), EventType.ACCUSE));
    }

    @Test
    void pushingBackOnSomethingIsARejectionAndBeingFiredFromAPostIsNoShooting() {
        Event e = only(Stories.of("Pakistani officials have pushed back on the U.S. accusations.").events(), EventType.REJECT);
        assertTrue(none(Stories.of("Pakistani officials have pushed back on the U.S. accusations.").events(), EventType.ACCUSE));
        assertEquals(1, e.source().size());
        Stories fired = Stories.of("The Turkish government said police chief Ali Demir was fired from his post on Monday.");
        assertTrue(none(fired.events(), EventType.ASSAULT), fired.events().toString());
        assertEquals(List.of("Ali Demir"), fired.names(only(fired.events(), EventType.COERCE).target()));
    }

    @Test
    void moneyAgreedAsAidIsAnAidEventWithItsAmount() {
        Stories s = Stories.of("The World Bank agreed $500m in economic aid for Ethiopia.").money("$500m", 5e8, "USD");
        Event e = only(s.events(), EventType.AID);
        assertEquals(List.of("World Bank"), s.names(e.source()));
        assertEquals(List.of("Ethiopia"), s.names(e.target()));
        assertEquals("economic", e.mode());
        assertEquals(List.of(new EventQuantity("money", 5e8, "USD", "$500m")), e.quantities());
    }

    @Test
    void theSameHappeningToldTwiceIsOneEventWithTheFullestDetails() {
        Stories s = Stories.of("Sudan's army shelled Omdurman.\nAid groups warned of hunger. "
                + "The Sudanese army shelled Omdurman on Friday, killing 9 civilians.")
                .time("on Friday", "2024-03-08")
                .count("9 civilians", 9);
        Event e = only(s.events(), EventType.ASSAULT);
        assertEquals("2024-03-08", e.date().value());
        assertEquals(9, e.quantities().get(0).value());
    }

    @Test
    void anEventNounTakesTheDateOfTheVerbThatCarriesIt() {
        Stories s = Stories.of("Late on Monday, Nordic governments agreed $3bn in humanitarian aid for Sudan.")
                .time("Monday", "2024-03-04");
        Event e = only(s.events(), EventType.AID);
        assertEquals("2024-03-04", e.date().value());
    }

    @Test
    void anActAnInfinitiveCompletesIsDatedWithTheVerbItCompletes() {
        Stories s = Stories.of("Ruritania decided on Tuesday to impose sanctions on Freedonia.")
                .time("Tuesday", "2024-03-05");
        Event e = only(s.events(), EventType.SANCTION);
        assertEquals("2024-03-05", e.date().value());
    }

    @Test
    void callingSomeoneSomethingIsNoPhoneCall() {
        Stories s = Stories.of("Trade envoy Karl Weber called Chinese officials \u201cmaster negotiators\u201d on Monday.");
        assertTrue(s.events().stream().noneMatch(e -> e.type() == EventType.CONSULT), s.events().toString());
        Stories call = Stories.of("Trade envoy Karl Weber called Chinese Premier Li Qiang on Monday.");
        assertEquals(1, call.events().stream().filter(e -> e.type() == EventType.CONSULT).count(), call.events().toString());
    }

    @Test
    void aTwoPartyActWithOnlyOnePartyIsNoEventButAnAttackWithItsDeadIs() {
        Stories s = Stories.of("Norway offered its full support on Monday.");
        assertTrue(s.events().stream().noneMatch(e -> e.type() == EventType.SUPPORT), s.events().toString());
        Stories attack = Stories.of("A suicide bomber attacked a market in Kabul, killing 12 people.")
                .count("12 people", 12);
        assertEquals(1, attack.events().stream().filter(e -> e.type() == EventType.ASSAULT).count(),
                attack.events().toString());
    }

    @Test
    void theOneAnInquiryIsNamedAfterIsLookedIntoNotLooking() {
        Stories s = Stories.of("The Russia investigation has cast a shadow over the presidency.");
        assertTrue(s.events().stream().noneMatch(e -> !e.source().isEmpty() && s.names(e.source()).contains("Russia")),
                s.events().toString());
    }

    @Test
    void noDateIsGivenWhereTheSentenceHasNone() {
        Event e = only(Stories.of("Kenyan President William Ruto visited Ethiopia.").events(), EventType.CONSULT);
        assertNull(e.date(), "never the publication date");
    }

    @Test
    void aRunOnListOrTableGivesNoCrashAndOnlyEventsWithEvidence() {
        String runOn = "and the minister met the envoy ".repeat(400) + ".";
        String table = "Country | Troops | Aid\nFrance | 200 | 3m\nItaly | 150 | 2m\n";
        for (String text : List.of(runOn, table, "", "...", "Meet.")) {
            for (Event e : Stories.of(text).events()) {
                assertNotNull(e.evidence());
                assertTrue(e.evidence().end() <= text.length());
            }
        }
    }

    @Test
    void anAnnouncedWithdrawalOnConditionIsAThreatAtThePlaceLeft() {
        Stories s = Stories.of("Kenya said it will withdraw its police officers from Haiti unless the United States pays for the mission.");
        Event e = only(s.events(), EventType.THREATEN);
        assertEquals(List.of("Kenya"), s.names(e.source()));
        assertEquals(List.of("Haiti"), s.names(e.target()), "not its own officers");
        assertTrue(none(s.events(), EventType.RETREAT), "nothing was withdrawn yet");
        Stories plain = Stories.of("Iran threatened to close the strait unless Britain released its tanker.");
        assertEquals(List.of("United Kingdom"), plain.names(only(plain.events(), EventType.THREATEN).target()),
                "no one else named: whoever the condition names");
    }

    @Test
    void failingToAgreeIsARefusal() {
        Stories s = Stories.of("Armenia and Azerbaijan failed to reach agreement on the border in talks on Sunday.");
        assertFalse(none(s.events(), EventType.REJECT), s.events().toString());
        assertTrue(none(s.events(), EventType.AGREE), s.events().toString());
    }

    @Test
    void aTruceThatIsLackingIsNoEvent() {
        Stories s = Stories.of("Diplomats in Geneva regretted the lack of a truce between Sudan and Chad.");
        assertTrue(none(s.events(), EventType.RETREAT), s.events().toString());
    }

    @Test
    void aPartOfATollIsNotASecondToll() {
        Stories s = Stories.of("Russia launched a drone attack on Kharkiv on Monday. The attack killed 11 people, including four children.")
                .time("on Monday", "2024-03-11")
                .count("11 people", 11)
                .count("four children", 4);
        Event e = only(s.events(), EventType.ASSAULT);
        assertEquals(List.of(new EventQuantity("killed", 11, "people", "11 people")), e.quantities());
        assertEquals("aerial", e.mode());
    }

    @Test
    void talksAreANominalEventWhoseWithPhraseIsTheTarget() {
        Stories s = Stories.of("Iran held talks with the European Union in Geneva on Monday.");
        Event e = only(s.events(), EventType.CONSULT);
        assertEquals(List.of("Iran"), s.names(e.source()));
        assertTrue(s.names(e.target()).contains("European Union"), s.names(e.target()).toString());
    }

    @Test
    void aScheduleInTheWritersVoiceIsTheActPlannedButAPromiseReportedIsAnAgreement() {
        Stories plain = Stories.of("Turkish Foreign Minister Ali Demir will visit Egypt next week.");
        Event visit = only(plain.events(), EventType.CONSULT);
        assertEquals(Modality.PLANNED, visit.modality());
        assertTrue(none(plain.events(), EventType.AGREE), plain.events().toString());
        Stories said = Stories.of("Turkey said it would release the Egyptian fishermen.");
        assertFalse(none(said.events(), EventType.AGREE), said.events().toString());
    }

    @Test
    void theSubjectOfDrawingOrFacingAnActIsItsTarget() {
        Stories s = Stories.of("Russia faces new sanctions from the European Union.");
        Event e = only(s.events(), EventType.SANCTION);
        assertEquals(List.of("European Union"), s.names(e.source()));
        assertEquals(List.of("Russia"), s.names(e.target()));
    }

    @Test
    void aTriggerTheParseLeftWithoutObjectTakesTheNameWrittenAfterIt() {
        Stories s = Stories.of("Beirut again rejected Thursday a United Nations appeal for deploying army troops along its borders with Israel.");
        Event e = only(s.events(), EventType.REJECT);
        assertEquals(List.of("United Nations"), s.names(e.target()));
    }

    @Test
    void aNameAfterItsRoleIsTheOneMeantNotTheRolesOwner() {
        Stories s = Stories.of("In July, FBI agents raided the Virginia home of Trump's former campaign manager Paul Manafort.");
        assertFalse(s.events().isEmpty());
        for (Event e : s.events()) {
            assertEquals(List.of("Paul Manafort"), s.names(e.target()), e.toString());
        }
    }

    @Test
    void aPronounInWhatSomeoneSaysIsTheSayerAndAPersonFiredIsDismissed() {
        Stories s = Stories.of("Hamas fired rockets at Israel on Sunday. Militants loyal to Abu Omar said they attempted to "
                + "assassinate Prime Minister Iyad Allawi.");
        for (Event e : s.events()) {
            assertFalse(s.names(e.source()).contains("Hamas") && s.names(e.target()).contains("Iyad Allawi"),
                    "the unnamed militants said it, not Hamas: " + e);
        }
        Stories taliban = Stories.of("The Taliban said they attacked the Afghan army in Kandahar on Monday.");
        assertEquals(List.of("Taliban"), taliban.names(only(taliban.events(), EventType.ASSAULT).source()));
        Stories fired = Stories.of("President Hugo Brandt fired FBI Director James Comey in May.");
        assertTrue(none(fired.events(), EventType.ASSAULT), fired.events().toString());
        assertEquals(List.of("James Comey"), fired.names(only(fired.events(), EventType.COERCE).target()));
    }

    @Test
    void aPersonFiredInThePassiveIsDismissedButOneFiredUponIsShotAt() {
        Stories fired = Stories.of("Comey, who was fired in May by President Hugo Brandt, had led the investigation.");
        assertTrue(none(fired.events(), EventType.ASSAULT), fired.events().toString());
        Event e = only(fired.events(), EventType.COERCE);
        assertEquals(List.of("Hugo Brandt"), fired.names(e.source()));
        Stories day = Stories.of("Michael Flynn was fired on Feb. 13 by President Hugo Brandt.");
        assertEquals(List.of("Michael Flynn"), day.names(only(day.events(), EventType.COERCE).target()));
        Stories upon = Stories.of("Andrew Smith was fired upon by rebels near Goma.");
        assertTrue(none(upon.events(), EventType.COERCE), upon.events().toString());
        assertFalse(none(upon.events(), EventType.ASSAULT), upon.events().toString());
    }

    @Test
    void namedPeopleWhoClashDoSoInWordsAndAnAdAttackingSomeoneAccusesThem() {
        Stories s = Stories.of("President Hugo Brandt, who has clashed with Senator Mitt Romney in the past, said he wants "
                + "Orrin Hatch to run.");
        assertEquals(List.of("Mitt Romney"), s.names(only(s.events(), EventType.ACCUSE).target()));
        assertTrue(none(s.events(), EventType.ASSAULT), s.events().toString());
        Stories ads = Stories.of("Doug Jones has run ads attacking Republican opponent Roy Moore over a sex scandal.");
        assertEquals(List.of("Roy Moore"), ads.names(only(ads.events(), EventType.ACCUSE).target()));
        assertTrue(none(ads.events(), EventType.ASSAULT), ads.events().toString());
        Stories street = Stories.of("Supporters of Juan Guaido clashed with the National Guard in Caracas.");
        assertTrue(none(street.events(), EventType.ACCUSE), street.events().toString());
    }

    @Test
    void anActLookedIntoIsNotTheInvestigatorsOwn() {
        Stories s = Stories.of("Devin Nunes and Trey Gowdy opened investigations on Oct. 24 into the agreement struck "
                + "during the Obama administration.");
        assertTrue(none(s.events(), EventType.AGREE), s.events().toString());
        assertEquals(List.of("Devin Nunes", "Trey Gowdy"), s.names(only(s.events(), EventType.ACCUSE).source()));
    }

    @Test
    void aChamberThatPassesABillCooperatesWithNoOne() {
        assertTrue(Stories.of("Senate Republicans want to pass tax legislation by December.").events().isEmpty());
        assertTrue(Stories.of("The House of Representatives passed the bill on Thursday.").events().isEmpty());
        assertFalse(none(Stories.of("Australian officials passed information to the FBI.").events(), EventType.COOPERATE));
    }

    @Test
    void toFightToDoSomethingIsAnEffortNotCombat() {
        Stories s = Stories.of("The Republican National Committee will fight to keep control of the U.S. Senate.");
        assertTrue(none(s.events(), EventType.THREATEN) && none(s.events(), EventType.ASSAULT), s.events().toString());
        assertFalse(none(Stories.of("Rebels fought government troops near Aleppo.").events(), EventType.ASSAULT));
    }

    @Test
    void whatIsArguedOrReiteratedIsReportedAndDatedByTheSaying() {
        Stories s = Stories.of("Senator Tom Carper argued on Monday that Scott Pruitt had wasted time and taxpayer money.")
                .time("Monday", "2017-11-13");
        Event e = only(s.events(), EventType.ACCUSE);
        assertEquals(List.of("Scott Pruitt"), s.names(e.target()));
        assertEquals("2017-11-13", e.date().value());
        Stories x = Stories.of("President Xi Jinping reiterated on Monday that China would never accept sanctions.");
        for (Event ev : x.events()) {
            assertEquals(Modality.REPORTED, ev.modality(), ev.toString());
        }
    }

    @Test
    void theSecondActOfAnAttemptIsAsUnrealisedAsTheFirst() {
        Stories s = Stories.of("Luis Gutierrez has criticized Hugo Brandt's efforts to restrict immigration and to deport "
                + "millions of illegal immigrants in the United States.");
        assertEquals(List.of("Hugo Brandt"), s.names(only(s.events(), EventType.ACCUSE).target()));
        assertTrue(none(s.events(), EventType.COERCE), "neither act has happened: " + s.events());
    }

    @Test
    void aWarningOfHarmThreatensButAForecastDoesNot() {
        Stories harm = Stories.of("Iran warned that it would retaliate against Israel.");
        Event e = only(harm.events(), EventType.THREATEN);
        assertEquals(List.of("Iran"), harm.names(e.source()));
        assertEquals(List.of("Israel"), harm.names(e.target()));
        Stories befalls = Stories.of("President Hugo Brandt warned that North Korea would face tough sanctions.");
        assertEquals(List.of("North Korea"), befalls.names(only(befalls.events(), EventType.THREATEN).target()));
        assertTrue(Stories.of("Analysts warned that the CFPB fight could imperil the compromise.").events().isEmpty());
        Stories forecast = Stories.of("Chancellor Angela Merkel warned President Hugo Brandt that the European Union could "
                + "no longer rely on the United States.");
        assertTrue(none(forecast.events(), EventType.THREATEN), "what a third party may do is foretold: " + forecast.events());
        Stories vowed = Stories.of("Russia vowed retaliation against the United States.");
        assertEquals(List.of("United States"), vowed.names(only(vowed.events(), EventType.THREATEN).target()));
        assertFalse(none(Stories.of("Israel retaliated against Hamas with air strikes on Gaza.").events(), EventType.ASSAULT));
    }

    @Test
    void aRivalChallengedInARaceIsNoAccusedAndAQuestionOfHowIsNoInterrogation() {
        Stories run = Stories.of("Former Vice President Joe Biden left the door open to a presidential run to challenge "
                + "President Donald Trump in the 2020 election.");
        assertTrue(none(run.events(), EventType.ACCUSE), run.events().toString());
        Stories doubt = Stories.of("Senator John Smith questioned whether the Pentagon had followed the law.");
        assertTrue(none(doubt.events(), EventType.COERCE), "a doubt, not an interrogation: " + doubt.events());
        assertEquals(List.of("Pentagon"), doubt.names(only(doubt.events(), EventType.ACCUSE).target()));
        assertFalse(none(Stories.of("Police questioned the suspect for hours.").events(), EventType.COERCE));
    }

    @Test
    void marketsThatRallyRiseAndPeopleWhoRallyProtest() {
        assertTrue(none(Stories.of("U.S. stocks have been rallying in recent months on hopes of tax cuts.").events(),
                EventType.PROTEST));
        assertTrue(none(Stories.of("Asian shares rallied on Monday.").events(), EventType.PROTEST));
        assertFalse(none(Stories.of("Supporters of Juan Guaido rallied in Caracas on Saturday.").events(), EventType.PROTEST));
    }

    @Test
    void anActNamingBothPartiesIsToldAsFactUnderAnotherTriggerButNotUnderADemand() {
        Stories s = Stories.of("Special counsel Robert Mueller is investigating President Hugo Brandt's firing of "
                + "FBI Director James Comey.");
        Event e = only(s.events(), EventType.COERCE);
        assertEquals(List.of("Hugo Brandt"), s.names(e.source()));
        assertEquals(List.of("James Comey"), s.names(e.target()));
        Stories urged = Stories.of("Germany urged Russia's withdrawal from Ukraine.");
        assertTrue(none(urged.events(), EventType.RETREAT), urged.events().toString());
    }

    @Test
    void aVisitToComeIsNotTheMeetingThatWas() {
        Stories s = Stories.of("President Hugo Brandt met Chinese President Xi Jinping in April. "
                + "Brandt will visit Xi Jinping again.")
                .time("April", "2017-04");
        List<Event> consults = s.events().stream().filter(e -> e.type() == EventType.CONSULT).toList();
        assertEquals(2, consults.size(), consults.toString());
        assertTrue(consults.stream().anyMatch(e -> e.modality() == Modality.PLANNED));
        assertTrue(consults.stream().anyMatch(e -> e.modality() == Modality.ASSERTED && e.date() != null
                && e.date().value().equals("2017-04")));
    }

    @Test
    void aPurposeAStanceOrAComplementNamesTheTargetAVerbLeftWithout() {
        Stories fire = Stories.of("Egyptian police opened fire to disperse Moslem fundamentalist demonstrators on Monday night.");
        Event shot = only(fire.events(), EventType.ASSAULT);
        assertFalse(shot.target().isEmpty(), "whom the purpose is aimed at: " + fire.events());
        Stories strike = Stories.of("Salah Sidhoum staged a hunger strike on Sunday in protest against the abuses by "
                + "Algerian security forces.");
        Event protest = strike.events().stream().filter(e -> e.type() == EventType.PROTEST && !e.target().isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError(strike.events().toString()));
        assertTrue(strike.names(protest.target()).get(0).contains("security forces"), strike.names(protest.target()).toString());
        Stories renege = Stories.of("President Levy Mwanawasa has reneged on his commitment to the Zambian people.");
        Event e = only(renege.events(), EventType.REJECT);
        assertEquals("ZMB", renege.entity(e.target().get(0)).country());
    }

    @Test
    void theNationalityOfSomeoneUnnamedStandsForTheirCountry() {
        Stories s = Stories.of("An Argentine judge has ordered former president Carlos Menem to appear in court.");
        Event e = only(s.events(), EventType.REQUEST);
        assertEquals(List.of("Argentina"), s.names(e.source()));
        Stories bosnian = Stories.of("Serb forces shelled the Bosnian enclave of Gorazde on Friday.");
        bosnian.events();
        assertTrue(bosnian.entities().stream().anyMatch(x -> "BIH".equals(x.country())), bosnian.entities().toString());
    }

    @Test
    void aPromiseOfHarmIsAThreatAndAVerbTakenForANounIsStillAVerb() {
        Stories vow = Stories.of("Hamas vowed to attack Israel.");
        assertEquals(List.of("Israel"), vow.names(only(vow.events(), EventType.THREATEN).target()));
        assertTrue(none(vow.events(), EventType.AGREE), vow.events().toString());
        Stories farmers = Stories.of("Radical French farmers said on Friday they would blockade Lyon from Monday night.");
        Event e = only(farmers.events(), EventType.THREATEN);
        assertEquals(Modality.REPORTED, e.modality());
        Stories siege = Stories.of("The military government of President Prosper Avril declared a state of siege in Haiti on Saturday.");
        assertFalse(none(siege.events(), EventType.COERCE), siege.events().toString());
    }

    @Test
    void aCallForSomeoneToActIsARequestToThem() {
        Stories s = Stories.of("Senator Ann Lee called for Congress to block the sale of the port.");
        Event e = only(s.events(), EventType.REQUEST);
        assertEquals(List.of("Ann Lee"), s.names(e.source()));
        assertEquals(List.of("Congress"), s.names(e.target()));
        assertTrue(none(s.events(), EventType.CONSULT), "no phone call: " + s.events());
    }

    @Test
    void aResolutionCallingOnSomeoneToActIsARequestNotAPhoneCall() {
        // the parser marks "on" as the clause's own preposition here ("calling on X to resign")
        Stories s = Stories.of("Several Republicans in the House of Representatives introduced a resolution calling on "
                + "Robert Mueller to resign.");
        Event e = only(s.events(), EventType.REQUEST);
        assertEquals(List.of("Robert Mueller"), s.names(e.target()));
        assertTrue(none(s.events(), EventType.CONSULT), "no phone call: " + s.events());
        assertTrue(none(s.events(), EventType.RETREAT), "the resignation is asked for, not done: " + s.events());
        Stories call = Stories.of("Flynn's lawyer, Robert Kelner, called John Dowd, Trump's private lawyer, on Wednesday "
                + "to say the matter had reached a point where the two could no longer discuss it.");
        assertTrue(none(call.events(), EventType.REQUEST), "a day is no one asked: " + call.events());
    }

    @Test
    void sayingAnActNeverHappenedIsADenialAndWhoIsToBlameIsTheTarget() {
        Stories s = Stories.of("President Hugo Brandt has said there was no collusion between his campaign and Moscow.");
        Event e = only(s.events(), EventType.REJECT);
        assertEquals(List.of("Hugo Brandt"), s.names(e.source()));
        assertEquals(List.of("Russia"), s.names(e.target()));
        assertTrue(none(s.events(), EventType.COOPERATE), s.events().toString());
        Stories blame = Stories.of("Amnesty International found that the Syrian government was to blame for the attack.");
        Event b = only(blame.events(), EventType.ACCUSE);
        assertEquals(List.of("Amnesty International"), blame.names(b.source()));
        assertEquals("SYR", blame.entity(b.target().get(0)).country());
    }

    @Test
    void aTimeInARelativeClauseDatesThatClauseAndAMessageCarriesItsAct() {
        Stories s = Stories.of("China said it would release the Korean fishermen, with whom it fought in the 1950-53 Korean war.")
                .time("1950", "1950");
        Event release = only(s.events(), EventType.AGREE);
        assertNull(release.date(), "the war's year is not the release's: " + release);
        Stories message = Stories.of("U.S. Secretary of State Rex Tillerson delivered a message of support to European allies "
                + "in Brussels on Tuesday.").time("on Tuesday", "2017-12-05");
        Event e = only(message.events(), EventType.SUPPORT);
        assertEquals(List.of("Rex Tillerson"), message.names(e.source()));
        assertEquals("2017-12-05", e.date().value());
    }

    @Test
    void aTimeInAParticipleOnANounDatesThatNounNotTheEvent() {
        Stories s = Stories.of("President Hugo Brandt will nominate Jelena McWilliams to serve on the board for the remainder "
                + "of a term expiring July 15, 2019.").time("July 15, 2019", "2019-07-15");
        Event e = only(s.events(), EventType.AGREE);
        assertNull(e.date(), "the term's end is not the nomination's day: " + e);
        Stories own = Stories.of("Russia and Ukraine held talks brokered by Turkey in Istanbul on Tuesday.")
                .time("on Tuesday", "2017-12-05");
        Event talks = only(own.events(), EventType.CONSULT);
        assertEquals("2017-12-05", talks.date().value(), "a participle on the event noun itself dates it: " + talks);
    }

    @Test
    void puttingSomeoneInAPostIsSupportAndDirectingThemToActIsARequest() {
        Stories named = Stories.of("President Hugo Brandt named Mick Mulvaney as the agency's acting director.");
        Event e = only(named.events(), EventType.SUPPORT);
        assertEquals(List.of("Mick Mulvaney"), named.names(e.target()));
        Stories directed = Stories.of("President Hugo Brandt directed Defense Secretary James Mattis to conduct a review.");
        assertEquals(List.of("James Mattis"), directed.names(only(directed.events(), EventType.REQUEST).target()));
        Stories film = Stories.of("Sofia Coppola directed the film in Rome.");
        assertTrue(none(film.events(), EventType.REQUEST), film.events().toString());
    }

    @Test
    void sayingSomeoneWasTooMuchOfSomethingIsAReproach() {
        Stories s = Stories.of("Senator Rob Portman said on Sunday that President Hugo Brandt had been too defensive about the probe.");
        Event e = only(s.events(), EventType.ACCUSE);
        assertEquals(List.of("Rob Portman"), s.names(e.source()));
        assertEquals(List.of("Hugo Brandt"), s.names(e.target()));
        Stories not = Stories.of("Senator Rob Portman said that President Hugo Brandt had not been too defensive about the probe.");
        assertTrue(none(not.events(), EventType.ACCUSE), not.events().toString());
    }

    @Test
    void oneQuestionsASuspectButDoubtsAReport() {
        Stories report = Stories.of("The Sierra Club questioned an EPA report on fracking.");
        Event e = only(report.events(), EventType.ACCUSE);
        assertEquals(List.of("Sierra Club"), report.names(e.source()));
        assertTrue(none(report.events(), EventType.COERCE), report.events().toString());
        Stories suspect = Stories.of("Turkish police questioned Ali Demir on Monday.");
        assertEquals(List.of("Ali Demir"), suspect.names(only(suspect.events(), EventType.COERCE).target()));
    }

    @Test
    void marketsRisingConcedeNothing() {
        assertTrue(Stories.of("The Federal Reserve has lifted rates twice this year.").events().isEmpty());
        Stories s = Stories.of("The European Union lifted sanctions on Iran.");
        assertEquals(List.of("Iran"), s.names(only(s.events(), EventType.CONCEDE).target()));
    }

    @Test
    void aQuestionPutAndCommentSoughtAreNoDemands() {
        Stories asked = Stories.of("In an interview with Fox News, John Kelly was asked whether a Virginia church should have "
                + "removed the plaques.");
        assertTrue(none(asked.events(), EventType.REQUEST), asked.events().toString());
        Stories comment = Stories.of("Kirill Shamalov did not reply to an email from Reuters seeking comment.");
        assertTrue(none(comment.events(), EventType.REQUEST), comment.events().toString());
        Stories asks = Stories.of("Germany asked Turkey to release the journalists.");
        assertFalse(none(asks.events(), EventType.REQUEST), asks.events().toString());
    }

    @Test
    void thePurposeOfACallIsAnActOfItsOwnAndAPronounOwnerNamesAnActTold() {
        Stories call = Stories.of("Alberto Fujimori called Kenji Fujimori from prison to ask him to help Pedro Kuczynski.");
        assertFalse(none(call.events(), EventType.REQUEST), call.events().toString());
        assertFalse(none(call.events(), EventType.CONSULT), call.events().toString());
        Stories lied = Stories.of("Michael Flynn lied about his conversations with Russian Ambassador Sergei Kislyak.");
        Event e = only(lied.events(), EventType.CONSULT);
        assertEquals(List.of("Michael Flynn"), lied.names(e.source()));
        assertEquals(List.of("Sergei Kislyak"), lied.names(e.target()));
    }

    @Test
    void beingCommittedToSomethingIsTheSubjectsOwnResolve() {
        Stories s = Stories.of("Minister Tran Xuan Gia said Vietnam is committed to opening up its economy to Japan.");
        Event e = only(s.events(), EventType.AGREE);
        assertEquals(List.of("Vietnam"), s.names(e.source()));
    }

    @Test
    void denyingOnesOwnSidesActIsARejectionAndAPossibleActIsNone() {
        Stories s = Stories.of("President Hugo Brandt said the Brandt campaign did not collude with Russia.");
        Event e = only(s.events(), EventType.REJECT);
        assertEquals(List.of("Hugo Brandt"), s.names(e.source()));
        assertEquals(List.of("Russia"), s.names(e.target()));
        assertTrue(none(s.events(), EventType.COOPERATE), s.events().toString());
        Stories possible = Stories.of("Robert Mueller is investigating possible collusion between the Brandt campaign and Russia.");
        assertTrue(none(possible.events(), EventType.COOPERATE), possible.events().toString());
        Stories recognized = Stories.of("White House aides said they recognized that the president needed to act.");
        assertTrue(none(recognized.events(), EventType.SUPPORT), recognized.events().toString());
    }

    @Test
    void aTimeOnTheEventNounBeatsOneOnTheVerbCarryingIt() {
        Stories s = Stories.of("Michael Flynn was fired from that post in February after misleading Vice President Mike Pence "
                + "about his conversations with Russian Ambassador Sergei Kislyak last year.")
                .time("February", "2017-02")
                .time("last year", "2016");
        Event e = only(s.events(), EventType.CONSULT);
        assertEquals("2016", e.date().value(), e.toString());
    }

    @Test
    void anActInAClauseOfWhenOrAfterHappenedOnTheMainClausesDay() {
        Stories s = Stories.of("The agency was plunged into confusion on Friday after its director Richard Cordray resigned "
                + "and named Leandra English as acting director.")
                .time("on Friday", "2017-11-24");
        Event e = only(s.events(), EventType.SUPPORT);
        assertEquals("2017-11-24", e.date().value(), e.toString());
        Stories before = Stories.of("The agency was plunged into confusion on Friday before Richard Cordray named Leandra "
                + "English as acting director.").time("on Friday", "2017-11-24");
        assertNull(only(before.events(), EventType.SUPPORT).date(), "before Friday is no day");
    }

    @Test
    void twoWhoActTogetherOnSomethingElseAreNotTwoSides() {
        Stories s = Stories.of("Republican Senators Marco Rubio and Bob Corker pledged their support for the tax bill.");
        for (Event e : s.events()) {
            assertFalse(s.names(e.source()).contains("Marco Rubio") && s.names(e.target()).contains("Bob Corker"), e.toString());
        }
        Stories ties = Stories.of("Czechia and Albania have upgraded their diplomatic ties to ambassadorial level.");
        Event e = only(ties.events(), EventType.SUPPORT);
        assertEquals(1, e.source().size());
        assertEquals(1, e.target().size());
    }

    @Test
    void aRefusalDefiesWhoeverPressedAndThoseWithdrawnAreTheSideThatPullsBack() {
        Stories s = Stories.of("Vice-President Moody Awori has declined to resign despite growing pressure by the Kenya "
                + "Anti-Corruption Commission.");
        Event e = only(s.events(), EventType.REJECT);
        assertEquals(List.of("Kenya Anti-Corruption Commission"), s.names(e.target()));
        Stories withdrawn = Stories.of("Hundreds of Russian troops were withdrawn from Syria on Monday.");
        Event w = only(withdrawn.events(), EventType.RETREAT);
        assertEquals("RUS", withdrawn.entity(w.source().get(0)).country(), withdrawn.events().toString());
    }

    @Test
    void aTellingWithoutADoerJoinsOnlyOneAboutTheVerySameActor() {
        EventMerger merger = new EventMerger(id -> id.startsWith("US") ? "country:USA" : id);
        Draft named = new Draft(EventType.ACCUSE, null, 0, 1, false);
        named.source.add("Prince");
        named.target.add("US-committee");
        Draft anonymous = new Draft(EventType.ACCUSE, null, 3, 5, false);
        anonymous.target.add("US-state");
        assertFalse(merger.sameHappening(named, anonymous), "the committee and its state are two targets here");
        Draft same = new Draft(EventType.ACCUSE, null, 4, 2, false);
        same.target.add("US-committee");
        assertTrue(merger.sameHappening(named, same));
    }

    @Test
    void aMealWithSomeoneNamedIsAMeetingWithThem() {
        Stories s = Stories.of("Before a lunch with European Union foreign ministers, Rex Tillerson stressed shared values.");
        Event e = only(s.events(), EventType.CONSULT);
        assertEquals(List.of("Rex Tillerson"), s.names(e.source()));
        assertTrue(none(Stories.of("Rex Tillerson had lunch in Brussels.").events(), EventType.CONSULT));
    }

    @Test
    void whomOneJoinsAtAGatheringIsTheOtherPartyOfIt() {
        Stories s = Stories.of("Prime Minister Lena Sorvik joined President Omar Haddad at a state banquet in Oslo on Monday.");
        Event e = only(s.events(), EventType.CONSULT);
        assertEquals(List.of("Lena Sorvik"), s.names(e.source()));
        assertEquals(List.of("Omar Haddad"), s.names(e.target()));
        assertTrue(none(Stories.of("Prime Minister Lena Sorvik signed the treaty at a state banquet in Oslo on Monday.")
                .events(), EventType.CONSULT), "a thing done at a gathering names no one met there");
    }

    @Test
    void aHyphenedPairBeforeAJointActNamesItsTwoParties() {
        Stories s = Stories.of("Japan-China fisheries talks resumed in Busan on Monday.");
        Event e = only(s.events(), EventType.CONSULT);
        assertEquals(Set.of("Japan", "China"), Set.copyOf(s.names(both(e))));
    }

    @Test
    void aJointActToldTheOtherWayRoundKeepsTheFirstTellingsSides() {
        Stories s = Stories.of("Emmanuel Macron met Vladimir Putin in Moscow on Monday. The talks between Putin and Macron "
                + "lasted three hours.");
        Event e = only(s.events(), EventType.CONSULT);
        assertEquals(List.of("Emmanuel Macron"), s.names(e.source()));
        assertEquals(List.of("Vladimir Putin"), s.names(e.target()));
    }

    @Test
    void noEvidenceOfAnActIsNoAct() {
        assertTrue(none(Stories.of("Officials said there was no evidence of talks between Japan and China.").events(),
                EventType.CONSULT));
        assertFalse(none(Stories.of("Officials said there were talks between Japan and China.").events(),
                EventType.CONSULT));
    }

    @Test
    void anExchangeOfViewsIsATalkAndNoRelease() {
        Stories s = Stories.of("Norway and Chile had a candid exchange of views on fishing rights on Tuesday.");
        Event e = only(s.events(), EventType.CONSULT);
        assertEquals(Set.of("Norway", "Chile"), Set.copyOf(s.names(both(e))));
        assertTrue(none(s.events(), EventType.CONCEDE), s.events().toString());
    }

    @Test
    void oneBuysFromASellerAndWhatIsBoughtIsNoParty() {
        assertTrue(none(Stories.of("Hugo Brandt bought a flat in Tower Bridge House in London in 2009.").events(),
                EventType.COOPERATE));
        Stories s = Stories.of("Peru bought six patrol boats from South Korea last year.");
        Event e = only(s.events(), EventType.COOPERATE);
        assertEquals(List.of("Peru"), s.names(e.source()));
        assertEquals(List.of("South Korea"), s.names(e.target()));
    }

    @Test
    void hasteToDoSomethingIsNoTrip() {
        assertTrue(none(Stories.of("Republican lawmakers in Washington rushed to distance themselves from Hugo Brandt.").events(),
                EventType.CONSULT));
        Event e = only(Stories.of("Prime Minister Lena Sorvik rushed to Kabul on Monday.").events(), EventType.CONSULT);
        assertEquals("visit", e.mode());
    }

    @Test
    void whatOneIsScheduledToDoIsAPlan() {
        Event e = only(Stories.of("Lena Sorvik was scheduled to meet Hugo Brandt in Oslo on Sunday.").events(),
                EventType.CONSULT);
        assertEquals(Modality.PLANNED, e.modality());
    }

    @Test
    void inTheirOwnWordsASpeakerIsNoThirdPerson() {
        Stories quoted = Stories.of("Lena Sorvik met the auditors in May. \"She has admitted the payments,\" Hugo Brandt said "
                + "on Monday.");
        assertEquals(List.of("Lena Sorvik"), quoted.names(only(quoted.events(), EventType.CONCEDE).source()));
        Stories reported = Stories.of("Lena Sorvik met the auditors in May. Hugo Brandt said on Monday he had admitted the "
                + "payments.");
        assertEquals(List.of("Hugo Brandt"), reported.names(only(reported.events(), EventType.CONCEDE).source()));
    }

    @Test
    void withNoDoerAPlaceIsNoPartyButToAnAttackOrASeizure() {
        assertTrue(Stories.of("Several prominent Canadian men in politics and media have been accused in recent months of "
                + "misconduct.").events().isEmpty());
        assertTrue(Stories.of("Hugo Brandt has said the new law is needed to protect Canada from fraud.").events().isEmpty());
        assertFalse(none(Stories.of("The town of Vell in Moldova was shelled on Monday, killing three people.").events(),
                EventType.ASSAULT));
    }

    @Test
    void backingToldWithNoOneBehindItIsNoEvent() {
        assertTrue(Stories.of("Lena Sorvik was appointed as senator on Wednesday.").events().isEmpty());
        Event e = only(Stories.of("Governor Hugo Brandt appointed Lena Sorvik as senator on Wednesday.").events(),
                EventType.SUPPORT);
        assertEquals(1, e.source().size());
    }

    @Test
    void callingSomeoneNamesThemAndIsNoPhoneCall() {
        Stories s = Stories.of("Hugo Brandt criticised the budget. Days later, he called Lena Sorvik a liar who had hurt "
                + "the party.");
        assertTrue(none(s.events(), EventType.CONSULT), s.events().toString());
        Event e = s.events().stream().filter(x -> x.type() == EventType.ACCUSE && !x.target().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError(s.events().toString()));
        assertEquals(List.of("Lena Sorvik"), s.names(e.target()));
    }

    @Test
    void collectingSignaturesIsAPetition() {
        Stories s = Stories.of("Opposition activists in Vell launched a signature drive against the new mining law on Monday.");
        assertEquals(List.of("Opposition activists"), s.names(only(s.events(), EventType.PROTEST).source()));
    }

    @Test
    void whatIsHardOrEasyForSomeoneToDoIsNotDone() {
        assertTrue(Stories.of("It will be difficult for Norway to meet Chile on Monday.").events().isEmpty());
        assertTrue(Stories.of("The ministry made it harder on Friday for Norwegians to visit Chile.").events().isEmpty());
        assertFalse(Stories.of("Norway will meet Chile on Monday.").events().isEmpty());
    }

    @Test
    void theAgencyThatFilesTheStoryIsNoPartyOfWhatItReportsButOfItsOwnInquiry() {
        Stories s = Stories.of("PARIS (Reuters) - Lena Sorvik shared the documents with Reuters on Monday. A Reuters "
                + "investigation in May found that Hugo Brandt had misled the bank.");
        assertTrue(none(s.events(), EventType.COOPERATE), s.events().toString());
        assertEquals(List.of("Reuters"), s.names(only(s.events(), EventType.ACCUSE).source()));
    }

    @Test
    void conjoinedEventNounsShareTheVerbThatCarriesThem() {
        Stories s = Stories.of("Hugo Brandt has traded insults and threats with Kim Jong Un in the past.");
        Event e = only(s.events(), EventType.THREATEN);
        assertEquals(List.of("Hugo Brandt"), s.names(e.source()));
        assertEquals(List.of("Kim Jong Un"), s.names(e.target()));
    }

    @Test
    void aSubjectOfNeitherNorOrNoneDidNotAct() {
        assertTrue(Stories.of("Neither Canada nor Mexico has attacked the United States.").events().isEmpty());
        assertFalse(Stories.of("Canada and Mexico have attacked the United States.").events().isEmpty());
    }

    @Test
    void whatMayHappenOrIsAskedAboutIsNoEvent() {
        assertTrue(none(Stories.of("Senator Elijah Cummings called for a federal probe into whether Eli Lilly and Novo Nordisk "
                + "colluded to raise prices.").events(), EventType.COOPERATE));
        assertTrue(Stories.of("If found guilty, Senator Bob Menendez could face a sentence of up to 20 years in prison.")
                .events().isEmpty());
    }

    @Test
    void theOneGivenSomethingIsTheTargetWhereTheThingGivenIsNoActor() {
        Stories s = Stories.of("In August, the U.S. Air Force awarded Boeing Co and Northrop Grumman Corp separate contracts.");
        Event e = only(s.events(), EventType.AGREE);
        assertTrue(s.names(e.target()).contains("Boeing Co"), s.names(e.target()).toString());
    }

    @Test
    void aPleaOfNotGuiltyIsARefusalAndAGuiltyPleaAConcession() {
        Stories s = Stories.of("In October, Paul Manafort pleaded not guilty to charges including conspiracy.");
        assertEquals(List.of("Paul Manafort"), s.names(only(s.events(), EventType.REJECT).source()));
        assertTrue(none(s.events(), EventType.CONCEDE));
        Stories t = Stories.of("Michael Flynn's plea of guilty on Friday to lying to the FBI made him the fourth person charged.");
        assertEquals(List.of("Michael Flynn"), t.names(only(t.events(), EventType.CONCEDE).source()));
        assertTrue(none(t.events(), EventType.REQUEST));
    }

    @Test
    void whatSomeoneShouldHaveDoneOrWhatOneClaimsForOneselfIsNoDemand() {
        List<Event> judged = Stories.of("Several lawyers said White House counsel Don McGahn should have seen that possibility.")
                .events();
        assertTrue(none(judged, EventType.REQUEST), judged.toString());
        Stories claim = Stories.of("Leandra English was named deputy director. English has insisted she should run the agency.");
        assertTrue(none(claim.events(), EventType.REQUEST), claim.events().toString());
        Stories s = Stories.of("Germany said Iran must release the tanker.");
        assertEquals(List.of("Iran"), s.names(only(s.events(), EventType.REQUEST).target()));
    }

    @Test
    void aQuestionPutIsNoRequestButAskingSomeoneForSomethingIs() {
        assertTrue(none(Stories.of("\u201cWhat do you want?\u201d Senator Dick Durbin asked.").events(), EventType.REQUEST));
        Stories s = Stories.of("Iran asked the United Nations for help.");
        assertEquals(List.of("United Nations"), s.names(only(s.events(), EventType.REQUEST).target()));
    }

    @Test
    void aTripHomeIsNoVisitButATripAbroadIs() {
        assertTrue(none(Stories.of("President Donald Trump was returning from a trip to Utah.").events(), EventType.CONSULT));
        Stories s = Stories.of("President Donald Trump was returning from a trip to Belgium.");
        assertEquals(List.of("Belgium"), s.names(only(s.events(), EventType.CONSULT).target()));
    }

    @Test
    void aNameBeforeAllegationsIsWhomTheyConcern() {
        Stories s = Stories.of("James Comey said he would look into the Russia allegations.");
        for (Event e : s.events()) {
            assertFalse(s.names(e.source()).contains("Russia"), e.toString());
        }
    }

    @Test
    void anAttemptIsNoRequestButSeekingSomethingFromSomeoneIs() {
        assertTrue(none(Stories.of("Russia sought to influence the U.S. election.").events(), EventType.REQUEST));
        Stories s = Stories.of("Iran sought talks with Britain.");
        assertEquals(List.of("United Kingdom"), s.names(only(s.events(), EventType.REQUEST).target()));
    }

    @Test
    void whatSomeoneIsPressedToDoHasNotHappened() {
        Stories s = Stories.of("Some Republicans in Texas have called for Congressman Joe Barton to step down.");
        assertEquals(List.of("Joe Barton"), s.names(only(s.events(), EventType.REQUEST).target()));
        assertTrue(none(s.events(), EventType.RETREAT), s.events().toString());
        assertTrue(none(Stories.of("Congressman John Conyers faced increasing pressure to resign on Wednesday.").events(),
                EventType.RETREAT));
        assertFalse(none(Stories.of("Congressman John Conyers resigned on Wednesday.").events(), EventType.RETREAT));
    }

    @Test
    void anAttackInWordsIsAnAccusation() {
        Stories s = Stories.of("President Donald Trump has attacked Senator Bob Corker on Twitter.");
        assertEquals(List.of("Bob Corker"), s.names(only(s.events(), EventType.ACCUSE).target()));
        assertTrue(none(s.events(), EventType.ASSAULT));
        Stories t = Stories.of("President Donald Trump fired back at Prime Minister Theresa May over her criticism.");
        assertEquals(List.of("Theresa May"), t.names(only(t.events(), EventType.ACCUSE).target()));
        assertTrue(none(Stories.of("Rebels attacked Syrian troops near Aleppo.").events(), EventType.ACCUSE));
        Stories saying = Stories.of("Senator John Smith attacked the FBI on Monday, saying its reputation is in tatters.");
        assertEquals(List.of("John Smith"), saying.names(only(saying.events(), EventType.ACCUSE).source()));
        assertTrue(none(saying.events(), EventType.ASSAULT), saying.events().toString());
        Stories quality = Stories.of("Senator John Smith has attacked the integrity of the FBI.");
        assertTrue(none(quality.events(), EventType.ASSAULT), quality.events().toString());
        Stories party = Stories.of("Republicans have attacked Special Counsel Robert Mueller.");
        assertEquals(List.of("Robert Mueller"), party.names(only(party.events(), EventType.ACCUSE).target()));
        assertTrue(none(party.events(), EventType.ASSAULT), party.events().toString());
        Stories openly = Stories.of("President Donald Trump has openly attacked the FBI.");
        assertTrue(none(openly.events(), EventType.ASSAULT), openly.events().toString());
    }

    @Test
    void aNamedPersonOfTheDoersOwnIsTheTargetButItsThingsAreNot() {
        Stories s = Stories.of("Richard Cordray resigned and elevated his former chief of staff, Leandra English, to replace him.");
        assertEquals(List.of("Leandra English"), s.names(only(s.events(), EventType.SUPPORT).target()));
        Stories troops = Stories.of("Russia withdrew its troops from Syria.");
        assertEquals(List.of("Syria"), troops.names(only(troops.events(), EventType.RETREAT).target()));
    }

    @Test
    void theStorysNextStepKeepsTheDayOfItsDoersLastDatedEvent() {
        Stories s = Stories.of("Chinese President Xi Jinping vowed on Monday that China would open its economy. He made the "
                + "remarks at a meeting with Apple chief executive Tim Cook.").time("Monday", "2024-03-11");
        assertEquals("2024-03-11", only(s.events(), EventType.CONSULT).date().value());
        Stories then = Stories.of("Vladimir Putin met Tayyip Erdogan in Sochi on Tuesday. Putin then criticized Ukraine.")
                .time("Tuesday", "2024-03-12");
        assertEquals("2024-03-12", only(then.events(), EventType.ACCUSE).date().value());
        Stories perfect = Stories.of("Vladimir Putin met Tayyip Erdogan in Sochi on Tuesday. Putin has criticized Ukraine.")
                .time("Tuesday", "2024-03-12");
        assertNull(only(perfect.events(), EventType.ACCUSE).date(), "the perfect tells no next step");
        Stories other = Stories.of("Vladimir Putin met Tayyip Erdogan in Sochi on Tuesday. Joe Biden criticized Ukraine.")
                .time("Tuesday", "2024-03-12");
        assertNull(only(other.events(), EventType.ACCUSE).date(), "another party's day is not this one's");
    }

    @Test
    void anInterviewGivenToABroadcasterIsNoMeeting() {
        assertTrue(none(Stories.of("Senator Ron Johnson later told CNBC that he was optimistic.").events(), EventType.CONSULT));
        assertTrue(none(Stories.of("Adam Schiff told ABC that the president knew.").events(), EventType.CONSULT));
    }

    @Test
    void takingBribesAndCommittingACrimeAreNoAgreement() {
        assertTrue(none(Stories.of("Senator Bob Menendez accepted bribes from Salomon Melgen.").events(), EventType.AGREE));
        assertTrue(none(Stories.of("Senator Jeff Sessions committed perjury.").events(), EventType.AGREE));
        assertFalse(none(Stories.of("Iran accepted the offer from the European Union.").events(), EventType.AGREE));
        assertTrue(Stories.of("Republicans are looking to tax reform for their first legislative win.").events().isEmpty(),
                "\"to tax reform\" is a noun compound the tagger read as a verb");
        assertFalse(Stories.of("China will tax imports from the United States.").events().isEmpty());
    }

    @Test
    void aPastActWithoutATimeHappenedInTheTimeOfItsClauseOfWhileOrWhen() {
        Stories s = Stories.of("While Jim Mattis traveled to the region in May, he did not stop in Pakistan, but visited India.")
                .time("May", "2024-05");
        assertEquals("2024-05", only(s.events(), EventType.CONSULT).date().value());
    }

    @Test
    void aLeaderWhoFliesToAPlaceVisitsIt() {
        Stories s = Stories.of("President Donald Trump will fly to Vietnam on Friday.");
        Event visit = only(s.events(), EventType.CONSULT);
        assertEquals(List.of("Donald Trump"), s.names(visit.source()));
        assertEquals(List.of("Vietnam"), s.names(visit.target()));
        assertTrue(none(s.events(), EventType.AGREE), s.events().toString());
    }

    @Test
    void aPersonALegalStepIsNamedAfterSuffersIt() {
        Stories s = Stories.of("Prosecutors in Manhattan unsealed the Manafort indictment on Monday. Paul Manafort denied it.");
        assertTrue(s.events().stream().noneMatch(e -> e.type() == EventType.COERCE && s.names(e.source()).contains("Paul Manafort")),
                s.events().toString());
        Stories poss = Stories.of("Russia's arrest of Alexei Navalny drew criticism.");
        assertTrue(poss.events().stream().noneMatch(e -> e.type() == EventType.COERCE && poss.names(e.source()).contains("Alexei Navalny")),
                poss.events().toString());
    }

    @Test
    void aThingReleasedIsPublishedAndOnlySomeoneReleasedIsFreed() {
        assertTrue(none(Stories.of("The poll was released on Wednesday by Reuters.").events(), EventType.CONCEDE));
        assertTrue(none(Stories.of("Iran released a report on Monday.").events(), EventType.CONCEDE));
        Stories s = Stories.of("Iran released 12 British sailors on Monday.");
        assertEquals(List.of("Iran"), s.names(only(s.events(), EventType.CONCEDE).source()));
    }

    @Test
    void theSubjectOfWhatIsAllegedIsTheTargetAndASourcesAnonymityNoRequest() {
        Stories s = Stories.of("Special counsel Robert Mueller is investigating allegations that Russia interfered in the election.");
        assertEquals(List.of("Russia"), s.names(only(s.events(), EventType.ACCUSE).target()));
        assertTrue(none(Stories.of("The plan will fail, said an adviser to President Donald Trump, who requested anonymity.")
                .events(), EventType.REQUEST));
    }

    @Test
    void questionsPutByThePressAreNoRequestOrInterrogation() {
        assertTrue(none(Stories.of("Rex Tillerson defended the department when he was asked about morale problems.").events(),
                EventType.REQUEST));
        assertTrue(none(Stories.of("State Department spokeswoman Heather Nauert, questioned at length by reporters, defended "
                + "the decision.").events(), EventType.COERCE));
        Stories s = Stories.of("Police questioned Ahmed Ali on Monday.");
        assertEquals(List.of("Ahmed Ali"), s.names(only(s.events(), EventType.COERCE).target()));
    }

    @Test
    void whoMayHaveDoneWhatIsLookedIntoIsTheTargetAndARuleForAllIsNoDemand() {
        Stories s = Stories.of("Special counsel Robert Mueller is investigating whether Michael Flynn lied to the FBI.");
        assertEquals(List.of("Michael Flynn"), s.names(only(s.events(), EventType.ACCUSE).target()));
        assertTrue(none(Stories.of("\u201cNo one should draw the conclusion,\u201d attorney Jay Sekulow said on Thursday.")
                .events(), EventType.REQUEST));
    }

    @Test
    void theOneMadeToActIsTheDoer() {
        Stories s = Stories.of("The crisis forced Iran to release the British sailors.");
        assertEquals(List.of("Iran"), s.names(only(s.events(), EventType.CONCEDE).source()));
        Stories t = Stories.of("The protests prompted Russia to withdraw its troops from Georgia.");
        assertEquals(List.of("Russia"), t.names(only(t.events(), EventType.RETREAT).source()));
    }

    @Test
    void anAttackForWhatSomeoneSaidIsAnAccusation() {
        Stories s = Stories.of("Philippines President Rodrigo Duterte attacked Canada's Justin Trudeau at the end of a summit "
                + "for raising questions about his drug war.");
        assertEquals(List.of("Justin Trudeau"), s.names(only(s.events(), EventType.ACCUSE).target()));
        assertTrue(none(s.events(), EventType.ASSAULT));
    }

    @Test
    void meetingARequirementIsNoMeetingAndAskingHowIsAQuestion() {
        assertTrue(none(Stories.of("Senator Cory Gardner said Roy Moore does not meet the ethical requirements of the Senate.")
                .events(), EventType.CONSULT));
        assertTrue(none(Stories.of("President Rodrigo Duterte was asked how he had responded to Justin Trudeau.").events(),
                EventType.REQUEST));
        assertTrue(none(Stories.of("Beto O'Rourke's bid to unseat Senator Ted Cruz illustrates the tightrope.").events(),
                EventType.AGREE));
    }

    @Test
    void aParticipleAfterACommaIsTheClauseSubjectsAct() {
        Stories s = Stories.of("In August, President Hugo Brandt outlined a new strategy for the war in Afghanistan, chastising "
                + "Pakistan over its support for militants.");
        Event e = only(s.events(), EventType.ACCUSE);
        assertEquals(List.of("Hugo Brandt"), s.names(e.source()));
        assertEquals(List.of("Pakistan"), s.names(e.target()));
    }

    @Test
    void whatIsDiscussedIsNoPartyToTheTalks() {
        Stories s = Stories.of("President Vladimir Putin discussed Ukraine's security with Xi Jinping.");
        assertEquals(List.of("Xi Jinping"), s.names(only(s.events(), EventType.CONSULT).target()));
    }

    @Test
    void aRaceLostIsNoBeatingAndARaceCalledNoCall() {
        assertTrue(none(Stories.of("Ed Gillespie, the Republican candidate in the governor's race, was soundly beaten by his "
                + "Democratic opponent Ralph Northam.").events(), EventType.ASSAULT));
        assertTrue(Stories.of("The New York Times called the race for Bill de Blasio.").events().isEmpty());
        assertTrue(none(Stories.of("Kim Jong Un has called Donald Trump \u201cmentally deranged.\u201d").events(),
                EventType.REQUEST));
        assertTrue(none(Stories.of("Xi smiled when Donald Trump said he does not blame China for the deficit.").events(),
                EventType.REJECT));
        assertTrue(none(Stories.of("Trump congratulated Doug Jones, who beat Republican Roy Moore.").events(), EventType.ASSAULT),
                "a rival named by party is beaten in a race");
        assertFalse(none(Stories.of("Police beat protesters in Minsk.").events(), EventType.ASSAULT));
    }

    @Test
    void whoeverAPassiveSaysIsHitByAnEventUndergoesIt() {
        Stories s = Stories.of("Doug Jones defeated Roy Moore, who was dogged by allegations of sexual misconduct.");
        assertTrue(s.events().stream().noneMatch(e -> s.names(e.source()).contains("Roy Moore")), s.events().toString());
        Stories hit = Stories.of("Iran, which was hit by sanctions from the European Union, protested.");
        Event sanctions = only(hit.events(), EventType.SANCTION);
        assertEquals(List.of("European Union"), hit.names(sanctions.source()));
        assertEquals(List.of("Iran"), hit.names(sanctions.target()));
    }

    @Test
    void whatSomeoneMeansOrIsAbleToDoHasNotHappenedAndAReleaseOfAThingFreesNoOne() {
        assertTrue(none(Stories.of("The plan to arrest Fethullah Gulen failed.").events(), EventType.COERCE));
        assertFalse(none(Stories.of("Turkey arrested Fethullah Gulen.").events(), EventType.COERCE));
        assertTrue(none(Stories.of("Her book is set for release on Tuesday by Hachette Books.").events(), EventType.CONCEDE));
        Stories s = Stories.of("Iran announced the release of 12 British sailors.");
        assertEquals(List.of("Iran"), s.names(only(s.events(), EventType.CONCEDE).source()));
    }

    @Test
    void theSubjectOfARaisingVerbIsTheDoerOfItsInfinitive() {
        Stories s = Stories.of("President Donald Trump will fly to China, where he is expected to press a reluctant Xi Jinping.");
        assertEquals(List.of("Donald Trump"), s.names(only(s.events(), EventType.REQUEST).source()));
        assertTrue(none(Stories.of("In the interview, President Donald Trump was asked if he planned to be tough on China.")
                .events(), EventType.REQUEST));
    }

    @Test
    void aRallyAgainstSomeoneIsAProtestButAnOfficialsRallyIsNot() {
        Stories s = Stories.of("The Muslim Council of Britain held a rally against President Donald Trump in London.");
        assertEquals(List.of("Donald Trump"), s.names(only(s.events(), EventType.PROTEST).target()));
        assertTrue(none(Stories.of("President Donald Trump held a rally in Pensacola, Florida.").events(), EventType.PROTEST));
    }

    @Test
    void aTownIsWhereNotWhoButACapitalActsForItsCountry() {
        for (Event e : Stories.of("On Oct. 1, a gunman in Las Vegas opened fire at a music festival, killing 58 people.").events()) {
            assertTrue(e.source().isEmpty(), e.toString());
        }
        Stories s = Stories.of("President Donald Trump is angry over the lack of a truce between Kyiv and Moscow. Moscow "
                + "accused Kyiv of shelling Donetsk.");
        assertFalse(only(s.events(), EventType.ACCUSE).source().isEmpty());
    }

    @Test
    void aTownInAnAgreementsNameIsWhereItWasMadeNotAParty() {
        Stories s = Stories.of("Russia and Ukraine agreed to the Minsk accords.");
        Event agree = only(s.events(), EventType.AGREE);
        assertFalse(s.names(agree.source()).contains("Minsk"), agree.toString());
        assertFalse(s.names(agree.target()).contains("Minsk"), agree.toString());
        assertTrue(none(Stories.of("Trump announced his withdrawal from the Paris climate accord.").events(),
                EventType.AGREE));
    }

    @Test
    void wordsOfferedAreNoOfferToCooperateButPraiseIsSupport() {
        assertTrue(none(Stories.of("Mayor Lisa Grant offered a more generous appraisal of the plan.").events(),
                EventType.AGREE));
        Stories s = Stories.of("Mayor Lisa Grant offered effusive praise for Governor Frank Miles.");
        assertTrue(none(s.events(), EventType.AGREE), s.events().toString());
        assertFalse(none(s.events(), EventType.SUPPORT), s.events().toString());
        assertFalse(none(Stories.of("Governor Frank Miles offered to mediate between Lisa Grant and the union.").events(),
                EventType.AGREE));
    }

    @Test
    void aGoBetweenMediatesForBothPartiesThoughItsNounQualifiesAnother() {
        // the event noun as a compound of a noun of the undertaking: whom it concerns hangs on that noun
        Stories s = Stories.of("Qatar's emir launched a mediation effort between the Emirates and Saudi Arabia.");
        Event mediation = only(s.events(), EventType.CONSULT);
        assertEquals("third-party", mediation.mode());
        assertSides(s, mediation, List.of("Qatar"), List.of("United Arab Emirates", "Saudi Arabia"));
        // a go-between's own noun: both parties are mediated between, neither mediates
        Stories own = Stories.of("Egypt's mediation between Israel and Hamas failed.");
        assertSides(own, only(own.events(), EventType.CONSULT), List.of("Egypt"), List.of("Israel", "Hamas"));
        // talks between two parties are still held by the two
        Stories talks = Stories.of("Talks between Israel and Hamas failed.");
        assertSides(talks, only(talks.events(), EventType.CONSULT), List.of("Israel"), List.of("Hamas"));
    }

    @Test
    void aCauseToldBesideAnEventIsAnEventOfItsOwnButNotItsSubjects() {
        Stories s = Stories.of("Russia closed its borders with Iran because of fighting between Azerbaijanis and Armenians.");
        assertSides(s, only(s.events(), EventType.ASSAULT), List.of("Azerbaijanis"), List.of("Armenians"));
        assertFalse(none(s.events(), EventType.SANCTION), s.events().toString());
        // the one who resigns undergoes the allegations: he makes none
        Stories resign = Stories.of("Senator Frank Miles said on Thursday he would resign after allegations of misconduct.");
        assertTrue(resign.events().stream().noneMatch(e -> e.type() == EventType.ACCUSE
                && resign.names(e.source()).contains("Frank Miles")), resign.events().toString());
    }

    @Test
    void aResignationAnnouncedIsAPlannedRetreatNotAThreat() {
        Stories s = Stories.of("Senator Frank Miles said on Thursday he would resign in the coming weeks.");
        Event resign = only(s.events(), EventType.RETREAT);
        assertEquals(List.of("Frank Miles"), s.names(resign.source()));
        assertEquals(dev.newsgraph.model.Modality.PLANNED, resign.modality());
        assertTrue(none(s.events(), EventType.THREATEN), s.events().toString());
    }

    @Test
    void anActOnlyBelievedOrDoubtedIsNoEvent() {
        assertTrue(Stories.of("Senator Frank Miles said he did not believe Governor Lisa Grant needed to resign.").events()
                .isEmpty());
        assertTrue(Stories.of("Analysts do not believe Russia will attack Ukraine.").events().isEmpty());
        assertTrue(Stories.of("Officials doubt that Russia will withdraw its troops from Syria.").events().isEmpty());
        // believed, not denied: what a belief foresees is still read as it was before
        assertFalse(Stories.of("Analysts believe Russia will attack Ukraine.").events().isEmpty());
    }

    @Test
    void mobilisingIsReadyingAForceNotVotersOrADirective() {
        assertFalse(none(Stories.of("Israel mobilized thousands of reservists near the border with Lebanon.").events(),
                EventType.MOBILIZE));
        assertFalse(none(Stories.of("Russia reinforced its troops in Crimea.").events(), EventType.MOBILIZE));
        assertTrue(none(Stories.of("Governor Lisa Grant mobilized black voters in Georgia.").events(), EventType.MOBILIZE));
        assertTrue(none(Stories.of("President Frank Miles reinforced a directive on transgender troops.").events(),
                EventType.MOBILIZE));
    }

    @Test
    void whatOneFailedToDoWasNotDone() {
        assertTrue(none(Stories.of("Lisa Grant said the migrants overstayed their visas and failed to seek asylum from "
                + "Canada.").events(), EventType.REQUEST));
        assertFalse(none(Stories.of("Russia and Ukraine failed to agree on a ceasefire.").events(), EventType.REJECT));
    }

    @Test
    void theOneAParticipleTellsOfUndergoesItsAgent() {
        // a reduced relative, "the candidate dogged by accusations": the candidate is accused, accuses no one
        Stories s = Stories.of("President Frank Miles voiced support for Roy Moore, the Alabama Republican Senate candidate "
                + "dogged by accusations of sexual misconduct.");
        assertTrue(s.events().stream().noneMatch(e -> e.type() == EventType.ACCUSE
                && s.names(e.source()).contains("Roy Moore")), s.events().toString());
        assertFalse(none(s.events(), EventType.SUPPORT), s.events().toString());
    }

    @Test
    void toPassIsToCooperateOnlyWhereSomethingIsPassedOn() {
        assertTrue(none(Stories.of("The tax bill, passed by Republicans in Congress on Wednesday, limits deductions.").events(),
                EventType.COOPERATE));
        assertTrue(none(Stories.of("Senator Frank Miles said the Senate's version of the bill, expected to be passed by "
                + "Congress, would cut taxes.").events(), EventType.AGREE));
        assertFalse(none(Stories.of("Australian officials passed the intelligence to the FBI.").events(), EventType.COOPERATE));
    }

    @Test
    void aGerundWithANounsModifierIsAnEventNoun() {
        Stories s = Stories.of("Fighting between Azerbaijanis and Armenians killed 20 people.");
        assertSides(s, only(s.events(), EventType.ASSAULT), List.of("Azerbaijanis"), List.of("Armenians"));
    }

    @Test
    void peopleHeldOrUsedAsHumanShieldsAreCoercedButShieldsUsedAreNot() {
        Stories s = Stories.of("The Sri Lankan army has been holding thousands of Tamil civilians as human shields.");
        assertSides(s, only(s.events(), EventType.COERCE), List.of("Sri Lankan army"), List.of("Tamil civilians"));
        Stories used = Stories.of("Hamas used Palestinian civilians as human shields.");
        assertEquals(List.of("Palestinian civilians"), used.names(only(used.events(), EventType.COERCE).target()));
        assertTrue(none(Stories.of("The Kenyan police used shields to hold back the crowd.").events(), EventType.COERCE));
    }

    @Test
    void aProposedDealIsNoneMadeAndAPlannedVisitIsAPlan() {
        assertTrue(none(Stories.of("Governor Frank Miles said he hoped proposed deals from the delegation do not "
                + "overshadow the reforms.").events(), EventType.AGREE));
        Event visit = only(Stories.of("A planned visit by Governor Frank Miles to Mexico was announced.").events(),
                EventType.CONSULT);
        assertEquals(dev.newsgraph.model.Modality.PLANNED, visit.modality());
    }

    @Test
    void aVerbJoinedToADatedVerbHappenedOnItsDay() {
        Stories s = Stories.of("Russia attacked Kharkiv on Monday and shelled Kyiv.").time("Monday", "2024-03-11");
        List<Event> attacks = s.events().stream().filter(e -> e.type() == EventType.ASSAULT).toList();
        assertEquals(2, attacks.size(), attacks.toString());
        for (Event e : attacks) {
            assertEquals("2024-03-11", e.date().value(), e.toString());
        }
        Stories t = Stories.of("Russia attacked Kharkiv on Monday and will shell Kyiv.").time("Monday", "2024-03-11");
        assertTrue(t.events().stream().filter(e -> s.names(e.target()).contains("Kyiv") || t.names(e.target()).contains("Kyiv"))
                .allMatch(e -> e.date() == null || !e.date().value().equals("2024-03-11")), t.events().toString());
    }

    @Test
    void aPowerGivenIsNotUsedAndAnAgreementEndedIsNoneMade() {
        assertTrue(none(Stories.of("Special counsel Robert Mueller is authorized to prosecute Paul Manafort.").events(),
                EventType.COERCE));
        assertTrue(none(Stories.of("Colony NorthStar Inc has ended a consulting agreement with Rick Gates.").events(),
                EventType.AGREE));
    }

    @Test
    void onlySomeoneReceivedIsAVisit() {
        assertTrue(none(Stories.of("Senator John McCain is receiving treatment at Walter Reed Medical Center.").events(),
                EventType.CONSULT));
        Stories s = Stories.of("Chinese President Xi Jinping hosted U.S. President Donald Trump in Beijing on Wednesday.");
        assertEquals(List.of("Donald Trump"), s.names(only(s.events(), EventType.CONSULT).target()));
    }

    @Test
    void anUnqualifiedStateBodyThatActsIsTheDatelinesState() {
        Stories s = Stories.of("ANKARA (Reuters) - Turkey is angry. The government accused Germany of harbouring militants.");
        assertSides(s, only(s.events(), EventType.ACCUSE), List.of("Turkey"), List.of("Germany"));
        // with no dateline the body is nobody named, and the accusation has no doer
        assertTrue(none(Stories.of("Turkey is angry. The government accused Germany of harbouring militants.").events(),
                EventType.ACCUSE));
        // the body of another ("its army", "the army of Mali") is not the home state's
        Stories t = Stories.of("ANKARA (Reuters) - Turkey is angry. The army of Mali attacked Germany.");
        assertTrue(t.events().stream().noneMatch(e -> t.names(e.source()).contains("Turkey")), t.events().toString());
        // what is done to the government at home is no act between parties
        Stories u = Stories.of("ANKARA (Reuters) - Turkey is angry. Germany accused the government of lying.");
        assertTrue(u.events().stream().noneMatch(e -> u.names(e.target()).contains("Turkey")), u.events().toString());
    }

    @Test
    void aRaidByTheLawIsASearchAndOneBySoldiersAnAttack() {
        Stories s = Stories.of("FBI agents raided the home of Paul Manafort in July.");
        Event raid = only(s.events(), EventType.COERCE);
        assertEquals("seize", raid.mode());
        assertEquals(List.of("Paul Manafort"), s.names(raid.target()));
        assertTrue(none(s.events(), EventType.ASSAULT));
        Stories t = Stories.of("Israeli troops raided the village of Beit Ummar overnight.");
        only(t.events(), EventType.ASSAULT);
    }

    @Test
    void aHostOfTalksBetweenTwoIsAGoBetween() {
        Stories s = Stories.of("Egypt will host talks between Israel and Hamas next week.");
        Event e = only(s.events(), EventType.CONSULT);
        assertEquals("third-party", e.mode());
        assertSides(s, e, List.of("Egypt"), List.of("Israel", "Hamas"));
        assertTrue(none(Stories.of("Egypt will host a dinner for the delegates.").events(), EventType.CONSULT));
    }

    @Test
    void tiesCutByTwoAreCutBetweenThem() {
        Stories s = Stories.of("Saudi Arabia and Iran have cut diplomatic ties.");
        assertSides(s, only(s.events(), EventType.SANCTION), List.of("Saudi Arabia"), List.of("Iran"));
        // sanctions two impose together are imposed by both, on no one named
        Stories t = Stories.of("The United States and Britain imposed sanctions.");
        assertTrue(t.events().stream().filter(e -> e.type() == EventType.SANCTION).allMatch(e -> e.target().isEmpty()),
                t.events().toString());
    }

    @Test
    void anEnvoyNamedByNationalityStandsForTheState() {
        Stories s = Stories.of("Egypt expelled the Turkish ambassador on Tuesday.");
        assertSides(s, only(s.events(), EventType.SANCTION), List.of("Egypt"), List.of("Turkey"));
    }

    @Test
    void drillsShowForceAndJointDrillsAreCooperation() {
        Stories s = Stories.of("China held naval exercises on Monday.");
        assertEquals(List.of("China"), s.names(only(s.events(), EventType.MOBILIZE).source()));
        Stories t = Stories.of("South Korea and the United States began joint military drills on Monday.");
        assertSides(t, only(t.events(), EventType.COOPERATE), List.of("South Korea"), List.of("United States"));
        assertTrue(none(t.events(), EventType.MOBILIZE));
        assertTrue(Stories.of("Students must exercise caution during the fire drill.").events().isEmpty());
    }

    @Test
    void atWhoseRequestTwoMetIsNoPartyToTheMeeting() {
        Stories s = Stories.of("Anna Berg and Ivan Petrov met in a bar at the suggestion of officials from Norway.");
        assertSides(s, only(s.events(), EventType.CONSULT), List.of("Anna Berg"), List.of("Ivan Petrov"));
    }

    @Test
    void aTripForAMeetingIsAMeetingWithThoseMetWhereItWas() {
        Stories s = Stories.of("Erik Prince traveled to the Seychelles for a business meeting with UAE officials.");
        Event e = only(s.events(), EventType.CONSULT);
        assertSides(s, e, List.of("Erik Prince"), List.of("UAE officials"));
        assertEquals("Seychelles", s.entity(e.location()).name());
    }

    @Test
    void aLegalStepToldWithoutItsDoerIsTheAnnouncingBodys() {
        Stories s = Stories.of("Anna Berg was detained on Friday, according to the Interior Ministry.");
        assertSides(s, only(s.events(), EventType.COERCE), List.of("Interior Ministry"), List.of("Anna Berg"));
        // a person who tells of an arrest did not make it, nor did the sources who report it
        Stories t = Stories.of("Anna Berg was arrested without cause, her lawyer John Smith said.");
        assertTrue(t.events().stream().allMatch(e -> e.source().isEmpty()), t.events().toString());
        Stories u = Stories.of("Anna Berg was arrested on Friday, four sources said.");
        assertTrue(u.events().stream().allMatch(e -> e.source().isEmpty()), u.events().toString());
    }

    @Test
    void toBePutOnASanctionsListIsToBeSanctioned() {
        Stories s = Stories.of("Gazprom was put on a U.S. sanctions list in 2015.");
        assertSides(s, only(s.events(), EventType.SANCTION), List.of("United States"), List.of("Gazprom"));
        Stories t = Stories.of("The United States blacklisted Gazprom.");
        assertSides(t, only(t.events(), EventType.SANCTION), List.of("United States"), List.of("Gazprom"));
        assertTrue(none(Stories.of("The United States removed Gazprom from its sanctions list.").events(),
                EventType.SANCTION));
    }

    @Test
    void aLeadersSupportersAndAlliesAreNotTheLeader() {
        Stories s = Stories.of("About 200 supporters of former President Ahmed Ben Bella blocked roads in Algiers.");
        assertEquals(List.of("supporters of former President Ahmed Ben Bella"),
                s.names(only(s.events(), EventType.PROTEST).source()));
        Stories t = Stories.of("Some Trump allies accused Robert Mueller of bias.");
        assertEquals(List.of("Trump allies"), t.names(only(t.events(), EventType.ACCUSE).source()));
    }

    @Test
    void aCommitmentGivenIsAPromiseToWhomItIsGiven() {
        Stories s = Stories.of("Rex Tillerson gave an unwavering U.S. commitment to NATO on Tuesday.");
        assertSides(s, only(s.events(), EventType.AGREE), List.of("Rex Tillerson"), List.of("NATO"));
        assertTrue(none(Stories.of("Donald Trump questioned the U.S. commitment to NATO.").events(), EventType.AGREE));
    }

    @Test
    void whatOneIsUnableOrReluctantToDoIsNotDone() {
        assertTrue(none(Stories.of("Pakistan was unable to attack the Taliban.").events(), EventType.ASSAULT));
        assertTrue(none(Stories.of("Pakistan is reluctant to attack the Taliban.").events(), EventType.ASSAULT));
        assertTrue(none(Stories.of("Reuters was unable to verify the allegations against Blake Farenthold.").events(),
                EventType.ACCUSE));
        assertFalse(none(Stories.of("Pakistan attacked the Taliban.").events(), EventType.ASSAULT));
    }

    @Test
    void aForceOfNatureOrADrugIsNoAttacker() {
        assertTrue(none(Stories.of("Hurricane Maria struck Puerto Rico in September.").events(), EventType.ASSAULT));
        assertTrue(none(Stories.of("The CDC estimated that 20,000 Americans were killed by fentanyl last year.").events(),
                EventType.ASSAULT));
        assertFalse(none(Stories.of("Russia struck Kyiv with missiles.").events(), EventType.ASSAULT));
    }

    @Test
    void aPredicateOfTheObjectsIsTheObjectsAct() {
        // the parser makes Abe the object of "said" and "upping sanctions" a predicate beside it
        Stories s = Stories.of("In a string of posts he also said Japanese Prime Minister Shinzo Abe was “upping sanctions” on "
                + "North Korea in response to its nuclear and missile tests.");
        assertSides(s, only(s.events(), EventType.SANCTION), List.of("Shinzo Abe"), List.of("North Korea"));
    }

    @Test
    void aBareTimeRightAfterAnEventNounIsTheNounsWhereTheVerbHasItsOwn() {
        Stories s = Stories.of("Anna Berg was fired from that post in February after misleading Vice President Ivan Petrov "
                + "about the extent of her conversations with Chinese Ambassador Li Wei last year.")
                .time("February", "2017-02").time("last year", "2016");
        assertEquals("2016", only(s.events(), EventType.CONSULT).date().value());
        // one time only: the verb's, and the noun's where it hangs there
        Stories t = Stories.of("Michael Flynn held talks with Sergei Kislyak last year.").time("last year", "2016");
        assertEquals("2016", only(t.events(), EventType.CONSULT).date().value());
    }

    @Test
    void anOpeningParticiplePhraseIsNoSentencesMainClause() {
        // parsed with "Writing" the root, "called" its loose dependent and Trump an apposition of Twitter
        Stories s = Stories.of("Writing on Twitter, Trump on Saturday called Petrov a “total disaster” that had “devastated” "
                + "financial institutions.");
        assertSides(s, only(s.events(), EventType.ACCUSE), List.of("Trump"), List.of("Petrov"));
    }

    @Test
    void anActReferredToIsNotTheActOfWhoeverRefersToIt() {
        assertTrue(none(Stories.of("Donald Trump responded to the attack on Syria.").events(), EventType.ASSAULT));
        assertTrue(none(Stories.of("Donald Trump pointed to the arrest of Paul Manafort.").events(), EventType.COERCE));
        Stories t = Stories.of("Donald Trump responded with a rebuke of Theresa May.");
        assertSides(t, only(t.events(), EventType.ACCUSE), List.of("Donald Trump"), List.of("Theresa May"));
    }

    @Test
    void aClauseHungOnANounTellsItsDoerOnlyThroughItsOwner() {
        // a clause of time on a noun says nothing of the noun as a doer
        Stories s = Stories.of("In a talk in Oslo before flying to Madrid, Anna Berg warned Russia.");
        assertTrue(none(s.events(), EventType.CONSULT), s.events().toString());
        // the owner of a noun of an act does what its infinitive says; the noun's modifiers do not
        Stories u = Stories.of("Ivan Petrov threatened in his first United Nations speech to “totally destroy” Serbia.");
        assertTrue(u.events().stream().noneMatch(e -> u.names(e.source()).contains("United Nations")), u.events().toString());
        Stories w = Stories.of("Donald Trump’s decision to recognize Jerusalem as the capital of Israel angered Arab states.");
        assertSides(w, only(w.events(), EventType.SUPPORT), List.of("Donald Trump"), List.of("Israel"));
    }

    @Test
    void aThreatOrVowOfHarmIsAThreat() {
        Stories s = Stories.of("Ivan Petrov alarmed allies with his threat to “totally destroy” Serbia.");
        assertSides(s, only(s.events(), EventType.THREATEN), List.of("Ivan Petrov"), List.of("Serbia"));
        assertTrue(none(s.events(), EventType.COERCE), s.events().toString());
        Stories t = Stories.of("Ivan Petrov has alarmed allies with his vow to “totally destroy” Serbia.");
        assertSides(t, only(t.events(), EventType.THREATEN), List.of("Ivan Petrov"), List.of("Serbia"));
    }

    @Test
    void whatANounOfFailureTakesWasNotDone() {
        Stories s = Stories.of("The law is a rebound from the Democrats’ failure to arrest Ivan Petrov.");
        assertTrue(none(s.events(), EventType.COERCE), s.events().toString());
    }

    @Test
    void anotherOfAStatesPeopleMetOnTheSameOccasionIsAnotherMeetingOfItsDay() {
        Stories s = Stories.of("Jim Mattis met Pakistan's civilian and military leaders on Monday. Mattis also visited Islamabad.")
                .time("Monday", "2017-12-04");
        List<Event> met = s.events().stream().filter(e -> e.type() == EventType.CONSULT).toList();
        assertEquals(2, met.size(), met.toString());
        assertTrue(met.stream().allMatch(e -> e.date() != null && e.date().value().equals("2017-12-04")), met.toString());
        // the same two told again are one meeting
        Stories t = Stories.of("Jim Mattis met Shahid Khaqan Abbasi on Monday. Mattis met Abbasi for two hours.")
                .time("Monday", "2017-12-04");
        assertEquals(1, t.events().stream().filter(e -> e.type() == EventType.CONSULT).count(), t.events().toString());
    }

    @Test
    void anAttackThatKilledHappenedWhoeverDidItAndWhenItKilled() {
        Stories s = Stories.of("The investigators found the Syrian army was to blame for a gas attack on the village of "
                + "Latamneh that killed dozens of people in March.").time("March", "2017-03");
        Event e = only(s.events(), EventType.ASSAULT);
        assertEquals(List.of("Latamneh"), s.names(e.target()));
        assertEquals("2017-03", e.date().value());
        // who was convicted of it did not do it by being named beside it
        Stories t = Stories.of("Ivan Petrov prosecuted the militia members convicted of a 1995 market bombing in Sarajevo "
                + "that killed nine people.").time("1995", "1995");
        assertTrue(t.events().stream().filter(x -> x.type() == EventType.ASSAULT).noneMatch(x -> t.names(x.source())
                .contains("Ivan Petrov")), t.events().toString());
        assertFalse(none(t.events(), EventType.ASSAULT), t.events().toString());
        // with no one killed and no one named, an attack is not told as one
        assertTrue(none(Stories.of("The report was about a gas attack on Latamneh.").events(), EventType.ASSAULT));
    }

    @Test
    void aVisitThatNamesNoPlaceIsToWhereTheStoryIsFiled() {
        Stories s = Stories.of("BRUSSELS (Reuters) - Rex Tillerson reassured NATO allies. "
                + "During his visit on Tuesday, Tillerson praised NATO.").time("on Tuesday", "2024-03-12");
        Event e = only(s.events(), EventType.CONSULT);
        assertSides(s, e, List.of("Rex Tillerson"), List.of("BRUSSELS"));
        assertEquals("2024-03-12", e.date().value());
        // without a dateline there is no place to take
        assertTrue(none(Stories.of("Rex Tillerson reassured NATO allies. During his visit on Tuesday, Tillerson praised NATO.")
                .events(), EventType.CONSULT));
    }

    @Test
    void aPossessiveBeforeTheSubjectIsTheSubjects() {
        Stories s = Stories.of("Donald Trump stayed home. In his speech on Tuesday, Rex Tillerson accused Russia of lying.");
        assertSides(s, only(s.events(), EventType.ACCUSE), List.of("Rex Tillerson"), List.of("Russia"));
        Stories t = Stories.of("BRUSSELS (Reuters) - Donald Trump stayed home. During his visit on Tuesday, Rex Tillerson praised NATO.");
        assertSides(t, only(t.events(), EventType.CONSULT), List.of("Rex Tillerson"), List.of("BRUSSELS"));
    }

    @Test
    void aFightVowedUntilSomethingIsTakenThreatensWhatItIsToTake() {
        Stories s = Stories.of("Kurdish fighters have sworn to fight until they gain control of towns near Syria's border "
                + "with Turkey, Turkish officials said Monday.");
        Event e = only(s.events(), EventType.THREATEN);
        assertEquals(List.of("Kurdish fighters"), s.names(e.source()));
        assertEquals(List.of("Syria"), s.names(e.target()));
    }

    @Test
    void aBareInfinitiveParsedAsAnObjectTakesItsClausesSubject() {
        Stories s = Stories.of("Egypt has mobilized lobby groups in France to help support the rights of Palestinians in "
                + "their dispute with Israel, a senior minister said in remarks published Monday.");
        assertSides(s, only(s.events(), EventType.SUPPORT), List.of("Egypt"), List.of("Palestinians"));
    }

    @Test
    void aMediationsPartiesAreTheBetweenPhraseAfterItWhereverTheParserHangsIt() {
        Stories s = Stories.of("Oman's sultan, Qaboos bin Said launched a mediation effort on Sunday between Iran and "
                + "Saudi Arabia whose ties have been strained by Riyadh's war in Yemen.");
        Event e = only(s.events(), EventType.CONSULT);
        assertEquals("third-party", e.mode());
        assertEquals(List.of("Iran", "Saudi Arabia"), s.names(e.target()));
    }


    @Test
    void whomAMeetingOrTestimonyIsWithIsThePhraseRightAfterItWhereverItHangs() {
        Stories s = Stories.of("Berg said in Oslo after the Nordic ministers’ dinner with Ivan Petrov that the plan would fail.");
        assertSides(s, only(s.events(), EventType.CONSULT), List.of("Nordic ministers"), List.of("Ivan Petrov"));
        Stories t = Stories.of("Later that day, Anna Berg said in testimony before Parliament that she had no memory of the call.");
        assertSides(t, only(t.events(), EventType.CONSULT), List.of("Anna Berg"), List.of("Parliament"));
    }

    @Test
    void aPassivesSubjectOrTheNounAParticipleHangsOnIsItsObject() {
        // "a deal struck" is "strike deal", no attack; the participle names the deal's parties
        Stories s = Stories.of("The walkout was the result of a deal struck between Anna Berg and Ivan Petrov.");
        assertTrue(none(s.events(), EventType.ASSAULT), s.events().toString());
        Event e = only(s.events(), EventType.AGREE);
        assertEquals(List.of("Anna Berg", "Ivan Petrov"),
                java.util.stream.Stream.concat(s.names(e.source()).stream(), s.names(e.target()).stream()).toList());
        Stories t = Stories.of("A deal was struck between Anna Berg and Ivan Petrov.");
        assertTrue(none(t.events(), EventType.ASSAULT), t.events().toString());
        // the same verb with an object of harm is still the harm
        assertFalse(none(Stories.of("Russian missiles struck Kyiv.").events(), EventType.ASSAULT));
    }

    @Test
    void aPhraseHungOnATimeWordIsNoComplementOfTheVerbTheTimeIsOn() {
        // the parser hangs "of her testimony" on "Friday": the release of a transcript governs no testimony
        Stories s = Stories.of("In a transcript released on Friday of Anna Berg's testimony last month to the Senate "
                + "Finance Committee, Berg said the plan would fail.").time("last month", "2017-10");
        Event e = only(s.events(), EventType.CONSULT);
        assertSides(s, e, List.of("Anna Berg"), List.of("Senate Finance Committee"));
        assertEquals("2017-10", e.date().value());
    }

    @Test
    void oneWhoArrivesInAPlaceVisitsItAndWhereOneComesFromIsNoVisit() {
        Stories s = Stories.of("Emmanuel Macron will arrive in Hanoi on Friday.");
        Event e = only(s.events(), EventType.CONSULT);
        assertSides(s, e, List.of("Emmanuel Macron"), List.of("Hanoi"));
        assertEquals(Modality.PLANNED, e.modality());
        assertTrue(none(Stories.of("Emmanuel Macron arrived from Hanoi on Friday.").events(), EventType.CONSULT));
    }

    @Test
    void whatAThreatIsUsedAgainstIsItsTargetNotTheOwnerOfTheMeans() {
        Stories s = Stories.of("Daniel Ortega threatened to use Nicaragua's army against Honduras if needed.");
        assertSides(s, only(s.events(), EventType.THREATEN), List.of("Daniel Ortega"), List.of("Honduras"));
    }

    @Test
    void aClauseOnAnObjectIsDoneByWhoeverTakesTheObjectEvenThroughAnInfinitive() {
        Stories s = Stories.of("A day earlier, Lula seemed to take a tougher approach: threatening to impose tariffs on "
                + "Argentina if needed.");
        assertSides(s, only(s.events(), EventType.THREATEN), List.of("Lula"), List.of("Argentina"));
    }

    @Test
    void anEarlierOccasionIsNotTheOneAtHand() {
        Stories s = Stories.of("Narendra Modi threatened on Monday to strike Pakistan. The speech stood in contrast with "
                + "Modi's earlier threats to destroy Pakistan.");
        List<Event> threats = s.events().stream().filter(e -> e.type() == EventType.THREATEN).toList();
        assertEquals(2, threats.size(), s.events().toString());
    }

    @Test
    void toDemonstrateSomethingIsToShowItUnlessWhatIsShownIsAStance() {
        assertTrue(none(Stories.of("Anna Berg released a study demonstrating the cost of the plan.").events(),
                EventType.PROTEST));
        assertTrue(none(Stories.of("Anna Berg tried to demonstrate that she was independent.").events(), EventType.PROTEST));
        assertFalse(none(Stories.of("Thousands of teachers marched in Lima to demonstrate opposition to Pedro Castillo.")
                .events(), EventType.PROTEST));
    }

    @Test
    void toSaySomeoneDidWrongIsToAccuseThem() {
        // words of wrongdoing a sentiment lexicon rates mild or lacks ("meddled", "interfered", "misled")
        Stories s = Stories.of("Anna Berg said on Friday that Ivan Petrov had meddled in the vote.");
        assertSides(s, only(s.events(), EventType.ACCUSE), List.of("Anna Berg"), List.of("Ivan Petrov"));
        Stories t = Stories.of("The FBI concluded in March that Ivan Petrov had misled the auditors.");
        assertSides(t, only(t.events(), EventType.ACCUSE), List.of("FBI"), List.of("Ivan Petrov"));
        assertTrue(none(Stories.of("Anna Berg said Ivan Petrov had not meddled in the vote.").events(), EventType.ACCUSE));
    }

    @Test
    void aBracketAndDashAfterTheFirstSentenceIsNoDateline() {
        // "(PDF) -" is no "(Reuters) -": the places and bodies before it are parties, not where the story was filed
        Stories s = Stories.of("The Peruvian Development Fund was put on a U.S. sanctions list in 2015. Its twin, the "
                + "Andean Water Fund (AWF) - a state lender - was not.");
        assertSides(s, only(s.events(), EventType.SANCTION), List.of("United States"), List.of("Peruvian Development Fund"));
    }

    @Test
    void anActWhoseOwnNounIsDeniedIsNeitherDoneNorRefused() {
        assertTrue(Stories.of("Emmanuel Macron made no commitments to Mali.").events().isEmpty());
        assertTrue(Stories.of("Olaf Scholz offered no support to Kyiv.").events().isEmpty());
        // a verb denied is still a refusal
        assertFalse(none(Stories.of("Olaf Scholz said he would not accept the offer from Kyiv.").events(), EventType.REJECT));
    }

    @Test
    void whatHappensOnlyIfSomethingElseHappensIsNoFact() {
        assertTrue(none(Stories.of("If Labour and the Greens cannot agree on the budget, the government could fall.").events(),
                EventType.REJECT));
    }

    @Test
    void toStandForOfficeAgainOrNotAsksAndRefusesNoOne() {
        Stories s = Stories.of("Anna Berg said on Friday that she would not seek re-election in 2026.");
        assertTrue(none(s.events(), EventType.REJECT), s.events().toString());
        assertTrue(none(s.events(), EventType.REQUEST), s.events().toString());
    }

    @Test
    void aThingReleasedFreesNoOne() {
        assertTrue(none(Stories.of("The Senate plan was released on Thursday.").events(), EventType.CONCEDE));
        assertTrue(none(Stories.of("Gustavo Petro's office released Ivan Duque's letter.").events(), EventType.CONCEDE));
        assertTrue(none(Stories.of("Colombian lawmakers released a batch of Facebook ads on Friday.").events(),
                EventType.CONCEDE));
        assertTrue(none(Stories.of("The Senate panel released a transcript of testimony last week of Ivan Duque.").events(),
                EventType.CONCEDE));
        assertFalse(none(Stories.of("The ELN released 12 soldiers on Friday.").events(), EventType.CONCEDE));
        assertFalse(none(Stories.of("Gustavo Petro freed Ivan Duque.").events(), EventType.CONCEDE));
    }

    @Test
    void toSpeakWithSomeoneIsToTalkWithThemAndOnlyTheyAreSpokenTo() {
        Stories s = Stories.of("Olaf Scholz said he had spoken with Emmanuel Macron again over allegations of Russian "
                + "meddling in the vote.");
        assertSides(s, only(s.events(), EventType.CONSULT), List.of("Olaf Scholz"), List.of("Emmanuel Macron"));
        // what the talk was over is its topic: the speaker alleged nothing
        assertTrue(none(s.events(), EventType.ACCUSE), s.events().toString());
        Stories t = Stories.of("Olaf Scholz, speaking to reporters at the Chancellery in Berlin, praised the deal.");
        assertTrue(none(t.events(), EventType.CONSULT), t.events().toString());
    }

    @Test
    void toAgreeThatSomethingIsSoSharesAViewAndMakesNoAgreement() {
        assertTrue(none(Stories.of("Anna Berg agreed that Ivan Petrov was the best candidate.").events(), EventType.AGREE));
        assertFalse(none(Stories.of("Anna Berg and Ivan Petrov agreed that they would meet again in May.").events(),
                EventType.AGREE));
    }

    @Test
    void whomAClauseOfForXToAsksIsItsSubjectNamedOrNot() {
        // the agency asked is no entity: no other phrase of the sentence is whom the request is to
        Stories s = Stories.of("Anna Berg called for the health agency to make a fresh start with Ivan Petrov.");
        assertTrue(s.events().stream().noneMatch(e -> s.names(e.target()).contains("Ivan Petrov")), s.events().toString());
        Stories t = Stories.of("Anna Berg called for Ivan Petrov to resign.");
        assertSides(t, only(t.events(), EventType.REQUEST), List.of("Anna Berg"), List.of("Ivan Petrov"));
    }

    @Test
    void theFirstOfSomeToDoSomethingIsTheOneWhoDidIt() {
        // a predicate noun's infinitive is done by the clause's subject, not by the body the noun is a member of
        Stories s = Stories.of("Anna Berg was the first member of the Swedish government to meet Ivan Petrov.");
        assertSides(s, only(s.events(), EventType.CONSULT), List.of("Anna Berg"), List.of("Ivan Petrov"));
    }

    @Test
    void aClauseOfWhenOnTheTimeOfAnActTellsItsTime() {
        Stories s = Stories.of("Anna Berg met Ivan Petrov for the first time when she was in Oslo last year.")
                .time("last year", "2016");
        assertEquals("2016", only(s.events(), EventType.CONSULT).date().value());
    }

    @Test
    void toProposeABillIsToAskForIt() {
        Stories s = Stories.of("Anna Berg proposed a bill on Tuesday to ban fireworks in Oslo.").time("Tuesday", "2017-10-31");
        Event e = only(s.events(), EventType.REQUEST);
        assertEquals(List.of("Anna Berg"), s.names(e.source()));
        assertEquals("2017-10-31", e.date().value());
    }

    private static List<String> both(Event e) {
        List<String> ids = new java.util.ArrayList<>(e.source());
        ids.addAll(e.target());
        return ids;
    }
}
