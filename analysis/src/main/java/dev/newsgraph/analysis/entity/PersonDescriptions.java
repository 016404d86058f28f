package dev.newsgraph.analysis.entity;

import dev.newsgraph.analysis.document.Dependency;
import dev.newsgraph.analysis.document.Sentence;
import dev.newsgraph.analysis.document.Token;
import dev.newsgraph.analysis.quantity.NumberReader;
import dev.newsgraph.analysis.world.WorldKnowledge;
import dev.newsgraph.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a sentence says of the people it names: titles before a name ("Kremlin spokesman
 * Dmitry Peskov"), appositions ("Dmitriev, the 49-year-old head of ...", "Russia's ambassador to
 * the UK, Andrei Kelin,"), ages ("Robert Strong, 45,", "seven-year-olds A and B"), and definite
 * descriptions standing alone ("the Russian leader"), which become mentions to resolve.
 */
final class PersonDescriptions {
    private static final Pattern YEAR_OLD = Pattern.compile(
            "\\b(\\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ]year[- ]olds?\\b", Pattern.CASE_INSENSITIVE);
    private final WorldKnowledge world;

    PersonDescriptions(WorldKnowledge world) {
        this.world = world;
    }

    /**
     * Adds roles, ages and countries to the sentence's person names, and returns the description
     * mentions it finds (appositions, which belong to the name they stand beside, and standalone
     * definite descriptions).
     */
    List<Mention> read(Sentence s, String text, List<Mention> names) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : names) {
            if (m.type != EntityType.PERSON) {
                continue;
            }
            title(s, text, m);
            age(s, m);
            Mention appos = apposition(s, text, m, names);
            if (appos != null) {
                appos.cluster = null;
                out.add(appos);
                m.roles.addAll(appos.roles);
                if (m.age == null) {
                    m.age = appos.age;
                }
                if (m.country == null) {
                    m.country = appos.country;
                }
                if (m.sector == null) {
                    m.sector = appos.sector;
                }
                if (m.ownerAt < 0) {
                    m.ownerAt = appos.ownerAt;
                }
                appos.roles.clear();
                appos.partner = m;
            }
        }
        ageBeforeConjoinedNames(s, text, names);
        out.addAll(standalone(s, text, names, out));
        return out;
    }

    /** "US envoy Steve Witkoff", "Ukraine's President Volodymyr Zelensky", "Russian Foreign Minister Sergei Lavrov". */
    private void title(Sentence s, String text, Mention m) {
        List<Token> t = s.tokens();
        if (m.country == null) {
            m.country = listedEmployer(t, m.first);
        }
        int k = m.first - 1;
        int roleAt = -1;
        int owner = -1;
        while (k >= 0) {
            Token tok = t.get(k);
            String w = tok.text();
            if (world.role(w) != null || isRolePhraseEnd(t, k)) {
                if (roleAt < 0) {
                    roleAt = k;
                }
                k--;
                continue;
            }
            if (tok.pos().equals("POS")) {
                owner = k - 1;
                if (roleAt >= 0 && owner >= 0 && t.get(owner).ner().equals("PERSON") && ownsAlike(t.get(roleAt))) {
                    m.ownerAt = owner; // "Trump's Ukraine envoy Keith Kellogg"
                }
                k -= 2;
                break;
            }
            if (tok.pos().equals("PRP$") && roleAt >= 0 && PERSON_OWNERS.contains(w.toLowerCase(Locale.ROOT))
                    && ownsAlike(t.get(roleAt))) {
                m.ownerAt = k; // "his senior adviser R.C. Hammond"
                break;
            }
            if (tok.pos().startsWith("JJ") || tok.pos().startsWith("NNP") || tok.pos().equals("NN")
                    || w.equals("ex") || w.equals("-") && k > 0 && t.get(k - 1).text().equals("ex")) {
                k--;
                continue;
            }
            break;
        }
        if (roleAt < 0) {
            return;
        }
        int from = k + 1;
        if (owner >= 0) {
            from = owner + 2;
        }
        while (from < roleAt && !isModifier(t.get(from))) {
            from++;
        }
        String role = NameFinder.join(t, from, m.first - 1);
        m.roles.add(role);
        WorldKnowledge.Role r = world.role(t.get(roleAt).text());
        if (r == null && roleAt > 0) {
            r = world.role(t.get(roleAt - 1).text() + " " + t.get(roleAt).text());
        }
        if (r != null) {
            if (m.sector == null) {
                m.sector = r.sector();
            }
            if (m.gender == '-' && r.gender() != '-') {
                m.gender = r.gender();
            }
            if (m.country == null) {
                m.country = r.country(); // "Pope Francis": an office of one country
            }
        }
        if (m.country == null) {
            int ownerStart = owner;
            while (ownerStart > 0 && t.get(ownerStart - 1).pos().startsWith("NNP")
                    && !t.get(ownerStart - 1).ner().equals("PERSON")) {
                ownerStart--; // "North Korea's Foreign Minister": the whole name owns the role
            }
            m.country = countryOfRole(t, owner >= 0 ? ownerStart : from, m.first - 1);
        }
        if (m.country == null && r != null && ELECTED.contains(r.word())) {
            for (int j = from; j < m.first; j++) {
                if (US_PARTIES.contains(t.get(j).text())) {
                    m.country = "USA"; // "Republican Senator John Cornyn", "Democratic Rep. Adam Schiff"
                    break;
                }
            }
            for (int j = from; m.country == null && j < m.first; j++) {
                String w = t.get(j).text();
                String two = j + 1 < m.first ? w + " " + t.get(j + 1).text() : null;
                if (world.isUsState(w) || two != null && world.isUsState(two)) {
                    m.country = "USA"; // "Alabama Governor Kay Ivey", "New York Senator Chuck Schumer"
                }
            }
            if (m.country == null && m.ownerAt < 0) {
                m.country = datelineCountry(text); // "WASHINGTON (Reuters) - ... Senator Tom Carper"
            }
        }
    }

    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "(?m)^(?:.{0,200}?\\bBy\\s+(?:(?:\\p{Lu}[\\p{L}.'\\-]*|and)\\s+){1,6})?(?<city>[A-Z][A-Z.'\\- ]{2,40}?)(?:,(?<where>[^()\\n]{1,30}))?\\s*\\([A-Za-z][A-Za-z .&]{1,30}\\)\\s*[-\u2013\u2014]");

    /**
     * The country of the article's dateline ("WASHINGTON (Reuters) -", also after a byline on the
     * same line: "By Jane Roe WASHINGTON (Reuters) -"), where its city is a capital
     * or a country; null otherwise. An elected office named without a country ("Senator Tom
     * Carper", "Governor X") is the dateline country's: a foreign one is named as such
     * ("Philippine Senator ...").
     */
    private String datelineCountry(String text) {
        Dateline d = Dateline.of(text);
        if (d == null || d.city() == null) {
            return null;
        }
        String c = world.capitalOf(d.city());
        return c != null ? c : world.countryOfAny(d.city());
    }

    /**
     * The article's dateline, its parts in title case: "WASHINGTON (Reuters) -" has the city "Washington",
     * "PALM BEACH, FLORIDA (Reuters) -" the city "Palm Beach" and the division or country "Florida" ("ALEXANDRIA,
     * La. (AP)": "La."); {@code where} is null when none follows the city.
     */
    record Dateline(String city, String where) {
        /** The dateline in the text's first 600 characters, or null. */
        static Dateline of(String text) {
            java.util.regex.Matcher d = DATELINE.matcher(text.length() > 600 ? text.substring(0, 600) : text);
            return d.find() ? new Dateline(titleCase(d.group("city")), titleCase(d.group("where"))) : null;
        }

        private static String titleCase(String part) {
            if (part == null) {
                return null;
            }
            StringBuilder name = new StringBuilder();
            for (String w : part.strip().toLowerCase(java.util.Locale.ROOT).split(" ")) {
                if (!w.isEmpty()) {
                    name.append(name.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
                }
            }
            return name.length() == 0 ? null : name.toString();
        }
    }

    /**
     * The parties of the United States' two-party system and the elected offices they qualify
     * there: a party word on such a title places its holder in the United States, where other
     * countries' parties of those names ("Democratic", "Republican") rarely hold those titles in
     * English news.
     */
    private static final Set<String> US_PARTIES = Set.of("Republican", "Democratic", "Democrat", "GOP");
    /** Elected offices, whose holder is placed by a party word or, failing that, by the dateline. */
    private static final Set<String> ELECTED = Set.of("senator", "sen.", "representative", "rep.", "congressman",
            "congresswoman", "governor", "gov.", "lawmaker");

    /**
     * The country a role phrase gives its holder: "US envoy", "Kremlin spokesman", "head of Russia's
     * fund". A person's possessive ("Trump's Ukraine envoy") makes the place words after it the
     * portfolio, not the nationality; "ambassador to the UK" names where, not whose.
     */
    private String countryOfRole(List<Token> t, int from, int to) {
        if (from > 0 && (t.get(from - 1).text().equals("on") || t.get(from - 1).text().equals("for"))) {
            return null; // the title's phrase begins after "on"/"for": "Commission of Inquiry on Syria chairman"
        }
        for (int j = from; j <= to; j++) {
            Token tok = t.get(j);
            if (tok.text().equals("to") || tok.text().equals("on") || tok.text().equals("for")) {
                return null; // "ambassador to the UK", "Commission of Inquiry on Syria chairman": where, not whose
            }
            if (j > from && t.get(j - 1).text().equals("New") && world.countryOfAny("New " + tok.text()) == null) {
                continue; // "New Jersey Governor" is no Jersey's
            }
            boolean owner = j + 1 <= to && t.get(j + 1).pos().equals("POS");
            if (owner && tok.ner().equals("PERSON")) {
                return null;
            }
            if (tok.text().equalsIgnoreCase("dual")) {
                return null; // "a dual German-Russian citizen": of two countries, so of no one
            }
            String c = world.countryOfAny(tok.text());
            if (c == null && j + 1 <= to) {
                c = world.countryOfAny(tok.text() + " " + t.get(j + 1).text());
            }
            if (c != null && j + 2 <= to && t.get(j + 1).text().equals("-")
                    && world.countryOfDemonym(t.get(j + 2).text()) != null) {
                return world.countryOfDemonym(t.get(j + 2).text()); // "a Russian-American": the last names the nationality
            }
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * The country of the exchange where the company before a name is listed, as agency news writes it: "Apple Inc
     * (AAPL.O) chief executive Tim Cook", "Facebook Inc's (FB.O) Mark Zuckerberg": a listing code in parentheses
     * with nothing but role words between it and the name. An executive is of the company's country as a
     * minister is of the government's; null where no code stands there.
     */
    private String listedEmployer(List<Token> t, int first) {
        int k = first - 1;
        while (k >= 0 && (world.role(t.get(k).text()) != null || t.get(k).pos().startsWith("JJ")
                || t.get(k).pos().equals("NN") || t.get(k).pos().equals("NNS"))) {
            k--;
        }
        if (k >= 2 && isBracket(t.get(k), ")") && isBracket(t.get(k - 2), "(")) {
            return world.countryOfListing(t.get(k - 1).text());
        }
        return null;
    }

    private static boolean isBracket(Token t, String bracket) {
        return t.text().equals(bracket) || t.pos().equals(bracket.equals("(") ? "-LRB-" : "-RRB-");
    }

    /** The possessive pronouns that stand for a person owning a role ("his adviser"); "its", "their" do not. */
    private static final Set<String> PERSON_OWNERS = Set.of("his", "her");
    /**
     * Roles whose holder stands against their owner rather than serves them ("Putin's counterpart",
     * "Trump's rival"): the owner's country is not theirs.
     */
    private static final Set<String> FACING = Set.of("counterpart", "counterparts", "rival", "rivals", "opponent",
            "opponents", "challenger", "critic", "critics", "accuser", "host", "guest", "victim", "nemesis", "foe");

    /** Whether the holder of this role word is, like an aide, a relative or a lawyer, of their owner's country. */
    private static boolean ownsAlike(Token roleWord) {
        return !FACING.contains(roleWord.text().toLowerCase(Locale.ROOT));
    }

    private boolean isRolePhraseEnd(List<Token> t, int k) {
        return k > 0 && world.role(t.get(k - 1).text() + " " + t.get(k).text()) != null;
    }

    private static boolean isModifier(Token t) {
        return t.pos().startsWith("JJ") || t.pos().startsWith("NN");
    }

    /** "Robert Strong, 45," and "Herman Tripolets, nine,". */
    private static void age(Sentence s, Mention m) {
        List<Token> t = s.tokens();
        int k = m.last + 1;
        if (k + 2 < t.size() + 1 && k < t.size() && t.get(k).text().equals(",") && k + 1 < t.size()) {
            Integer v = NumberReader.readWhole(t.get(k + 1).text());
            boolean closed = k + 2 >= t.size() || t.get(k + 2).text().equals(",") || t.get(k + 2).text().equals(".")
                    || t.get(k + 2).text().equals("and");
            if (v != null && v > 0 && v < 120 && closed && t.get(k + 1).pos().equals("CD")) {
                m.age = v;
            }
        }
    }

    /** The noun phrase in apposition to a name, as a description of the same person. */
    private Mention apposition(Sentence s, String text, Mention m, List<Mention> names) {
        if (!s.parsed()) {
            return null;
        }
        for (int i = m.first; i <= m.last; i++) {
            for (Dependency d : s.dependencies()) {
                int other;
                if (d.relation().equals("appos") && d.governor() == i) {
                    other = d.dependent();
                } else if (d.relation().equals("appos") && d.dependent() == i) {
                    other = d.governor();
                } else {
                    continue;
                }
                if (other >= m.first && other <= m.last) {
                    continue;
                }
                Token head = s.tokens().get(other);
                // "Ksenia Karelina, a Russian-American,", "John Smith, a Briton,": a nationality as the description
                boolean nationality = world.countryOfDemonym(head.text()) != null;
                if (!nationality && (!head.pos().startsWith("NN")
                        || head.pos().startsWith("NNP") && world.role(head.text()) == null)) {
                    continue;
                }
                int[] span = subtree(s, other, m);
                String spanText = text.substring(s.tokens().get(span[0]).start(), s.tokens().get(span[1]).end());
                if (world.role(head.text()) == null && !nationality && !YEAR_OLD.matcher(spanText).find()) {
                    continue; // "The day (Kuczynski) signs": an apposition, but not a description of a person
                }
                Mention a = new Mention(s, span[0], span[1], MentionKind.DESCRIPTION, EntityType.PERSON);
                int roleFrom = span[0];
                for (Mention n : names) {
                    boolean owner = n.last + 1 < s.tokens().size() && s.tokens().get(n.last + 1).pos().equals("POS");
                    if (n != m && n.first >= span[0] && n.last <= span[1] && n.type == EntityType.PERSON
                            && n.first == span[0] && !owner) {
                        return null; // another name, not a description; "Trump's envoy" is one, owned
                    }
                    if (n != m && n.first == span[0] && n.type == EntityType.PERSON && owner && ownsAlike(head)) {
                        a.ownerAt = n.last; // "Keith Kellogg, Trump's Ukraine envoy,": the owner's words are no country
                        roleFrom = n.last + 2;
                    }
                }
                String phrase = text.substring(a.start(), a.end());
                a.roles.add(stripArticle(phrase));
                Matcher y = YEAR_OLD.matcher(phrase);
                if (y.find()) {
                    a.age = NumberReader.readWhole(y.group(1));
                }
                WorldKnowledge.Role r = world.role(head.text());
                if (r != null) {
                    a.sector = r.sector();
                    a.gender = r.gender();
                }
                // after an owner's possessive the place words are the portfolio ("Trump's Ukraine envoy")
                a.country = a.ownerAt >= 0 ? null : countryOfRole(s.tokens(), roleFrom, span[1]);
                if (ownsAlike(head) && a.ownerAt < 0) {
                    for (Dependency c : s.children(other)) {
                        Token o = s.tokens().get(c.dependent());
                        if (c.relation().equals("nmod:poss") && (o.ner().equals("PERSON")
                                || PERSON_OWNERS.contains(o.text().toLowerCase(Locale.ROOT)))) {
                            a.ownerAt = c.dependent(); // "Keith Kellogg, Trump's Ukraine envoy,"
                        }
                    }
                }
                return a;
            }
        }
        return null;
    }

    /** The contiguous token span of a head's subtree, leaving out the name's own tokens and edge punctuation. */
    private static int[] subtree(Sentence s, int head, Mention exclude) {
        int[] span = s.subtreeSpan(head, d -> !(d.dependent() >= exclude.first && d.dependent() <= exclude.last
                || d.relation().equals("appos") || d.relation().equals("acl:relcl") || d.relation().equals("punct")));
        int lo = span[0];
        int hi = span[1];
        List<Token> t = s.tokens();
        if (lo < exclude.first && hi >= exclude.first) {
            hi = exclude.first - 1; // the description stands before the name: "the chief executive, Jan Bakker, 58"
        } else if (lo <= exclude.last && hi > exclude.last) {
            lo = exclude.last + 1;
        }
        while (lo < hi && (t.get(lo).pos().equals(",") || t.get(lo).pos().equals("DT") || t.get(lo).pos().equals("IN"))) {
            lo++;
        }
        while (hi > lo && (t.get(hi).pos().equals(",") || t.get(hi).pos().equals("."))) {
            hi--;
        }
        return new int[] {lo, hi};
    }

    /** "seven-year-olds Arina Samodina and Radyslav Yatsko": the age goes to each name. */
    private static void ageBeforeConjoinedNames(Sentence s, String text, List<Mention> names) {
        for (int i = 0; i < names.size(); i++) {
            Mention m = names.get(i);
            if (m.type != EntityType.PERSON || m.age != null) {
                continue;
            }
            int from = Math.max(s.start(), m.start() - 20);
            String before = text.substring(from, m.start());
            Matcher y = Pattern.compile("(\\d{1,3}|[a-z]+)-year-olds?\\s*$", Pattern.CASE_INSENSITIVE).matcher(before);
            if (y.find()) {
                Integer v = NumberReader.readWhole(y.group(1));
                if (v == null) {
                    continue;
                }
                m.age = v;
                for (int j = i + 1; j < names.size(); j++) {
                    Mention n = names.get(j);
                    if (n.start() < names.get(j - 1).end()) {
                        break; // names are not in text order here: no conjoined run follows
                    }
                    String between = text.substring(names.get(j - 1).end(), n.start()).strip();
                    if (n.type == EntityType.PERSON && (between.equals("and") || between.equals(","))) {
                        n.age = n.age == null ? v : n.age;
                    } else {
                        break;
                    }
                }
            }
        }
    }

    /** "the Russian leader", "The Los Angeles resident": definite descriptions that are not titles or appositions. */
    private List<Mention> standalone(Sentence s, String text, List<Mention> names, List<Mention> taken) {
        List<Mention> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            String article = tok.text().toLowerCase(Locale.ROOT);
            if (!article.equals("the") && !article.equals("a") && !article.equals("an")) {
                continue;
            }
            int j = i + 1;
            int roleAt = -1;
            while (j < t.size() && j <= i + 5) {
                Token x = t.get(j);
                if ((x.pos().equals("NN") || x.pos().equals("NNP")) && world.role(x.text()) != null
                        && world.role(x.text()).sector() != null) {
                    roleAt = j;
                }
                if (!(x.pos().startsWith("JJ") || x.pos().startsWith("NN") || x.pos().equals("HYPH")
                        || x.pos().equals("VBN") && (roleAt < 0 || roleAt == j))) {
                    break; // a participle modifies the role ("the newly elected president"), never follows it ("named")
                }
                j++;
            }
            if (roleAt < 0 || roleAt != j - 1) {
                continue;
            }
            int end = roleAt;
            if (end + 1 < t.size() && (t.get(end + 1).ner().equals("PERSON") || t.get(end + 1).text().equals("of")
                    || t.get(end + 1).pos().equals("POS"))) {
                continue; // a title before a name, or "the head of ...": not a standalone description
            }
            Mention d = new Mention(s, i + 1, end, MentionKind.DESCRIPTION, EntityType.PERSON);
            boolean clash = false;
            for (Mention o : names) {
                clash |= o.overlaps(d) && o.type == EntityType.PERSON; // "a Secret Service agent" may hold a name
            }
            for (Mention o : taken) {
                // a name among the modifiers ("the Republican president": the party) leaves the description
                clash |= o.overlaps(d) && (o.last >= roleAt || o.type == EntityType.PERSON);
            }
            if (clash) {
                continue;
            }
            Mention withThe = new Mention(s, i, end, MentionKind.DESCRIPTION, EntityType.PERSON);
            WorldKnowledge.Role r = world.role(t.get(roleAt).text());
            withThe.roleWord = t.get(roleAt).text().toLowerCase(Locale.ROOT);
            withThe.indefinite = !article.equals("the");
            withThe.partner = nameBefore(s, names, i);
            withThe.sector = r.sector();
            withThe.gender = r.gender();
            for (int k = i + 1; k < roleAt; k++) {
                String c = world.countryOfAny(t.get(k).text());
                if (c != null) {
                    withThe.country = c;
                }
            }
            out.add(withThe);
        }
        return out;
    }

    /** "Robert Strong, 45, a psychologist for ...": the name an apposition the parse missed stands beside. */
    private static Mention nameBefore(Sentence s, List<Mention> names, int article) {
        List<Token> t = s.tokens();
        int k = article - 1;
        if (k < 1 || !t.get(k).text().equals(",")) {
            return null;
        }
        k--;
        if (k >= 2 && t.get(k).pos().equals("CD") && t.get(k - 1).text().equals(",")) {
            k -= 2;
        }
        for (Mention n : names) {
            if (n.type == EntityType.PERSON && n.last == k) {
                return n;
            }
        }
        return null;
    }

    private static String stripArticle(String phrase) {
        return phrase.replaceFirst("^(?i)(the|a|an)\\s+", "");
    }
}
