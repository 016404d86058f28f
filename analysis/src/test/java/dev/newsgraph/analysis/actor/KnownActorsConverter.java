package dev.newsgraph.analysis.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Converts the Phoenix actor dictionaries of PETRARCH2 into newsgraph's {@code known-actors.tsv.gz}
 * (format in {@link KnownActors}). Never runs at run time. From the project's root:
 *
 * <pre>
 * mvn -B -q -o -pl analysis -am test-compile -DskipTests
 * java -cp analysis/target/classes:analysis/target/test-classes \
 *     dev.newsgraph.analysis.actor.KnownActorsConverter ../shared/lexicons/petrarch2 \
 *     analysis/src/main/resources/dev/newsgraph/analysis/actor/known-actors.tsv.gz
 * </pre>
 *
 * <p>What it keeps: every actor with at least one CAMEO code that gives a country or a sector,
 * under each of its names of two words or more that carries no title ("President Putin" and
 * "Putin" are dropped; "Vladimir Putin" is kept). A name two actors of different countries share
 * is dropped for both. Country blocks ("RUSSIAN_FEDERATION_ [RUS]" with its cities) are skipped:
 * places are the entity stage's business. CAMEO codes become an ISO 3166-1 alpha-3 country (the
 * few CAMEO codes that are not ISO mapped, regions and former states dropped) and newsgraph's
 * sector (ELI, a former office holder, becomes no sector).
 */
public final class KnownActorsConverter {
    static final List<String> FILES = List.of("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
            "Phoenix.MilNonState.actors.txt");

    /** CAMEO country codes that are not (current) ISO alpha-3, and what they are. */
    static final Map<String, String> COUNTRY_EXCEPTIONS = Map.of("TMP", "TLS", "KSV", "XKX", "ROM", "ROU",
            "ZAR", "COD", "ANG", "AGO", "FRN", "FRA");
    /** CAMEO role codes and newsgraph's sector ("-": none). */
    static final Map<String, String> SECTORS = sectors();
    /** First units that are not a state: the sector they give. */
    static final Map<String, String> NON_STATE = Map.of("IGO", "IGO", "NGO", "NGO", "MNC", "BUS", "IMG", "REB",
            "MED", "MED", "ELI", "-", "INT", "-");
    static final Set<String> RELIGIONS = Set.of("CHR", "MOS", "MUS", "JEW", "HIN", "BUD", "SUN", "SHI", "ITH", "JAN",
            "SIK", "ZRO", "BAH", "CON", "DOX", "CTH", "PRO");
    /** Words that make a name a title, not a name ("President Putin", "Secretary-General Ban"). */
    static final Set<String> TITLE_WORDS = Set.of("president", "presidente", "minister", "chancellor", "kanzler",
            "secretary", "senator", "governor", "mayor", "ambassador", "spokesman", "spokeswoman", "spokesperson");
    /** Words that make a name a title when they open it ("Prime Minister", "General Sisi"). */
    static final Set<String> TITLE_OPENERS = Set.of("prime", "premier", "former", "king", "queen", "emir",
            "general", "gen", "colonel", "col", "mr", "mrs", "ms", "dr", "sir", "chief", "chairman", "leader",
            "official", "officials", "president", "presidente");

    private static final Set<String> ISO3 = iso3();
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");

    private KnownActorsConverter() {
    }

    private static Map<String, String> sectors() {
        Map<String, String> m = new HashMap<>();
        for (String gov : List.of("GOV", "LEG", "PTY", "SPY", "COP", "PRE", "ADM")) {
            m.put(gov, "GOV");
        }
        m.put("PTY", "-"); // a party: in or out of government, the code does not say
        m.put("MIL", "MIL");
        m.put("REB", "REB");
        m.put("UAF", "REB");
        m.put("INS", "REB");
        m.put("SEP", "REB");
        m.put("OPP", "OPP");
        m.put("JUD", "JUD");
        m.put("BUS", "BUS");
        m.put("MNC", "BUS");
        m.put("MED", "MED");
        m.put("EDU", "EDU");
        m.put("REL", "REL");
        m.put("CVL", "CVL");
        m.put("LAB", "CVL");
        m.put("HRI", "CVL");
        m.put("REF", "CVL");
        m.put("AGR", "CVL");
        m.put("IGO", "IGO");
        m.put("NGO", "NGO");
        m.put("ELI", "-");
        m.put("CRM", "-");
        return Map.copyOf(m);
    }

    private static Set<String> iso3() {
        Set<String> s = new HashSet<>();
        for (String a2 : Locale.getISOCountries()) {
            s.add(new Locale("", a2).getISO3Country());
        }
        s.add("XKX");
        return s;
    }

    /** A dictionary entry: its names as written and its codes with their dates. */
    record Entry(List<String> names, List<KnownActors.Period> periods) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: KnownActorsConverter PETRARCH2_DIR OUT.tsv.gz");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        List<Entry> entries = new ArrayList<>();
        for (String f : FILES) {
            try (BufferedReader r = Files.newBufferedReader(dir.resolve(f), StandardCharsets.UTF_8)) {
                entries.addAll(parse(r));
            }
        }
        Map<String, List<KnownActors.Period>> table = table(entries);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(args[1])))) {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(table, w);
            w.flush();
        }
        System.err.printf("%d dictionary entries, %d actors, %d names%n", entries.size(),
                new HashSet<>(table.values()).size(), table.size());
    }

    /** Reads one actor dictionary. */
    static List<Entry> parse(Reader in) throws IOException {
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<Entry> out = new ArrayList<>();
        List<String> names = null;
        List<KnownActors.Period> periods = null;
        String line;
        while ((line = r.readLine()) != null) {
            String text = stripComment(line);
            if (text.isBlank()) {
                continue;
            }
            boolean restriction = Character.isWhitespace(text.charAt(0));
            boolean synonym = text.startsWith("+");
            if (!restriction && !synonym) {
                if (names != null) {
                    out.add(new Entry(names, periods));
                }
                names = new ArrayList<>();
                periods = new ArrayList<>();
            }
            if (names == null) {
                continue;
            }
            int bracket = text.indexOf('[');
            String phrase = (bracket < 0 ? text : text.substring(0, bracket)).strip();
            if (synonym) {
                phrase = phrase.substring(1).strip();
            }
            if (!phrase.isEmpty() && !restriction) {
                names.add(phrase);
            }
            Matcher m = BRACKET.matcher(text);
            while (m.find()) {
                KnownActors.Period p = period(m.group(1));
                if (p != null) {
                    periods.add(p);
                }
            }
        }
        if (names != null) {
            out.add(new Entry(names, periods));
        }
        return out;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        String s = hash < 0 ? line : line.substring(0, hash);
        int semi = s.indexOf(';');
        return semi < 0 ? s : s.substring(0, semi);
    }

    /** One "[CODE date-restriction]", or null where the code says nothing newsgraph keeps. */
    static KnownActors.Period period(String inside) {
        String s = inside.strip();
        int space = s.indexOf(' ');
        String code = space < 0 ? s : s.substring(0, space);
        String when = space < 0 ? "" : s.substring(space + 1).replace(" ", "");
        String[] cs = code(code);
        if (cs == null) {
            return null;
        }
        int from = 0;
        int to = 99_991_231;
        if (when.startsWith("<")) {
            to = date(when.substring(1), true);
        } else if (when.startsWith(">")) {
            from = date(when.substring(1), false);
        } else if (when.contains("-")) {
            String[] ab = when.split("-", 2);
            from = date(ab[0], false);
            to = date(ab[1], true);
        } else if (!when.isEmpty()) {
            return null;
        }
        if (from < 0 || to < 0) {
            return null;
        }
        return new KnownActors.Period(cs[0], cs[1], from, to);
    }

    /** A CAMEO actor code as {country or null, sector or null}; null where it gives neither, or is a bare country. */
    static String[] code(String code) {
        List<String> units = new ArrayList<>();
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            String u = code.substring(i, i + 3).toUpperCase(Locale.ROOT);
            if (u.chars().allMatch(Character::isLetter)) {
                units.add(u);
            }
        }
        if (units.isEmpty()) {
            return null;
        }
        String country = null;
        String sector = null;
        boolean roleSeen = false;
        for (int i = 0; i < units.size(); i++) {
            String u = units.get(i);
            if (i == 0 && NON_STATE.containsKey(u)) {
                sector = NON_STATE.get(u);
                roleSeen = true;
                continue;
            }
            if (country == null && (i == 0 || i == 1 && NON_STATE.containsKey(units.get(0)) && !RELIGIONS.contains(u))) {
                String c = COUNTRY_EXCEPTIONS.getOrDefault(u, u);
                if (ISO3.contains(c)) {
                    country = c;
                    continue;
                }
            }
            if (!roleSeen && SECTORS.containsKey(u)) {
                sector = SECTORS.get(u);
                roleSeen = true;
            } else if (!roleSeen && RELIGIONS.contains(u) && i > 0) {
                sector = "REL";
                roleSeen = true;
            }
        }
        if (!roleSeen) {
            return null; // a bare country ("[RUS]": the country block) or a region
        }
        if ("-".equals(sector)) {
            sector = null;
        }
        if (country == null && sector == null) {
            return null;
        }
        return new String[] {country, sector};
    }

    /** A YYMMDD or YYYYMMDD date as yyyyMMdd (two-digit years below 30 are 20xx), or -1. */
    static int date(String s, boolean end) {
        if (s.length() == 9) {
            s = s.substring(0, 8); // "201005011": a digit too many
        } else if (s.length() == 10) {
            s = s.substring(2); // "1920030320": a century too many
        }
        if (!s.chars().allMatch(Character::isDigit) || s.length() != 6 && s.length() != 8) {
            return -1;
        }
        int y;
        if (s.length() == 6) {
            int yy = Integer.parseInt(s.substring(0, 2));
            y = yy < 30 ? 2000 + yy : 1900 + yy;
            s = s.substring(2);
        } else {
            y = Integer.parseInt(s.substring(0, 4));
            s = s.substring(4);
        }
        int mo = Integer.parseInt(s.substring(0, 2));
        int d = Integer.parseInt(s.substring(2, 4));
        try {
            if (mo < 1 || mo > 12) {
                return -1;
            }
            int last = YearMonth.of(y, mo).lengthOfMonth();
            LocalDate date = LocalDate.of(y, mo, Math.max(1, Math.min(d, last)));
            return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
        } catch (DateTimeException e) {
            return -1;
        }
    }

    /** Whether a name is safe to look up: two words or more (not an initial and a surname), no title, no parenthesis. */
    static boolean safeName(String key) {
        if (key.indexOf(' ') < 0 || key.contains("(") || key.contains(")") || key.contains("/") || key.contains("+")
                || TITLE_OPENERS.contains(key.substring(0, key.indexOf(' ')))) {
            return false;
        }
        String[] words = key.split(" ");
        if (words.length == 2 && (words[0].length() == 1 || words[1].length() == 1 || words[0].equals("the"))) {
            return false; // "K Annan", "The Foundation": too little of a name
        }
        for (String w : words) {
            if (TITLE_WORDS.contains(w)) {
                return false;
            }
        }
        return key.chars().anyMatch(Character::isLetter);
    }

    /** Name key to periods, one shared list per actor; names actors of different countries share dropped. */
    static Map<String, List<KnownActors.Period>> table(List<Entry> entries) {
        Map<String, List<KnownActors.Period>> byKey = new LinkedHashMap<>();
        Set<String> clash = new HashSet<>();
        for (Entry e : entries) {
            if (e.periods().isEmpty()) {
                continue;
            }
            List<KnownActors.Period> periods = List.copyOf(new LinkedHashSet<>(e.periods()));
            Set<String> keys = new LinkedHashSet<>();
            for (String n : e.names()) {
                String k = KnownActors.key(n);
                if (safeName(k)) {
                    keys.add(k);
                }
            }
            for (String k : keys) {
                List<KnownActors.Period> had = byKey.get(k);
                if (had == null) {
                    byKey.put(k, periods);
                } else if (!countries(had).equals(countries(periods))) {
                    clash.add(k);
                } else if (periods.size() > had.size()) {
                    byKey.put(k, periods); // the same actor listed twice: keep the fuller record
                }
            }
        }
        byKey.keySet().removeAll(clash);
        return byKey;
    }

    private static Set<String> countries(List<KnownActors.Period> ps) {
        Set<String> s = new HashSet<>();
        for (KnownActors.Period p : ps) {
            if (p.country() != null) {
                s.add(p.country());
            }
        }
        return s;
    }

    static final String HEADER = """
            # Known actors: country (ISO 3166-1 alpha-3) and sector of named people and bodies, by date.
            # Converted by dev.newsgraph.analysis.actor.KnownActorsConverter (analysis test sources) from the
            # Phoenix actor dictionaries of PETRARCH2 (Phoenix.Countries.actors.txt,
            # Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt), Open Event Data Alliance,
            # https://github.com/openeventdata/petrarch2, built on the CountryInfo data of the Computational
            # Event Data System project (NSF SES-1004414, SES-1259190). The lists stop around 2015-2016.
            #
            # The MIT License (MIT). Copyright (c) 2014 Open Event Data.
            # Permission is hereby granted, free of charge, to any person obtaining a copy of this software
            # and associated documentation files (the "Software"), to deal in the Software without
            # restriction, including without limitation the rights to use, copy, modify, merge, publish,
            # distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
            # Software is furnished to do so, subject to the following conditions:
            # The above copyright notice and this permission notice shall be included in all copies or
            # substantial portions of the Software.
            # THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
            # BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
            # NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
            # DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
            # OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
            #
            # Format: name|name...<TAB>period<TAB>period..., a period "COUNTRY SECTOR FROM TO" (yyyyMMdd,
            # "-" for none); names are look-up keys (lower case, no accents, dots or hyphens). A period
            # with no dates is the default; sector "-" is none (out of office).
            """;

    /**
     * Writes the table, one line per actor with all its names, in a stable order. An actor is one
     * dictionary entry ({@link #table} shares one periods list among an entry's names): two people
     * with the same dated roles (members of one cabinet) stay two lines, so that a line's first name
     * can be the actor's id.
     */
    static void write(Map<String, List<KnownActors.Period>> table, Writer w) throws IOException {
        Map<List<KnownActors.Period>, List<String>> names = new java.util.IdentityHashMap<>();
        for (Map.Entry<String, List<KnownActors.Period>> e : table.entrySet()) {
            names.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        }
        TreeMap<String, String> lines = new TreeMap<>();
        for (Map.Entry<List<KnownActors.Period>, List<String>> e : names.entrySet()) {
            StringBuilder b = new StringBuilder(String.join("|", e.getValue()));
            for (KnownActors.Period p : e.getKey()) {
                b.append('\t').append(dash(p.country())).append(' ').append(dash(p.sector())).append(' ')
                        .append(p.from() == 0 ? "-" : String.valueOf(p.from())).append(' ')
                        .append(p.to() == 99_991_231 ? "-" : String.valueOf(p.to()));
            }
            lines.put(e.getValue().get(0), b.toString());
        }
        w.write(HEADER);
        for (String l : lines.values()) {
            w.write(l);
            w.write('\n');
        }
    }

    private static String dash(String s) {
        return Objects.requireNonNullElse(s, "-");
    }
}
