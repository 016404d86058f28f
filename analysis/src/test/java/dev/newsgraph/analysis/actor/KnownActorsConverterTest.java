package dev.newsgraph.analysis.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnownActorsConverterTest {
    /** Written for this test in the dictionaries' format: not a copy of any entry. */
    private static final String DICTIONARY = """
            # a comment
            FREEDONIA_  [FDN]
            +FREEDONIAN_

            RUFUS_T_FIREFLY_  # CountryInfo.txt
            +RUFUS_FIREFLY_
            +PRESIDENT_FIREFLY_
            +FIREFLY_
            \t[SWEELI 500101-220101]
            \t[SWEGOV 220101-261231]
            \t[SWEELI]
            TRENTINO_OF_SYLVANIA_  [NORMIL]
            CHICOLINI_BROTHERS_ [IMGMUSREB] # a group: MUS is Muslim here, not Mauritius
            JOHN_BROWN_  # CountryInfo.txt
            \t[DNKGOV 990101-021231]
            JOHN_BROWN_  # CountryInfo.txt
            \t[FINGOV >150101]
            GLOBAL_WIDGETS_INC_ [MNC]
            SAMPLE_PEACE_FUND_ [NGOUSAHRI]
            ARBEN_TESTAJ_ [KSVGOV > 080109]
            """;

    private static Map<String, List<KnownActors.Period>> convert() throws Exception {
        return KnownActorsConverter.table(KnownActorsConverter.parse(new StringReader(DICTIONARY)));
    }

    @Test
    void namesAreFullNamesWithoutTitlesAndPeriodsKeepTheirDates() throws Exception {
        var t = convert();
        assertTrue(t.containsKey("rufus t firefly"));
        assertTrue(t.containsKey("rufus firefly"));
        assertFalse(t.containsKey("firefly"), "a bare surname is never a key");
        assertFalse(t.containsKey("president firefly"), "a title is not a name");
        assertFalse(t.containsKey("freedonia"), "a country block is the entity stage's business");
        List<KnownActors.Period> p = t.get("rufus firefly");
        assertEquals(new KnownActors.Period("SWE", null, 19500101, 20220101), p.get(0), "two-digit years below 30 are 20xx");
        assertEquals(new KnownActors.Period("SWE", "GOV", 20220101, 20261231), p.get(1));
        assertEquals(new KnownActors.Period("SWE", null, 0, 99_991_231), p.get(2), "ELI: the country, no sector");
    }

    @Test
    void codesBecomeIsoCountriesAndNewsgraphSectors() throws Exception {
        var t = convert();
        assertEquals("NOR", t.get("trentino of sylvania").get(0).country());
        assertEquals("MIL", t.get("trentino of sylvania").get(0).sector());
        assertEquals(new KnownActors.Period(null, "REB", 0, 99_991_231), t.get("chicolini brothers").get(0));
        assertEquals(new KnownActors.Period(null, "BUS", 0, 99_991_231), t.get("global widgets inc").get(0));
        assertEquals(new KnownActors.Period("USA", "NGO", 0, 99_991_231), t.get("sample peace fund").get(0));
        assertEquals(new KnownActors.Period("XKX", "GOV", 20080109, 99_991_231), t.get("arben testaj").get(0),
                "CAMEO's KSV is Kosovo's XKX");
    }

    @Test
    void aNameTwoActorsOfDifferentCountriesShareIsDropped() throws Exception {
        assertFalse(convert().containsKey("john brown"));
    }

    @Test
    void theWrittenListReadsBack() throws Exception {
        StringWriter w = new StringWriter();
        KnownActorsConverter.write(convert(), w);
        assertTrue(w.toString().startsWith("# Known actors"));
        assertTrue(w.toString().contains("MIT"));
        KnownActors k = KnownActors.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
        KnownActors.Actor a = k.find("Rufus T. Firefly");
        assertEquals(new KnownActors.Status("SWE", "GOV"), a.at(LocalDate.of(2024, 5, 1)));
        assertEquals(new KnownActors.Status("SWE", null), a.at(LocalDate.of(2030, 1, 1)));
        assertNull(k.find("Groucho Marx"));
    }

    @Test
    void datesInBothWidthsAndTheirSlips() {
        assertEquals(19450703, KnownActorsConverter.date("450703", false));
        assertEquals(20120515, KnownActorsConverter.date("20120515", false));
        assertEquals(20100501, KnownActorsConverter.date("201005011", false));
        assertEquals(20030320, KnownActorsConverter.date("1920030320", false));
        assertEquals(20090228, KnownActorsConverter.date("090231", true), "a day past the month's end is its last");
        assertEquals(-1, KnownActorsConverter.date("2004017", false));
    }
}
