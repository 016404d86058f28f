package dev.newsgraph.analysis.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.analysis.data.DataFile;
import dev.newsgraph.analysis.place.Gazetteer.Kind;
import dev.newsgraph.analysis.place.Gazetteer.Place;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer, read from its TSV or from the compact file made at build time, holds what the reader of hash
 * maps and regular expressions it replaced held: that reader is kept here as the reference, and every name,
 * place and id of the shipped file is compared.
 */
class GazetteerTest {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** The accents' folding as it was: the whole name's decomposition. */
    private static String oldFold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").replace('\u2019', '\'');
    }

    @Test
    void foldingCharacterByCharacterIsTheWholeNamesDecomposition() {
        StringBuilder marks = new StringBuilder();
        for (char m = 0x300; m < 0x370; m++) {
            marks.append(m);
        }
        for (char c = 128; c < 0x3000; c++) {
            for (String s : new String[] {"a" + c + "b", "a" + c, c + "\u0301\u0327x", "e\u0301" + c + "\u0345",
                    "x" + c + marks}) {
                int from = 0;
                while (s.charAt(from) < 128) {
                    from++;
                }
                String hex = Integer.toHexString(c);
                assertEquals(oldFold(s), Gazetteer.fold(s, from), () -> "U+" + hex + " in " + s);
            }
        }
        assertEquals("Ayn Halaqim", Gazetteer.fold("\u2018Ayn \u1e28al\u0101q\u012bm", 0).substring(1));
        assertEquals("o'brien", Gazetteer.fold("o\u2019brien", 1));
    }

    @Test
    void otherNamesOfAPlaceFindItAndMustNameAPlaceThatIsThere() throws Exception {
        Gazetteer g = Gazetteer.standard();
        Place janin = g.place("283506");
        assertEquals("PSE", janin.country());
        assertTrue(g.named("Jenin").contains(janin), "GeoNames' other spelling of Jan\u012bn");
        assertTrue(g.named("Jenin").size() > 1, "beside the Polish village whose own name it is");
        assertEquals(List.of(), g.named("Dschenin"), "no spelling far from the place's own name (German)");
        byte[] shipped;
        try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE)) {
            shipped = new GZIPInputStream(in).readAllBytes();
        }
        ByteArrayOutputStream dangling = new ByteArrayOutputStream();
        dangling.write(shipped);
        dangling.write("N\t999999\tNowhere\n".getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.read(new java.io.ByteArrayInputStream(dangling.toByteArray())));
    }

    @Test
    void theShippedGazetteerAndItsCompactFileHoldWhatTheOldReaderHeld() throws Exception {
        Old old = new Old();
        try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE)) {
            old.read(new GZIPInputStream(in));
        }
        Gazetteer fromTsv;
        try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE)) {
            fromTsv = Gazetteer.read(new GZIPInputStream(in));
        }
        assertHolds(old, fromTsv);
        assertNotNull(Gazetteer.class.getResource(Gazetteer.COMPACT), "the build writes " + Gazetteer.COMPACT);
        assertHolds(old, Gazetteer.standard()); // the compact file made at build time
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        fromTsv.writeCompact(again);
        assertHolds(old, Gazetteer.readCompact(again.toByteArray()));
    }

    private static void assertHolds(Old old, Gazetteer g) {
        int places = 0;
        for (Map.Entry<String, List<Place>> e : old.byName.entrySet()) {
            assertEquals(e.getValue(), g.keyed(e.getKey()), e.getKey());
            places += e.getValue().size();
        }
        assertEquals(old.byName.size(), g.keyCount());
        assertEquals(places, g.entryCount());
        for (Map.Entry<String, Place> e : old.byId.entrySet()) {
            assertEquals(e.getValue(), g.place(e.getKey()), e.getKey());
        }
        old.countries.forEach((k, v) -> assertEquals(v, g.country(k), k));
        old.admins.forEach((k, v) -> assertEquals(v, g.admin(k), k));
        assertNull(g.place("0703448"));
        assertNull(g.place("x"));
        assertNull(g.place("999999999"));
        List<Place> paris = g.named("PARIS");
        assertEquals(old.byName.get("paris"), paris);
        assertThrows(UnsupportedOperationException.class, () -> paris.add(paris.get(0)));
        assertEquals(List.of(), g.named("Zzyzxville Gardens"));
    }

    /** The reader as it was before the compact index (2026-12-05). */
    private static final class Old {
        final Map<String, List<Place>> byName = new HashMap<>();
        final Map<String, Place> countries = new HashMap<>();
        final Map<String, Place> admins = new HashMap<>();
        final Map<String, Place> byId = new HashMap<>();

        void read(InputStream tsv) throws Exception {
            BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
            Map<String, String> iso3 = new HashMap<>();
            List<String[]> otherNames = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "C" -> {
                        String a3 = Gazetteer.alpha3(f[1]); // a JDK lookup both readers share
                        if (a3 != null) {
                            iso3.put(f[1], a3);
                            Place p = new Place(Kind.COUNTRY, null, f[2], a3, null, null, "PCLI", 0,
                                    Double.parseDouble(f[3]), Double.parseDouble(f[4]));
                            countries.put(a3, p);
                            add(f[2], p);
                            String english = new Locale("", f[1]).getDisplayCountry(Locale.ENGLISH);
                            if (!english.isEmpty() && !english.equals(f[1]) && !key(english).equals(key(f[2]))) {
                                add(english, p);
                            }
                        }
                    }
                    case "A" -> {
                        String a3 = iso3.get(f[1]);
                        if (a3 != null) {
                            String key = f[1] + "." + f[2];
                            Place p = new Place(Kind.ADMIN1, null, f[3], a3, key, f[3], "ADM1", 0,
                                    Double.parseDouble(f[4]), Double.parseDouble(f[5]));
                            admins.put(key, p);
                            add(f[3], p);
                            String shortName = f[3].replaceFirst("(?i)\\s+(oblast|province|region|state|governorate"
                                    + "|prefecture|district|department|county|municipality|voivodeship|autonomous"
                                    + " community|krai|autonomous okrug)$", "")
                                    .replaceFirst("(?i)^(autonomous republic|republic|province|region) of\\s+", "");
                            if (!shortName.equals(f[3])) {
                                add(shortName, p);
                            }
                        }
                    }
                    case "D" -> {
                        String a3 = iso3.get(f[1]);
                        Place state = admins.get(f[1] + "." + f[2]);
                        if (a3 != null && state != null) {
                            Place p = new Place(Kind.ADMIN2, null, f[3], a3, state.admin(), state.name(), "ADM2", 0,
                                    Double.parseDouble(f[4]), Double.parseDouble(f[5]));
                            add(f[3], p);
                            if (f[3].endsWith(" County")) {
                                add(f[3].substring(0, f[3].length() - "County".length()) + "Co.", p);
                            }
                        }
                    }
                    case "P" -> {
                        String a3 = iso3.get(f[3]);
                        if (a3 != null) {
                            String key = f[4].isEmpty() ? null : f[3] + "." + f[4];
                            Place admin = key == null ? null : admins.get(key);
                            Place p = new Place(Kind.CITY, f[1], f[2], a3, admin == null ? null : key,
                                    admin == null ? null : admin.name(), f[5], Long.parseLong(f[6]),
                                    Double.parseDouble(f[7]), Double.parseDouble(f[8]));
                            byId.put(f[1], p);
                            add(f[2], p);
                        }
                    }
                    case "N" -> otherNames.add(f); // other names of places, added once every place is read
                    default -> throw new IllegalArgumentException("unknown kind " + f[0]);
                }
            }
            for (String[] f : otherNames) {
                addOnce(f[2], byId.get(f[1]));
            }
            for (DataFile.Line l : DataFile.resource(dev.newsgraph.analysis.world.WorldKnowledge.class,
                    "us-states.tsv")) {
                String[] f = l.fields();
                for (int i = 1; i < f.length; i++) {
                    addOnce(f[i], admins.get("US." + f[0]));
                }
            }
            for (DataFile.Line l : DataFile.resource(Gazetteer.class, "alternate-names.tsv")) {
                String[] f = l.fields();
                addOnce(f[0], f[1].matches("[A-Z]{3}") ? countries.get(f[1]) : byId.get(f[1]));
            }
        }


        private void add(String name, Place p) {
            byName.computeIfAbsent(key(name), k -> new ArrayList<>(1)).add(p);
        }

        private void addOnce(String name, Place p) {
            List<Place> list = byName.computeIfAbsent(key(name), k -> new ArrayList<>(1));
            if (!list.contains(p)) {
                list.add(p);
            }
        }

        /** The key as it was, the accents folded by the whole name's decomposition. */
        static String key(String name) {
            String s = name.strip();
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 127) {
                    s = oldFold(s);
                    break;
                }
            }
            return Gazetteer.keyOfFolded(s);
        }
    }
}
