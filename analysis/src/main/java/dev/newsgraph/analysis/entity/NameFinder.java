package dev.newsgraph.analysis.entity;

import dev.newsgraph.analysis.document.Sentence;
import dev.newsgraph.analysis.document.Token;
import dev.newsgraph.analysis.world.WorldKnowledge;
import dev.newsgraph.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds named mentions in a sentence: runs of tokens CoreNLP tags PERSON, ORGANIZATION or
 * LOCATION, corrected and completed by the gazetteers (countries, capitals, institutions), so
 * that "the Kremlin" is an organisation and "Kyiv" a capital whatever the tagger said.
 */
final class NameFinder {
    private static final Set<String> TITLES = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir",
            "Lord", "Dame", "President", "Prime", "Minister", "Senator", "Sen.", "Rep.", "Gov.", "Gen.", "General",
            "King", "Queen", "Prince", "Princess", "Pope", "Judge", "Justice", "Chancellor", "Secretary", "Lt.",
            "Col.", "Capt.", "Sgt.", "Adm.", "Lieutenant", "Colonel", "Captain", "Sheikh", "Ambassador",
            "Governor", "Mayor", "Premier", "Counsel", "Special");
    private final WorldKnowledge world;
    private final java.util.function.Supplier<dev.newsgraph.analysis.place.Gazetteer> places;
    private final dev.newsgraph.analysis.quote.SpeechVerbs speech;

    /**
     * @param places the gazetteer, asked only when a one-word name may be a town the tagger took for a person
     * @param speech the verbs of saying: a name right before one is someone, not a town
     */
    NameFinder(WorldKnowledge world, java.util.function.Supplier<dev.newsgraph.analysis.place.Gazetteer> places,
               dev.newsgraph.analysis.quote.SpeechVerbs speech) {
        this.world = world;
        this.places = places;
        this.speech = speech;
    }

    /** Words before a one-word name that place it: "lives in Neligh", "Anna Roe, 25, of Botley". */
    private static final Set<String> TOWN_BEFORE = Set.of("in", "near", "outside", "from", "downtown");
    /** Bearings: "southwest of Brandon", "in west Clare". */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "northern", "southern", "eastern", "western");
    /** Words after a one-word name that place it: "a Woodbridge man", "Roselle officers", "Boone and Clay counties". */
    private static final Set<String> TOWN_AFTER = Set.of("man", "woman", "men", "women", "resident", "residents",
            "native", "natives", "county", "counties", "township", "townships", "area", "police", "officers",
            "officials", "couple", "family", "families", "homeowners", "voters", "students", "schools", "teen",
            "teenager", "girl", "boy", "youth", "mother", "father", "firefighters", "deputies");
    /** The people of a town after its name: "a Winona man", "the Alton woman", "a Clinton couple". */
    private static final Set<String> TOWNS_PEOPLE = Set.of("man", "woman", "men", "women", "resident", "residents",
            "native", "couple", "family", "teen", "teenager", "girl", "boy", "youth", "mother", "father");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** A town's offices after its name: "Monroe Mayor Robert Routson", "the Greer City Council". */
    private static final Set<String> TOWN_OFFICES = Set.of("mayor", "council", "councilman", "councilwoman",
            "aldermen", "city", "village", "borough", "township");
    /** Words that join names of one kind: "Gainesville and Lindsay", "Monroe, Trenton and Seven Mile". */
    private static final Set<String> JOINING = Set.of("and", "or", ",");

    /**
     * Whether a one-word name the tagger read as a person is a town: the gazetteer knows it, the article names
     * no one of that surname in full, and the words around it are those of a place ("in Shadyside", "a Woodbridge
     * man", "Hutchinson, Kan.") rather than a person. A person named by a surname alone was named in full before.
     */
    private boolean townNotPerson(Sentence s, int i, Set<String> surnames) {
        List<Token> t = s.tokens();
        String w = t.get(i).text();
        String next = i + 1 < t.size() ? t.get(i + 1).text().toLowerCase(java.util.Locale.ROOT) : "";
        String before = i > 0 ? t.get(i - 1).text().toLowerCase(java.util.Locale.ROOT) : "";
        // a town's office after the name, a division after a comma, a list with a place: a first name ("Monroe",
        // "Clinton") is no person there either; nor where someone lives, as news gives it after the person
        // ("Phillip Christofoli of Gaston", "Anna Roe, 25, of Botley"), nor before a town's people with an article
        // or an age ("a Winona man", "the 60-year-old Alton man"): no one is "of Nelson" or "a Nelson man"
        boolean residence = before.equals("of") && i > 1
                && (t.get(i - 2).text().equals(",") || t.get(i - 2).ner().equals("PERSON"));
        boolean townsPeople = TOWNS_PEOPLE.contains(next) && (ARTICLES.contains(before) || before.equals("old") || before.endsWith("-old")); // "60-year-old" may come apart
        // a bearing from it or within it ("southwest of Brandon", "in west Clare") and a route between places
        // ("to bike from Norman to D.C.") are a place's too, whatever first name the word also is
        String before2 = i > 1 ? t.get(i - 2).text().toLowerCase(java.util.Locale.ROOT) : "";
        boolean bearing = before.equals("of") && COMPASS.contains(before2)
                || COMPASS.contains(before) && (before2.equals("in") || before2.equals("of") || before2.equals("from"));
        boolean route = before.equals("from") && next.equals("to") && i + 2 < t.size()
                && (t.get(i + 2).ner().equals("LOCATION") || !places.get().named(t.get(i + 2).text()).isEmpty());
        boolean surely = TOWN_AFTER_COMMA.matcher(after(t, i)).find() || TOWN_OFFICES.contains(next)
                || joinedWithPlace(t, i) || residence || townsPeople || bearing || route;
        if (surnames.contains(w) || world.genderOfFirstName(w) != '-' && !surely) {
            return false;
        }
        boolean placed = surely || TOWN_BEFORE.contains(before) || TOWN_AFTER.contains(next);
        return placed && !places.get().named(w).isEmpty();
    }

    /** A name right before a verb of saying ("Jackson said"): a person, whatever else the word names. */
    private boolean speaks(List<Token> t, int i) {
        return i + 1 < t.size() && t.get(i + 1).isVerb() && speech.use(t.get(i + 1).lemma()) != null;
    }

    /** A name in a list with a place the tagger knows: "Gainesville and Lindsay", "Henderson, Boulder City". */
    private static boolean joinedWithPlace(List<Token> t, int i) {
        boolean before = i > 1 && JOINING.contains(t.get(i - 1).text().toLowerCase(java.util.Locale.ROOT))
                && t.get(i - 2).ner().equals("LOCATION");
        boolean after = i + 2 < t.size() && JOINING.contains(t.get(i + 1).text().toLowerCase(java.util.Locale.ROOT))
                && t.get(i + 2).ner().equals("LOCATION");
        return before || after;
    }

    /**
     * The one-word names that some mention of the article shows to be a town ({@link #townNotPerson}): every
     * other bare mention of the word is the town too ("Mansfield Mayor Curtis McCoy ... what Mansfield is
     * doing"), unless someone of that surname is named in full.
     */
    Set<String> towns(List<Sentence> sentences, Set<String> surnames) {
        Set<String> out = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                boolean alone = t.get(i).ner().equals("PERSON") && (i == 0 || !t.get(i - 1).ner().equals("PERSON"))
                        && (i + 1 == t.size() || !t.get(i + 1).ner().equals("PERSON"));
                if (alone && townNotPerson(s, i, surnames)) {
                    out.add(t.get(i).text().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** ", Ohio", ", Kan.", ", N.J.": a division's name or abbreviation after a comma. */
    private static final java.util.regex.Pattern TOWN_AFTER_COMMA =
            java.util.regex.Pattern.compile("^, (?:[A-Z][a-z]+\\.?(?: [A-Z][a-z]+)?|[A-Z]\\.[A-Z]\\.)(?:$| [,.\\-\u2014]|,)");

    private static String after(List<Token> t, int i) {
        StringBuilder b = new StringBuilder();
        for (int k = i + 1; k < t.size() && k <= i + 4; k++) {
            b.append(k == i + 1 ? "" : " ").append(t.get(k).text());
        }
        String r = b.toString();
        return r.startsWith(",") ? ", " + r.substring(1).strip() : r;
    }

    /**
     * @param surnames last names of the people the document names in full, so that a later bare
     *                 "Strong" the tagger missed is still a person
     * @param towns    one-word names the article shows elsewhere to be towns ({@link #towns})
     */
    List<Mention> find(Sentence s, Set<String> surnames, Set<String> towns) {
        List<Token> t = s.tokens();
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            if (t.get(i).text().equals("-") && i > 0 && i + 1 < t.size() && (countriesPaired(t, i)
                    || surnames.contains(t.get(i - 1).text()) && surnames.contains(t.get(i + 1).text()))) {
                i++; // the hyphen between two names ("Japan-China talks", "the Putin-Macron talks") is neither's
                continue;
            }
            Mention body = namedBody(s, i);
            if (body != null) {
                out.add(body);
                i = body.last + 1;
                continue;
            }
            Mention gaz = gazetteer(s, i);
            int runEnd = runEnd(t, i, surnames);
            if (gaz != null && (runEnd <= gaz.last + 1 || runEnd == i)) {
                out.add(gaz);
                i = gaz.last + 1;
                continue;
            }
            if (runEnd == i && surnames.contains(t.get(i).text()) && (i > 0 ? !t.get(i - 1).pos().equals("DT") : verbAfter(t, i))) {
                Mention m = new Mention(s, i, i, MentionKind.NAME, EntityType.PERSON);
                out.add(m);
                i++;
                continue;
            }
            int office = officeAfterPlace(t, i, runEnd);
            if (office > 0) {
                // "Litchfield Selectman Ann Roe", "Charles City Sheriff John Roe" as one name: the town, then the person
                out.add(new Mention(s, i, office - 1, MentionKind.NAME, EntityType.LOCATION));
                Mention person = fromRun(s, office + 1, runEnd - 1);
                if (person != null) {
                    out.add(person);
                }
                i = runEnd;
                continue;
            }
            int residence = -1;
            for (int k = i + 2; k < runEnd - 1 && t.get(i).ner().equals("PERSON"); k++) {
                if (residenceOf(t, k)) {
                    residence = k;
                    break;
                }
            }
            if (residence > 0) {
                // "Tom Roe of Lafayette" as one name: the person, then the place where the gazetteer knows it
                Mention person = fromRun(s, i, residence - 1);
                if (person != null) {
                    out.add(person);
                }
                String rest = join(t, residence + 1, runEnd - 1);
                if (!places.get().named(rest).isEmpty()) {
                    out.add(new Mention(s, residence + 1, runEnd - 1, MentionKind.NAME, EntityType.LOCATION));
                }
                i = runEnd;
                continue;
            }
            if (runEnd > i || isNamed(t.get(i))) {
                Mention m = runEnd - 1 <= i && surnames.contains(t.get(i).text())
                        ? new Mention(s, i, i, MentionKind.NAME, EntityType.PERSON) // "Putin-Witkoff talks" mis-tagged
                        : fromRun(s, i, Math.max(i, runEnd - 1));
                if (m != null && m.type == EntityType.PERSON && m.first == m.last && (townNotPerson(s, m.first, surnames)
                        || towns.contains(t.get(m.first).text().toLowerCase(java.util.Locale.ROOT))
                        && !surnames.contains(t.get(m.first).text()) && !speaks(t, m.first))) {
                    m = new Mention(s, m.first, m.last, MentionKind.NAME, EntityType.LOCATION);
                }
                if (m != null) {
                    Mention country = leadingCountry(s, m);
                    if (country != null) {
                        out.add(country);
                    }
                    out.add(m);
                }
                i = Math.max(i + 1, runEnd);
                continue;
            }
            Mention person = untaggedPerson(s, i);
            if (person != null) {
                out.add(person);
                i = person.last + 1;
                continue;
            }
            Mention untagged = untagged(s, i);
            if (untagged != null) {
                out.add(untagged);
                i = untagged.last + 1;
                continue;
            }
            i++;
        }
        return datelinePlace(s, countyLists(s, out));
    }

    /**
     * A dateline in capitals at the head of one of the story's first sentences, as local papers and agencies
     * write it ("MANSFIELD -- Mansfield Mayor ...", "BAIKONUR, Kazakhstan — A Soyuz ...", "MOUNT GILEAD (AP) --"):
     * the capitalised run is a place, whatever the tagger made of it (it rarely knows words in capitals).
     */
    private static List<Mention> datelinePlace(Sentence s, List<Mention> found) {
        List<Token> t = s.tokens();
        if (s.start() > DATELINE_REACH || t.size() < 3) {
            return found;
        }
        int end = -1;
        int letters = 0;
        for (int i = 0; i < t.size() && i < 4; i++) {
            String w = t.get(i).text();
            if (!w.matches("[A-Z][A-Z.'’]*") ) {
                break;
            }
            letters += w.replaceAll("[^A-Z]", "").length();
            end = i;
        }
        if (end < 0 || letters < 3 || end + 1 >= t.size()) {
            return found;
        }
        int k = end + 1;
        if (t.get(k).text().equals(",") && k + 1 < t.size()) {
            k += 2; // "BAIKONUR, Kazakhstan": the qualifier, then the dash
            while (k < t.size() && t.get(k).text().matches("[A-Z][\\p{L}.]*")) {
                k++;
            }
        }
        if (k < t.size() && (t.get(k).text().equals("(") || t.get(k).pos().equals("-LRB-")) && k + 2 < t.size()) {
            k += 3; // "(AP)"
        }
        if (k >= t.size() || !t.get(k).text().matches("-{1,2}|—|–")) {
            return found;
        }
        Mention place = new Mention(s, 0, end, MentionKind.NAME, EntityType.LOCATION);
        List<Mention> out = new ArrayList<>(found);
        out.removeIf(place::overlaps);
        out.add(place);
        return out;
    }

    /** How far into the text a dateline may stand (after a headline, a byline and a date). */
    private static final int DATELINE_REACH = 400;

    /**
     * "Becker, Clay, Douglas, Grant and Wilkin counties", "Jackson and Barrow counties": each name of a list that
     * "counties" or "parishes" closes is a county (subtype {@code COUNTY}), whatever the tagger took it for (a
     * person "Douglas", an organisation "Grant"). A list needs two names or more, joined by "and", "or" or "&".
     */
    private static List<Mention> countyLists(Sentence s, List<Mention> found) {
        List<Token> t = s.tokens();
        List<Mention> out = found;
        for (int k = 1; k < t.size(); k++) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            if (!w.equals("counties") && !w.equals("parishes")) {
                continue;
            }
            List<int[]> runs = new ArrayList<>();
            boolean joined = false;
            int j = k - 1;
            while (j >= 0) {
                int end = j;
                while (j >= 0 && end - j < 3 && t.get(j).pos().startsWith("NNP") && !t.get(j).text().isEmpty()
                        && Character.isUpperCase(t.get(j).text().charAt(0))) {
                    j--;
                }
                if (j == end) {
                    break;
                }
                runs.add(new int[] {j + 1, end});
                boolean comma = j >= 0 && t.get(j).text().equals(",");
                if (comma) {
                    j--;
                }
                String c = j >= 0 ? t.get(j).text().toLowerCase(Locale.ROOT) : "";
                if (c.equals("and") || c.equals("or") || c.equals("&")) {
                    joined = true;
                    j--;
                    if (j >= 0 && t.get(j).text().equals(",")) {
                        j--;
                    }
                } else if (!comma) {
                    break;
                }
            }
            if (runs.size() < 2 || !joined) {
                continue;
            }
            if (out == found) {
                out = new ArrayList<>(found);
            }
            for (int[] r : runs) {
                Mention county = new Mention(s, r[0], r[1], MentionKind.NAME, EntityType.LOCATION);
                county.subtype = "COUNTY";
                out.removeIf(county::overlaps);
                out.add(county);
            }
        }
        return out;
    }

    private static boolean isNamed(Token t) {
        String n = t.ner();
        return n.equals("PERSON") || n.equals("ORGANIZATION") || n.equals("LOCATION");
    }

    /**
     * Whether a verb follows the word: a surname opening a sentence is the subject ("English has insisted",
     * "Brown said"), where a capital alone could as well be an adjective's ("Young people").
     */
    private static boolean verbAfter(List<Token> t, int i) {
        return i + 1 < t.size() && (t.get(i + 1).pos().startsWith("VB") || t.get(i + 1).pos().equals("MD"));
    }

    /** The end (exclusive) of the NER run starting at i, split at hyphens and possessives. */
    private int runEnd(List<Token> t, int i, Set<String> surnames) {
        if (!isNamed(t.get(i))) {
            return i;
        }
        String tag = t.get(i).ner();
        int j = i + 1;
        while (j < t.size() && t.get(j).ner().equals(tag) && !(t.get(j).text().equals("-") && (tag.equals("PERSON")
                ? !isParticle(t.get(j - 1)) && !hyphenatedGivenName(t, j) && !nameSyllable(t, j)
                : surnames.contains(t.get(j - 1).text()) || tag.equals("LOCATION") && countriesPaired(t, j)))
                && !t.get(j).text().equals("'s") && !t.get(j).text().equals("\u2019s")
                && !t.get(j).text().equals(",")) {
            j++;
        }
        return j;
    }

    /**
     * Whether the hyphen at {@code j} pairs two countries ("Japan-China talks", "U.S.-South Korea drills"): two
     * names, not one place ("Guinea-Bissau" is one country; Bissau is none).
     */
    private boolean countriesPaired(List<Token> t, int j) {
        if (j < 1 || j + 1 >= t.size() || world.countryOfName(t.get(j - 1).text()) == null) {
            return false;
        }
        return world.countryOfName(t.get(j + 1).text()) != null
                || j + 2 < t.size() && world.countryOfName(t.get(j + 1).text() + " " + t.get(j + 2).text()) != null;
    }

    private static final Set<String> BODIES = Set.of("campaign", "administration", "government", "cabinet",
            "team", "office");

    /** A body named after its leader: "Trump campaign", "Kuczynski's government", "Mueller's team". */
    private Mention namedBody(Sentence s, int i) {
        List<Token> t = s.tokens();
        if (!t.get(i).ner().equals("PERSON") && !(t.get(i).ner().equals("ORGANIZATION") && t.get(i).pos().startsWith("NNP"))) {
            return null;
        }
        int j = i;
        while (j + 1 < t.size() && t.get(j + 1).ner().equals(t.get(i).ner())) {
            j++;
        }
        int k = j + 1;
        if (k < t.size() && t.get(k).pos().equals("POS")) {
            k++;
        }
        if (k < t.size() && BODIES.contains(t.get(k).text().toLowerCase(java.util.Locale.ROOT))
                && (k + 1 >= t.size() || !t.get(k + 1).pos().startsWith("NN"))) {
            Mention m = new Mention(s, i, k, MentionKind.NAME, EntityType.ORGANIZATION);
            String head = t.get(k).text().toLowerCase(java.util.Locale.ROOT);
            m.subtype = head.equals("campaign") ? "PARTY" : "GOVERNMENT";
            m.sector = "GOV";
            return m;
        }
        return null;
    }

    private static final Set<String> DOCUMENTS = Set.of("Act", "Bill", "Law", "Treaty", "Agreement", "Accord",
            "Plan", "Program", "Programme", "Amendment", "Code", "Rule", "Order");
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "outside");
    /** Nouns that end a body's name ("... Investment Fund", "... Election Commission"). */
    private static final Set<String> BODY_HEADS = Set.of("fund", "bank", "agency", "council", "committee", "commission",
            "ministry", "institute", "foundation", "corporation", "association", "union", "party", "authority", "board",
            "bureau", "organization", "organisation", "federation", "alliance", "movement", "court", "department");
    private static final Set<String> OUTLET_NOUNS = Set.of("channel", "station", "network", "newspaper", "daily",
            "broadcaster", "agency", "magazine", "website", "firm", "company", "group", "party", "bank", "broadcast");
    private static final Set<String> CALENDAR = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", // and as news abbreviates them ("in Nov. 21 ruling")
            "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Mon.", "Tue.", "Tues.",
            "Wed.", "Thu.", "Thur.", "Thurs.", "Fri.", "Sat.", "Sun.");

    /**
     * Proper nouns the tagger left untagged, typed by what stands before them: a place after
     * "in the posh ..." ("Bel Air"), an outlet after "TV channel" ("Canal N").
     */
    /** Nouns that end the name of a place or a body, not a person's: "Jordan Valley", "Chelsea Football Club". */
    private static final Set<String> NOT_SURNAMES = Set.of("valley", "river", "street", "avenue", "road", "square",
            "university", "college", "school", "group", "party", "club", "bank", "county", "city", "park", "hospital",
            "church", "center", "centre", "institute", "foundation", "company", "corp", "inc", "airport", "station",
            "bridge", "island", "islands", "mountains", "lake", "bay", "sea", "ocean", "house", "hall", "tower", "times",
            "post", "news", "journal", "fund", "council", "court", "department", "ministry", "agency", "day", "police",
            "sheriff", "fire", "schools", "isd", "township", "village", "borough", "district", "mall", "library", "act",
            "summit", "attorney", "general", "commissioner", "prize", "award", "cup", "games", "league", "stadium");

    /**
     * A person's name the tagger missed: a known given name followed by one or two capitalised words
     * ("Leandra English filed suit", where the surname is also a nationality), never where the last word
     * ends a place's or a body's name, or the words name a place the gazetteer knows.
     */
    private Mention untaggedPerson(Sentence s, int i) {
        List<Token> t = s.tokens();
        if (!t.get(i).pos().equals("NNP") || !t.get(i).ner().equals("O") || CALENDAR.contains(t.get(i).text())
                || world.genderOfFirstName(t.get(i).text()) == '-'
                || i + 1 >= t.size() || i > 0 && (t.get(i - 1).pos().equals("DT") || t.get(i - 1).pos().startsWith("NNP")
                    || t.get(i - 1).text().equals("-"))) {
            // a name inside a longer one ("Dodd-Frank Act", "East Asia Summit") is no person's either
            // "the Lindsay Police": a determiner goes before a body's or a place's name, not before a person's
            return null;
        }
        int j = i;
        while (j + 1 < t.size() && j < i + 2 && t.get(j + 1).pos().equals("NNP") && !t.get(j + 1).ner().equals("LOCATION")
                && !t.get(j + 1).ner().equals("ORGANIZATION") && Character.isUpperCase(t.get(j + 1).text().charAt(0))
                && !CALENDAR.contains(t.get(j + 1).text())) {
            j++;
        }
        for (int k = i + 1; k <= j; k++) {
            if (NOT_SURNAMES.contains(t.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
                return null;
            }
        }
        if (j == i
                || !places.get().named(join(t, i, j)).isEmpty() || t.get(j).ner().equals("PERSON")) {
            return null; // a tagged surname ("Leandra English" as PERSON) is the tagger's run to build
        }
        return new Mention(s, i, j, MentionKind.NAME, EntityType.PERSON);
    }

    private Mention untagged(Sentence s, int i) {
        List<Token> t = s.tokens();
        if (i == 0 || !t.get(i).pos().equals("NNP") || !t.get(i).ner().equals("O") || CALENDAR.contains(t.get(i).text())
                || world.countryOfDemonym(t.get(i).text()) != null || world.role(t.get(i).text()) != null) {
            return null;
        }
        int j = i;
        while (j + 1 < t.size() && t.get(j + 1).pos().equals("NNP") && t.get(j + 1).ner().equals("O")
                && !CALENDAR.contains(t.get(j + 1).text())) {
            j++;
        }
        String last = t.get(j).text();
        if (DOCUMENTS.contains(last) || last.matches(".*-\\p{Ll}.*")) {
            return null; // "Affordable Care Act", "Muslim-majority": not a place or an outlet
        }
        if (j > i && BODY_HEADS.contains(last.toLowerCase(java.util.Locale.ROOT)) && Character.isUpperCase(t.get(i).text().charAt(0))) {
            // "Direct Investment Fund", "Federal Election Commission": a run of capitalised words that ends in the
            // noun of a body names one, with a nationality before it its own ("the Russian Direct Investment Fund")
            String code = world.countryOfDemonym(t.get(i - 1).text());
            boolean national = code != null && t.get(i - 1).pos().startsWith("JJ");
            Mention m = new Mention(s, national ? i - 1 : i, j, MentionKind.NAME, EntityType.ORGANIZATION);
            if (national) {
                m.country = code;
            }
            return m;
        }
        if (j + 1 < t.size() && TOWN_AFTER.contains(t.get(j + 1).text().toLowerCase(java.util.Locale.ROOT))
                && !places.get().named(join(t, i, j)).isEmpty()) {
            return new Mention(s, i, j, MentionKind.NAME, EntityType.LOCATION); // "DeKalb man arrested", "a Fort Worth teen"
        }
        int k = i - 1;
        while (k >= 0 && (t.get(k).pos().startsWith("JJ") || t.get(k).pos().equals("DT"))) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        String before = t.get(k).text().toLowerCase(java.util.Locale.ROOT);
        EntityType type;
        if (PLACE_CASES.contains(before) && (j > i || j + 1 < t.size() && t.get(j + 1).pos().startsWith("NN")
                || k == i - 1 && !places.get().named(t.get(i).text()).isEmpty())) { // "in Bicester": a town the tagger missed
            type = EntityType.LOCATION;
        } else if (OUTLET_NOUNS.contains(before) && k == i - 1) {
            type = EntityType.ORGANIZATION;
        } else {
            return null;
        }
        Mention m = new Mention(s, i, j, MentionKind.NAME, type);
        if (type == EntityType.ORGANIZATION && (before.equals("channel") || before.equals("station")
                || before.equals("newspaper") || before.equals("broadcaster") || before.equals("network"))) {
            m.subtype = "MEDIA";
            m.sector = "MED";
        }
        return m;
    }

    /** "U.S. Treasury", "Russian Foreign Ministry": a country named at the head of an organisation's name. */
    private Mention leadingCountry(Sentence s, Mention org) {
        if (org.type != EntityType.ORGANIZATION || org.last == org.first) {
            return null;
        }
        String code = world.countryOfName(s.tokens().get(org.first).text());
        if (code == null) {
            return null;
        }
        if (org.country == null) {
            org.country = code;
        }
        Mention m = new Mention(s, org.first, org.first, MentionKind.NAME, EntityType.LOCATION);
        m.subtype = "COUNTRY";
        m.country = code;
        return m;
    }

    /**
     * Whether the hyphen at {@code h} joins a hyphenated given name ("Jean-Pierre Raffarin", "Ta-Nehisi Coates"):
     * a surname follows the second part. Two names joined by a hyphen with none after ("Putin-Witkoff talks")
     * are two people.
     */
    private static boolean hyphenatedGivenName(List<Token> t, int h) {
        return h + 2 < t.size() && t.get(h + 1).ner().equals("PERSON") && t.get(h + 2).ner().equals("PERSON")
                && t.get(h + 1).start() == t.get(h).end() && t.get(h - 1).end() == t.get(h).start()
                && Character.isUpperCase(t.get(h + 2).text().charAt(0));
    }

    /**
     * Whether the hyphen at {@code h} joins the syllables of one name part, the second in lower case ("Kim Jong-un",
     * "Moon Jae-in"): a lower-case word cannot begin another person's name.
     */
    private static boolean nameSyllable(List<Token> t, int h) {
        return h + 1 < t.size() && t.get(h + 1).ner().equals("PERSON") && isParticle(t.get(h + 1))
                && t.get(h + 1).start() == t.get(h).end() && t.get(h - 1).end() == t.get(h).start();
    }

    /** "al" in "al-Sisi", "bin" in "bin Salman": name particles a hyphen joins rather than separates. */
    private static boolean isParticle(Token t) {
        return !t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0));
    }

    private Mention gazetteer(Sentence s, int i) {
        List<Token> t = s.tokens();
        Token first = t.get(i);
        if (first.text().isEmpty() || !Character.isUpperCase(first.text().charAt(0)) || first.pos().equals("DT")) {
            return null;
        }
        int max = Math.min(t.size() - i, Math.max(5, world.longestInstitution()));
        for (int n = max; n >= 1; n--) {
            int last = i + n - 1;
            String phrase = join(t, i, last);
            if (last >= t.size() - 2 && t.get(last).text().length() > 1 && phrase.endsWith(".")
                    && world.institution(phrase) == null && world.countryOfName(phrase) == null) {
                phrase = phrase.substring(0, phrase.length() - 1);
            }
            if (phrase.length() > 3 && phrase.equals(phrase.toUpperCase(java.util.Locale.ROOT))
                    && phrase.chars().anyMatch(Character::isLetter) && world.countryOfName(phrase) == null
                    && world.institution(phrase) == null) {
                phrase = titleCase(phrase);
            }
            if (n == 1 && phrase.equals("X") && !(i > 0 && t.get(i - 1).text().equalsIgnoreCase("on"))) {
                continue;
            }
            WorldKnowledge.Institution inst = world.institution(phrase);
            if (inst != null) {
                Mention m = new Mention(s, i, last, MentionKind.NAME, inst.type());
                m.subtype = inst.subtype();
                m.country = inst.country();
                m.sector = inst.sector();
                return m;
            }
            String country = world.countryOfName(phrase);
            if (country != null && !(n == 1 && t.get(i).ner().equals("PERSON"))) {
                Mention m = new Mention(s, i, last, MentionKind.NAME, EntityType.LOCATION);
                m.subtype = "COUNTRY";
                m.country = country;
                m.sector = "GOV";
                return m;
            }
            String capital = world.capitalOf(phrase);
            if (capital != null && !t.get(i).ner().equals("PERSON") && !t.get(i).ner().equals("ORGANIZATION")) {
                Mention m = new Mention(s, i, last, MentionKind.NAME, EntityType.LOCATION);
                m.subtype = "CITY";
                m.country = capital;
                return m;
            }
        }
        return null;
    }

    private Mention fromRun(Sentence s, int first, int last) {
        List<Token> t = s.tokens();
        String tag = t.get(first).ner();
        if (tag.equals("PERSON")) {
            while (first <= last && TITLES.contains(t.get(first).text())) {
                first++;
            }
        }
        while (first <= last && (t.get(first).text().equalsIgnoreCase("the") || t.get(first).pos().equals("DT"))) {
            first++;
        }
        while (last >= first && (t.get(last).pos().equals("POS") || t.get(last).text().equals("."))) {
            last--;
        }
        if (first > last) {
            return null;
        }
        String text = join(t, first, last);
        if (!Character.isUpperCase(text.charAt(0)) && !Character.isDigit(text.charAt(0))) {
            return null;
        }
        if (first == last && t.get(first).pos().startsWith("JJ")) {
            return null; // "Congressional": an adjective the tagger took for a name
        }
        EntityType type = switch (tag) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            default -> EntityType.LOCATION;
        };
        Mention m = new Mention(s, first, last, MentionKind.NAME, type);
        String demonymCountry = world.countryOfDemonym(text);
        if (demonymCountry != null && first == last) {
            return null; // a nationality word, not a name: it modifies groups and roles instead
        }
        if (type == EntityType.ORGANIZATION) {
            for (int k = first; k <= last; k++) {
                WorldKnowledge.OrgWord w = world.orgWord(t.get(k).text());
                if (w != null) {
                    m.subtype = w.subtype();
                    m.sector = w.sector();
                }
                String c = world.countryOfAny(t.get(k).text());
                if (c != null && m.country == null) {
                    m.country = c;
                }
            }
            if (m.country == null && last + 3 < t.size() && t.get(last + 1).text().equals("(")
                    && t.get(last + 3).text().equals(")")) {
                m.country = world.countryOfListing(t.get(last + 2).text()); // "Apple Inc (AAPL.O)": the exchange's
            }
        }
        if (type == EntityType.PERSON) {
            m.gender = world.genderOfFirstName(t.get(first).text());
            m.genderFromName = true;
        }
        return m;
    }

    /** Lower-case words inside a body's long name ("Organization for the Prohibition of Chemical Weapons"). */
    private static final Set<String> NAME_LINKS = Set.of("of", "for", "the", "and", "on", "in", "de", "to");
    /** Nouns that end a body's long name where it defines an acronym: the body nouns, and a few more. */
    private static final Set<String> DEFINED_BODY_HEADS = Set.of("mechanism", "force", "forces", "front", "army",
            "service", "services", "office", "group", "network", "team", "mission", "panel", "enforcement",
            "administration", "center", "centre", "company", "corp", "inc", "command", "coalition", "assembly",
            "parliament", "congress", "senate", "police", "guard", "unit", "division", "university", "exchange");

    /**
     * The acronyms a text defines after a body's name, in brackets or after "or" ("the Joint Investigative Mechanism
     * (JIM)", "the Russian Direct Investment Fund, or RDIF"): the capitals of the name's capitalised words spell it.
     */
    static Set<String> definedAcronyms(List<Sentence> sentences) {
        Set<String> out = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            for (int k = 0; k < s.tokens().size(); k++) {
                if (acronymDefinedAt(s.tokens(), k) >= 0) {
                    out.add(s.tokens().get(k).text());
                }
            }
        }
        return out;
    }

    /** Where the body's name an acronym at {@code k} spells begins, if the text defines it there; else -1. */
    private static int acronymDefinedAt(List<Token> t, int k) {
        String a = t.get(k).text();
        if (a.length() < 2 || a.length() > 6 || !a.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return -1;
        }
        int end = definedNameEnd(t, k);
        if (end < 0) {
            return -1;
        }
        int need = a.length();
        StringBuilder initials = new StringBuilder();
        for (int i = end; i >= 0 && end - i < 12; i--) {
            String w = t.get(i).text();
            if (Character.isUpperCase(w.charAt(0))) {
                initials.insert(0, initialsOf(w));
                if (initials.length() >= need) {
                    // "an intercontinental ballistic missile (ICBM)", "the Renewable Fuel Standard (RFS)": a thing or
                    // a scheme, no one who acts
                    return initials.toString().equals(a) && namesBody(t, i, end) ? i : -1;
                }
            } else if (!NAME_LINKS.contains(w) && !w.equals("-") || i == end) {
                return -1; // ("Fact - Finding" where the tokenizer splits a hyphenated word)
            }
        }
        return -1;
    }

    /**
     * Where the name an acronym at {@code k} would define ends: before its brackets ("Mechanism (JIM)") or before
     * ", or" ("Fund, or RDIF"); -1 where the acronym stands in neither.
     */
    private static int definedNameEnd(List<Token> t, int k) {
        if (k >= 2 && k + 1 < t.size() && isOpening(t.get(k - 1).text()) && isClosing(t.get(k + 1).text())) {
            return k - 2;
        }
        if (k >= 3 && t.get(k - 1).text().equalsIgnoreCase("or") && t.get(k - 2).text().equals(",")) {
            return k - 3;
        }
        return -1;
    }

    /** A word's capitals that begin it or a part after a hyphen ("Fact-Finding": FF). */
    private static String initialsOf(String w) {
        StringBuilder b = new StringBuilder().append(w.charAt(0));
        for (int i = 1; i + 1 < w.length(); i++) {
            if (w.charAt(i) == '-' && Character.isUpperCase(w.charAt(i + 1))) {
                b.append(w.charAt(i + 1));
            }
        }
        return b.toString();
    }

    private static boolean isOpening(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    private static boolean isClosing(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }

    /**
     * Bodies a sentence names through an acronym the text defines: the long name where it defines one and no
     * other mention holds it (a body's name by its last word, "the Joint Investigative Mechanism (JIM)"), and the
     * acronym wherever it stands alone ("The JIM found ..."), of the type of the name it spells where that is known.
     */
    List<Mention> acronyms(Sentence s, Set<String> defined, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        if (defined.isEmpty()) {
            return out;
        }
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size(); k++) {
            if (!defined.contains(t.get(k).text()) || covers(found, k, k) || covers(out, k, k)) {
                continue;
            }
            EntityType type = EntityType.ORGANIZATION;
            int start = acronymDefinedAt(t, k);
            if (start >= 0) {
                int end = definedNameEnd(t, k);
                Mention name = null;
                for (Mention m : found) {
                    if (m.first <= end && m.last >= start) {
                        name = m;
                    }
                }
                if (name != null) {
                    type = name.type; // the tagger's name, or another rule's ("the Russian Direct Investment Fund")
                } else {
                    if (t.get(start).text().equals("The") && start < end) {
                        start++;
                    }
                    out.add(new Mention(s, start, end, MentionKind.NAME, EntityType.ORGANIZATION));
                }
            }
            if (type == EntityType.ORGANIZATION || type == EntityType.GROUP) {
                out.add(new Mention(s, k, k, MentionKind.NAME, type));
            }
        }
        return out;
    }

    /**
     * Whether a long name is a body's: its last word is a body's noun ("Joint Investigative Mechanism", "Immigration
     * and Customs Enforcement"), or the word before its first "of", "on" or "for" is ("Joint Committee on Taxation",
     * "Organization for the Prohibition of Chemical Weapons").
     */
    private static boolean namesBody(List<Token> t, int start, int end) {
        if (isBodyNoun(t.get(end).text())) {
            return true;
        }
        for (int i = start + 1; i <= end; i++) {
            String w = t.get(i).text();
            if (w.equals("of") || w.equals("on") || w.equals("for")) {
                return isBodyNoun(t.get(i - 1).text());
            }
        }
        return false;
    }

    private static boolean isBodyNoun(String w) {
        String l = w.toLowerCase(java.util.Locale.ROOT);
        return BODY_HEADS.contains(l) || DEFINED_BODY_HEADS.contains(l);
    }

    private static boolean covers(List<Mention> ms, int first, int last) {
        for (Mention m : ms) {
            if (m.first <= last && m.last >= first) {
                return true;
            }
        }
        return false;
    }

    /** The last names of the people named in full (two words or more) anywhere in the sentences. */
    static Set<String> surnames(List<Sentence> sentences) {
        Set<String> out = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            for (int i = 0; i + 1 < t.size(); i++) {
                boolean ends = i + 2 >= t.size() || !t.get(i + 2).ner().equals("PERSON") || residenceOf(t, i + 2);
                // (a name's first part is a word: in "Chabad-Shadyside" the dash is none)
                if (t.get(i).ner().equals("PERSON") && t.get(i + 1).ner().equals("PERSON") && ends
                        && Character.isLetter(t.get(i).text().charAt(0)) && !residenceOf(t, i + 1) && !residenceOf(t, i)
                        && Character.isUpperCase(t.get(i + 1).text().charAt(0))) {
                    out.add(t.get(i + 1).text());
                }
            }
        }
        return out;
    }

    /**
     * Words that begin an office's name, though a place somewhere bears them too ("Vice President": Vice, Peru;
     * "Home Secretary": Home, Pennsylvania): never a town before an office.
     */
    private static final Set<String> OFFICE_WORDS = Set.of("Vice", "Home", "Federal", "Chief", "Deputy", "Senior",
            "Former", "Acting", "Assistant", "Associate", "First", "Foreign", "Interior", "Defense", "Defence",
            "Attorney", "General", "State", "Executive", "Managing", "Press", "Lieutenant", "Under", "Principal", "Head",
            "Grand", "Supreme", "High", "Royal", "Crown", "Labor", "Labour", "Health", "Finance", "Justice", "Education",
            "Commerce", "Energy", "Transport", "Trade", "Treasury", "Economy", "Interim", "Honorary", "Special");

    /** Offices of local government and sport that news puts between a town's name and a person's. */
    private static final Set<String> LOCAL_OFFICES = Set.of("selectman", "selectwoman", "sheriff", "ranger", "trooper",
            "councilman", "councilwoman", "alderman", "commissioner", "supervisor", "superintendent", "coach", "gm",
            "clerk", "treasurer", "assessor", "prosecutor", "constable", "administrator", "manager");

    /**
     * The office word of a person's name the tagger ran on from a town's ("Litchfield Selectman Ann Roe", "Erie GM Sam
     * Roe"): one or two capitalised words the gazetteer knows as a place, an office, then at least two words of a name;
     * -1 where the run is no such thing.
     */
    private int officeAfterPlace(List<Token> t, int i, int runEnd) {
        if (!t.get(i).ner().equals("PERSON") || OFFICE_WORDS.contains(t.get(i).text())) {
            return -1;
        }
        for (int k = i + 1; k <= i + 2 && k + 2 < runEnd; k++) {
            String w = t.get(k).text();
            boolean office = TITLES.contains(w) || LOCAL_OFFICES.contains(w.toLowerCase(java.util.Locale.ROOT))
                    || world.role(w) != null && Character.isUpperCase(w.charAt(0));
            if (office) {
                String place = join(t, i, k - 1);
                boolean named = Character.isUpperCase(place.charAt(0)) && !TITLES.contains(t.get(i).text())
                        && (world.genderOfFirstName(t.get(i).text()) == '-' || k - i == 2) // "Charles City"
                        && (world.isUsState(place) || !places.get().named(place).isEmpty());
                return named ? k : -1;
            }
        }
        return -1;
    }

    /**
     * Whether the token is an "of" the tagger took into a person's name, between the name and where the person
     * lives or works ("Tom Roe of Lafayette", "Rabbi Ann Roe of Chabad-Shadyside"): a name of this kind has no
     * "of" in it (titles of nobility aside, which come before a name: "the Duke of York").
     */
    private static boolean residenceOf(List<Token> t, int k) {
        return k > 1 && k + 1 < t.size() && t.get(k).text().equals("of") && t.get(k).ner().equals("PERSON")
                && t.get(k - 1).ner().equals("PERSON") && t.get(k - 2).ner().equals("PERSON")
                && Character.isUpperCase(t.get(k + 1).text().charAt(0)) && t.get(k + 1).ner().equals("PERSON");
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    static String join(List<Token> t, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int k = first; k <= last; k++) {
            if (k > first && t.get(k).start() > t.get(k - 1).end()) {
                b.append(' ');
            }
            b.append(t.get(k).text());
        }
        return b.toString();
    }
}
