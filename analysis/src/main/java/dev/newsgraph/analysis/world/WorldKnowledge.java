package dev.newsgraph.analysis.world;

import dev.newsgraph.analysis.data.DataFile;
import dev.newsgraph.analysis.linguistics.CoreNlpData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the entity, quote and event stages know of the world, read once from data: ISO 3166
 * countries (from the JDK's locale data) and the project's other names for them, demonyms
 * (CoreNLP's list, through {@link CoreNlpData}, and the project's), capitals, institutions, role
 * words, words of organisation names, group nouns and first-name genders (CoreNLP's name list,
 * through {@link CoreNlpData}). Immutable and thread-safe once built.
 */
public final class WorldKnowledge {
    private static final String BASE = "/dev/newsgraph/analysis/world/";

    /**
     * An institution news names without its country; {@code seat}, for an international body, is the GeoNames id of
     * the city it sits in (the European Union's Brussels), else null.
     */
    public record Institution(String name, dev.newsgraph.model.EntityType type, String subtype, String country,
                              String sector, String seat) {
    }

    /**
     * A role word: its sector, the gender it implies ('m', 'f' or '-'), and the country of an office only one
     * country has (the pope's is the Holy See's), else null.
     */
    public record Role(String word, String sector, char gender, String country) {
    }

    /** Subtype and sector an organisation-name word implies. */
    public record OrgWord(String subtype, String sector) {
    }

    private final Map<String, String> countryByName = new HashMap<>();
    private final Map<String, String> countryNameByCode = new HashMap<>();
    private final Map<String, String> countryByDemonym = new HashMap<>();
    private final Map<String, String> capitals = new HashMap<>();
    private final java.util.Set<String> usStates = new java.util.HashSet<>();
    private final Map<String, String> divisionByDemonym = new HashMap<>();
    private final Map<String, String> exchanges = new HashMap<>();
    /** A Reuters Instrument Code: a ticker, a dot, the exchange's suffix ("AAPL.O", "7203.T", "VOWG_p.DE"). */
    private static final java.util.regex.Pattern LISTING =
            java.util.regex.Pattern.compile("[A-Z0-9][A-Za-z0-9_]{0,9}\\.([A-Z]{1,3})");
    private final Map<String, Institution> institutions = new HashMap<>();
    private final Map<String, Role> roles = new HashMap<>();
    private final Map<String, OrgWord> orgWords = new HashMap<>();
    private final Set<String> groupNouns = new HashSet<>();
    private final Map<String, Character> genders = new HashMap<>();
    private int longestInstitution = 1;

    private WorldKnowledge() {
    }

    private static final WorldKnowledge DEFAULT = load();

    /** The data shipped with newsgraph. */
    public static WorldKnowledge standard() {
        return DEFAULT;
    }

    private static WorldKnowledge load() {
        WorldKnowledge w = new WorldKnowledge();
        for (String a2 : Locale.getISOCountries()) {
            Locale l = new Locale("", a2);
            String a3 = l.getISO3Country();
            String name = l.getDisplayCountry(Locale.ENGLISH);
            w.countryNameByCode.put(a3, name);
            w.countryByName.put(name, a3);
        }
        w.countryNameByCode.put("XKX", "Kosovo");
        w.countryNameByCode.put("USA", "United States");
        w.countryNameByCode.put("GBR", "United Kingdom");
        w.countryNameByCode.put("PSE", "Palestine");
        w.countryNameByCode.put("RUS", "Russia");
        for (String[] row : rows(BASE + "country-names.tsv", 2)) {
            w.countryByName.put(row[0], row[1]);
        }
        for (CoreNlpData.Demonyms d : CoreNlpData.demonyms()) {
            String code = w.countryByName.get(d.place());
            if (code == null) {
                continue;
            }
            for (String word : d.words()) {
                w.countryByDemonym.putIfAbsent(word, code);
            }
        }
        for (String[] row : rows(BASE + "demonyms-extra.tsv", 2)) {
            w.countryByDemonym.put(row[0], row[1]);
        }
        for (String[] row : rows(BASE + "capitals.tsv", 2)) {
            w.capitals.put(row[0], row[1]);
        }
        for (String[] row : rows(BASE + "us-states.tsv", 2)) {
            w.usStates.add(row[1]);
        }
        for (String[] row : rows(BASE + "division-demonyms.tsv", 2)) {
            w.divisionByDemonym.put(row[0], row[1]);
        }
        for (String[] row : rows(BASE + "institutions.tsv", 5)) {
            w.institutions.put(row[0], new Institution(row[0], dev.newsgraph.model.EntityType.valueOf(row[1]), row[2],
                    row[3].equals("-") ? null : row[3], row[4], row.length > 5 ? row[5] : null));
            w.longestInstitution = Math.max(w.longestInstitution, row[0].split(" ").length);
        }
        for (String[] row : rows(BASE + "roles.tsv", 3)) {
            w.roles.put(row[0].toLowerCase(Locale.ROOT),
                    new Role(row[0], row[1].equals("-") ? null : row[1], row[2].charAt(0), row.length > 3 ? row[3] : null));
        }
        for (String[] row : rows(BASE + "exchanges.tsv", 2)) {
            w.exchanges.put(row[0], row[1]);
        }
        for (String[] row : rows(BASE + "organization-words.tsv", 3)) {
            w.orgWords.put(row[0], new OrgWord(row[1], row[2]));
        }
        for (String[] row : rows(BASE + "group-nouns.txt", 1)) {
            w.groupNouns.add(row[0]);
        }
        w.genders.putAll(CoreNlpData.firstNameGenders());
        return w;
    }

    /** ISO alpha-3 of a country name ("Russia", "U.S.", "the United States"), or null. */
    public String countryOfName(String name) {
        String n = stripThe(name);
        return countryByName.get(n);
    }

    /** The English name of an ISO alpha-3 code ("USA" gives "United States"). */
    public String countryName(String code) {
        return countryNameByCode.getOrDefault(code, code);
    }

    /** ISO alpha-3 of a nationality word ("Russian", "Chinese", "Americans"), or null. */
    public String countryOfDemonym(String word) {
        return countryByDemonym.get(word);
    }

    /**
     * The key of the first-level division (a US state, a Canadian province) whose people a plural names:
     * GeoNames' country and admin1 codes, "Ohioans" giving "US.OH", "New Yorkers" "US.NY", "Ontarians" "CA.ON";
     * else null.
     */
    public String divisionOfDemonym(String words) {
        return divisionByDemonym.get(words);
    }

    /** Whether this is the name of a state or territory of the United States ("Alabama", "New York"). */
    public boolean isUsState(String name) {
        return usStates.contains(name);
    }

    /** ISO alpha-3 of the country whose capital or seat of government this is, or null. */
    public String capitalOf(String name) {
        return capitals.get(name);
    }

    /**
     * The country of the exchange a stock listing's code names ("AAPL.O" gives "USA", "7203.T" "JPN"), or null
     * for anything else or an exchange of no one country (see exchanges.tsv).
     */
    public String countryOfListing(String code) {
        java.util.regex.Matcher m = LISTING.matcher(code);
        return m.matches() ? exchanges.get(m.group(1)) : null;
    }

    /** The country any place-like word stands for: a country name, a demonym or a capital. */
    public String countryOfAny(String word) {
        String c = countryOfName(word);
        if (c == null) {
            c = countryOfDemonym(word);
        }
        if (c == null) {
            c = capitalOf(word);
        }
        if (c == null) {
            Institution i = institution(word);
            c = i == null ? null : i.country();
        }
        return c;
    }

    public Institution institution(String name) {
        return institutions.get(stripThe(name));
    }

    public int longestInstitution() {
        return longestInstitution;
    }

    /** The role a (lower-cased or not) word or phrase names, or null. */
    public Role role(String word) {
        return roles.get(word.toLowerCase(Locale.ROOT));
    }

    public OrgWord orgWord(String word) {
        return orgWords.get(word);
    }

    public boolean isGroupNoun(String word) {
        return groupNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** 'm', 'f' or '-' for a first name. */
    public char genderOfFirstName(String first) {
        return genders.getOrDefault(first.toLowerCase(Locale.ROOT), '-');
    }

    private static String stripThe(String s) {
        String t = s.strip();
        if (t.startsWith("the ") || t.startsWith("The ")) {
            t = t.substring(4);
        }
        return t;
    }

    private static Iterable<String[]> rows(String resource, int minFields) {
        List<String[]> out = new ArrayList<>();
        for (DataFile.Line l : DataFile.resource(WorldKnowledge.class, resource)) {
            String[] f = l.fields();
            if (f.length >= minFields) {
                out.add(f);
            }
        }
        return out;
    }
}
