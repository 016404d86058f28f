package dev.newsgraph.analysis.place;

import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Stage;
import dev.newsgraph.analysis.place.Gazetteer.Kind;
import dev.newsgraph.analysis.place.Gazetteer.Place;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.EntityType;
import dev.newsgraph.model.Geo;
import dev.newsgraph.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each place entity its point on the map ({@link Geo}), chosen by the evidence of the article rather
 * than by the name alone. A name's readings in the gazetteer (every city, division and country so called)
 * start from a prior, the place's size, and gain from what the article says:
 * <ul>
 *   <li>a qualifier after a mention, as in a dateline ("ALEXANDRIA, La. (AP)") or "Paris, Texas" and
 *       "Pandi, Bulacan": only readings in that division or country stay;</li>
 *   <li>the divisions and countries the rest of the article names (its other places, their qualifiers,
 *       its demonyms): a reading in one of them gains by its share of those mentions;</li>
 *   <li>nearness: the article's other places with a reading close to it.</li>
 * </ul>
 * A country entity is the country; a division's name read as the division is precision {@code admin1}.
 * Where the text cannot decide between places in one country, the entity gets the country (precision
 * {@code country}); between places in different countries, nothing: a lower precision or none rather than a
 * confident wrong point. Sets the document's places layer (entity id to {@link Geo}).
 */
public final class PlaceResolver implements Stage {
    /** The weight a division's or a country's name has beside a city's population. */
    private static final double ADMIN_PRIOR = Math.log(1_000_000);
    private static final double COUNTRY_PRIOR = Math.log(20_000_000);
    private static final double COUNTY_PRIOR = Math.log(100_000);
    /** What a reading gains from the share of the article's mentions that its division or country holds. */
    private static final double ADMIN_EVIDENCE = 4.0;
    private static final double COUNTRY_EVIDENCE = 3.0;
    /** What a reading gains near a place the article names without doubt, and how near that is. */
    private static final double NEAR_EVIDENCE = 4.0;
    private static final double NEAR_KM = 150;
    private static final double NEAR_CAP = 1.5;
    /**
     * A neighbour within this distance (the same county or the next) backs a reading fully; one farther off, but
     * within {@link #NEAR_KM}, by this share: the closer of two namesakes to the story's other places wins.
     */
    private static final double CLOSE_KM = 50;
    private static final double FAR_SHARE = 0.25;
    /**
     * How much a neighbour's ambiguity weakens its backing: it counts 1/k^¼ where k is the number of ways it can
     * agree with the name ({@link #waysToAgree}), not the number of its readings.
     */
    private static final double AGREEMENT_EXPONENT = 0.25;
    /** How far ahead a reading must be, without evidence, to be taken over the next one. */
    private static final double DECISIVE = 0.5;

    private static final Pattern QUALIFIER = Pattern.compile(
            "^,\\s*((?:[A-Z][\\p{L}'.]*)(?:[ -](?:[A-Z][\\p{L}'.]*|of)){0,3})");

    private final Supplier<Gazetteer> gazetteer;

    /** @param gazetteer read when the first article comes (the gazetteer takes a few tenths of a second to load) */
    public PlaceResolver(Supplier<Gazetteer> gazetteer) {
        this.gazetteer = gazetteer;
    }

    public PlaceResolver(Gazetteer gazetteer) {
        this(() -> gazetteer);
    }

    /** The resolver over the shipped gazetteer, which starts loading now, beside the pipeline's other models. */
    public static PlaceResolver create() {
        Gazetteer.preload();
        return new PlaceResolver(Gazetteer::standard);
    }

    @Override
    public String name() {
        return "places";
    }

    private static final Pattern PART = Pattern.compile("(?:(?:North|South) (?:East|West)|[NS]\\.(?:[EW]\\.)?|[EW]\\."
            + "|(?:North|South|East|West|Central|Upper|Lower|Northern" // "North West Bicester", "W. Phila.", "S.E. Paris"
            + "|Southern|Eastern|Western)(?:east|west|ern)?|Mid|Middle|Northeast|Northwest|Southeast|Southwest)"
            + "[ -](\\p{Lu}.*)");

    /** What a division or country named anywhere in the text (in an organisation's name too) counts. */
    private static final double TEXT_VOTE = 0.5;
    private static final long LARGE_CITY = 100_000;
    private static final Pattern CAPITALIZED = Pattern.compile(
            "\\b[A-Z][\\p{L}'.]*(?:\\.[A-Z]\\.?)?(?:[ ](?:[A-Z][\\p{L}'.]*|of))*");

    /** A division or country named in the text, at [start, end). */
    private record Named(int start, int end, List<Place> places) {
    }

    /** The divisions and countries the text names, by runs of capitalised words (the longest name in a run wins). */
    private static List<Named> divisionsNamed(Gazetteer g, String text) {
        List<Named> out = new ArrayList<>();
        Matcher m = CAPITALIZED.matcher(text);
        while (m.find()) {
            String run = m.group();
            String[] w = run.split(" ");
            int[] starts = new int[w.length];
            for (int i = 0, at = m.start(); i < w.length; i++) {
                starts[i] = at;
                at += w[i].length() + 1;
            }
            int i = 0;
            while (i < w.length) {
                int taken = 0;
                for (int n = Math.min(4, w.length - i); n >= 1 && taken == 0; n--) {
                    String cand = String.join(" ", java.util.Arrays.copyOfRange(w, i, i + n));
                    for (String c : List.of(cand, cand.replaceFirst("[’']s$|[.,]$", ""))) {
                        if (c.isEmpty() || postalCodeLike(c)) {
                            continue;
                        }
                        List<Place> ps = new ArrayList<>();
                        for (Place p : g.named(c)) {
                            if (p.kind() != Kind.CITY) {
                                ps.add(p);
                            } else if (p.population() >= LARGE_CITY) {
                                ps.clear(); // "Paris" names the city more often than the division
                                break;
                            }
                        }
                        if (!ps.isEmpty()) {
                            out.add(new Named(starts[i], starts[i] + cand.length(), ps));
                            taken = n;
                            break;
                        }
                    }
                }
                i += Math.max(taken, 1);
            }
        }
        return out;
    }

    private static boolean inside(Named n, Entity e) {
        for (Span s : e.mentions()) {
            if (s.start() < n.end() && n.start() < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** One place entity under resolution. */
    private static final class Target {
        final Entity entity;
        final List<Place> readings = new ArrayList<>();
        final List<Place> qualifiers = new ArrayList<>();
        Place fixed;
        /** An organisation placed at a town or county: it backs its neighbours, and is not itself resolved here. */
        boolean backer;
        /** Whether the story is told in the words of American local government ({@link #AMERICAN_LOCAL}). */
        boolean american;
        /** Whether a qualifier may be the next name of a list ("Kiev, Minsk and Riga") rather than a division's. */
        boolean listed;
        /** A region, sea or lake of {@link #REGIONS} that the entity is named as: it is that, whatever town shares the name. */
        Geo region;
        /** Whether a mention of it is the story's bare dateline ({@link #datelined}). */
        boolean dateline;

        Target(Entity entity) {
            this.entity = entity;
        }
    }

    @Override
    public void apply(Document doc) {
        Gazetteer g = gazetteer.get();
        String text = doc.text();
        List<Target> targets = new ArrayList<>();
        boolean american = AMERICAN_LOCAL.matcher(text).find();
        for (Entity e : doc.entities()) {
            if (e.type() != EntityType.LOCATION) {
                continue;
            }
            Target t = new Target(e);
            t.american = american;
            Place country = "COUNTRY".equals(e.subtype()) && e.country() != null ? g.country(e.country()) : null;
            if (country != null) {
                // a country, unless one of its names is the name of another place ("Georgia", "Palestine, Texas");
                // a name such as a capital standing for its government ("Cairo said") is no other reading
                Set<Place> seen = new LinkedHashSet<>();
                seen.add(country);
                for (String n : mentionedNames(e)) {
                    List<Place> named = g.named(n); // as the text names it: "Italian" is no reading of Italy, Texas
                    if (named.contains(country)) {
                        seen.addAll(named);
                    }
                }
                if (seen.size() == 1) {
                    t.fixed = country;
                } else {
                    t.readings.addAll(seen);
                }
            } else if ((t.region = region(e)) != null || (t.region = continent(e)) != null) {
                // "Siberia", "the Red Sea", "Asia": the region or continent, not a town or a division that shares its name
            } else if ("COUNTY".equals(e.subtype())) {
                // "Douglas" of "Douglas and Wyandotte counties": the counties of that name
                Set<Place> seen = new LinkedHashSet<>();
                for (String n : names(e)) {
                    for (String kind : List.of(" County", " Parish")) {
                        for (Place p : g.named(n + kind)) {
                            if (p.kind() == Kind.ADMIN2) {
                                seen.add(p);
                            }
                        }
                    }
                }
                t.readings.addAll(seen);
            } else {
                Set<Place> seen = new LinkedHashSet<>();
                for (String n : names(e)) {
                    seen.addAll(g.named(n));
                }
                if (seen.isEmpty()) {
                    // a part of a division, a country or a large city ("North Texas", "Northeast Georgia", "West
                    // Wichita") lies in it; "Fargo City" is Fargo
                    for (String n : names(e)) {
                        Matcher m = PART.matcher(n);
                        if (m.matches() && !COMPASS.matcher(m.group(1)).matches()) { // "Middle East" is no part of "East"
                            for (Place p : g.named(m.group(1))) {
                                if (p.kind() != Kind.CITY || p.population() >= LARGE_CITY) {
                                    seen.add(p);
                                }
                            }
                        } else if (n.endsWith(" City") && n.length() > 5) {
                            for (Place p : g.named(n.substring(0, n.length() - 5))) {
                                if (p.kind() == Kind.CITY) {
                                    seen.add(p);
                                }
                            }
                        }
                    }
                }
                for (String n : seen.isEmpty() ? names(e) : List.<String>of()) {
                    // "D-Calif.", "R-Charleston", "DFL-Minneapolis": a lawmaker's party and home; "Fargo-Moorhead",
                    // "Athens-Clarke County": places joined, the first named first
                    Matcher m = JOINED.matcher(n);
                    String nation = m.matches() && m.group(1) == null && m.group(3) != null
                            ? nationOf(m.group(2), m.group(3)) : null;
                    if (nation != null) {
                        // "Arab-Israeli", "Israeli-Palestinian": peoples joined, not Arab, Alabama
                        if (g.country(nation) != null) {
                            seen.add(g.country(nation));
                        }
                    } else if (m.matches() && (m.group(1) != null || m.group(3) != null)) {
                        List<Place> first = g.named(m.group(2));
                        if (m.group(1) == null && m.group(3) != null && !first.isEmpty()) {
                            first = together(first, g.named(m.group(3)));
                        }
                        seen.addAll(first.isEmpty() && m.group(3) != null ? g.named(m.group(3)) : first);
                        if (m.group(1) != null && m.group(3) == null) {
                            // where lawmakers are elected by county ("Delegate Ricky Moye, D-Raleigh", West
                            // Virginia) the home is a county: its counties of that name are readings too, where
                            // no town of the name lies in the same state (Charleston, S.C., is the town)
                            for (String kind : List.of(" County", " Parish")) {
                                for (Place p : g.named(m.group(2) + kind)) {
                                    if (p.kind() == Kind.ADMIN2 && first.stream().noneMatch(
                                            c -> c.kind() == Kind.CITY && java.util.Objects.equals(c.admin(), p.admin()))) {
                                        seen.add(p);
                                    }
                                }
                            }
                        }
                    }
                }
                t.dateline = datelined(text, e);
                if (divisionContext(g, text, e) && seen.stream().anyMatch(p -> p.kind() == Kind.ADMIN1)) {
                    // "the New York border", "New York's attorney general", "Missouri, New York and Virginia": the state
                    seen.removeIf(p -> p.kind() == Kind.CITY);
                } else if (t.dateline && seen.stream().anyMatch(p -> p.kind() == Kind.CITY)) {
                    // "WASHINGTON (AP) -", "NEW YORK --": a story is filed from a town, never from a state or country
                    seen.removeIf(p -> p.kind() != Kind.CITY);
                }
                t.readings.addAll(seen);
            }
            for (Span m : e.mentions()) {
                Place q = qualifier(g, text, m.end(), t.readings);
                if (q != null) {
                    t.qualifiers.add(q);
                    t.listed |= !closedQualifier(g, text, m.end());
                }
            }
            if (t.dateline && t.fixed == null && t.region == null && t.qualifiers.isEmpty()) {
                // a bare dateline names its city alone only where readers know which one it is: a city that dwarfs
                // its namesakes ("WASHINGTON", "ATLANTA", "BAGHDAD") is that city, whatever small namesakes near
                // each other the story's other names happen to have
                Place clear = clearReading(t);
                if (clear != null && clear.kind() == Kind.CITY) {
                    t.fixed = clear;
                    t.readings.clear();
                }
            }
            targets.add(t);
        }

        // what each entity says of the divisions and countries the story is about
        Map<Target, Map<String, Double>> adminVotes = new HashMap<>();
        Map<Target, Map<String, Double>> countryVotes = new HashMap<>();
        for (Target t : targets) {
            Map<String, Double> a = new HashMap<>();
            Map<String, Double> c = new HashMap<>();
            int n = t.entity.mentions().size();
            for (Place q : t.qualifiers) {
                vote(q, 2.0, a, c);
            }
            Place clear = t.fixed != null ? t.fixed : clearReading(t);
            if (clear != null) {
                vote(clear, n, a, c);
            }
            adminVotes.put(t, a);
            countryVotes.put(t, c);
        }
        Map<String, Double> allAdmins = sum(adminVotes.values());
        Map<String, Double> allCountries = sum(countryVotes.values());
        List<Named> named = divisionsNamed(g, text);

        Map<String, Geo> out = new LinkedHashMap<>();
        Map<Target, Geo> first = new HashMap<>();
        for (Target t : targets) {
            first.put(t, resolve(g, t, allAdmins, allCountries, adminVotes, countryVotes, named, targets, null));
        }
        // organisations placed at a town or county ("Zionsville Education Foundation") are places the story names
        // too: they back their neighbours and count towards the story's home division
        List<Target> withBackers = new ArrayList<>(targets);
        for (Entity e : doc.entities()) {
            if (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.GROUP) {
                Geo geo = basedAt(g, e, allAdmins, allCountries, named, targets, null, american);
                Place p = geo == null ? null : placeOf(g, geo);
                if (p != null && (p.kind() == Kind.CITY || p.kind() == Kind.ADMIN2) && namedAfter(e, p)) {
                    Target b = new Target(e);
                    b.fixed = p;
                    b.backer = true;
                    withBackers.add(b);
                    first.put(b, geo);
                }
            }
        }
        // organisations named after a place the story names as a place too ("Paris Police Department" beside "Paris")
        // leave the home division to that place's own reading
        Set<String> placeNames = new java.util.HashSet<>();
        for (Target t : targets) {
            for (Place p : t.readings) {
                placeNames.add(p.name());
            }
        }
        List<Target> homeVoters = new ArrayList<>();
        for (Target t : withBackers) {
            if (!t.backer || !placeNames.contains(t.fixed.name())) {
                homeVoters.add(t);
            }
        }
        String home = homeDivision(g, homeVoters, first);
        Map<String, Double> withHome = new HashMap<>(allAdmins);
        if (home != null) {
            withHome.merge(home, Math.max(HOME_VOTE, max(allAdmins)), Double::sum);
        }
        targets = withBackers;
        for (Target t : targets) {
            if (t.backer) {
                continue;
            }
            // (a continent is a region here: read with the regions when the entity was)
            Geo geo = t.region != null ? t.region
                    : resolve(g, t, allAdmins, allCountries, adminVotes, countryVotes, named, targets, home);
            if (geo == null && t.readings.isEmpty() && t.fixed == null) {
                // "Long Beach Airport", "Hartford Hospital", "Glendale Galleria": a facility lies in the place it is named after
                geo = basedAt(g, t.entity, withHome, allCountries, named, targets, home, american);
            }
            if (geo != null) {
                out.put(t.entity.id(), geo);
            }
        }
        String storyCountry = storyCountry(targets, out);
        Place storyPlace = storyCountry == null ? null : g.country(storyCountry);
        for (Target t : targets) {
            // a place the gazetteer does not know ("South Ossetia", "Svaneti", "the Kish River") in a story whose
            // places lie in one country lies there too, as far as the text tells: that country, at its precision
            // (or, for a name the text could not decide among its readings, where one of them lies in that country)
            if (storyPlace != null && !t.backer && !out.containsKey(t.entity.id()) && t.fixed == null
                    && (t.readings.isEmpty() || t.readings.stream().anyMatch(p -> storyCountry.equals(p.country())))
                    && t.entity.type() == EntityType.LOCATION) {
                out.put(t.entity.id(), geo(storyPlace, "country"));
            }
        }
        for (Entity e : doc.entities()) {
            if (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.GROUP) {
                Geo geo = basedAt(g, e, withHome, allCountries, named, targets, home, american);
                if (geo == null) {
                    geo = seat(g, e);
                }
                if (geo != null) {
                    out.put(e.id(), geo);
                }
            }
        }
        doc.setPlaces(out);
    }

    /**
     * Words of the bodies a town has ("Cottonport Fire Station", "Hanover police", "Centerville Christian
     * Church"): after a small town's name they say the name is the town's, where a person's name ("Morgan
     * Stanley") says nothing of it. The organisation words and group nouns of the world knowledge count too.
     */
    private static final Set<String> LOCAL_BODIES = Set.of("fire", "sheriff", "library", "hospital", "club",
            "chamber", "authority", "district", "board", "station", "zoo", "high", "elementary", "middle", "township",
            "city", "town", "village", "borough", "public", "area", "community", "regional", "municipal", "county",
            "police", "schools", "academy", "center", "centre", "museum", "park", "rescue", "ems", "jail",
            "detention", "utilities", "water", "housing", "development", "redevelopment", "planning", "elks",
            "rotary", "lions", "kiwanis", "historical", "society", "league", "association", "chapter", "committee",
            "airport", "mall", "galleria", "courthouse", "stadium", "arena", "plaza", "square", "hotel", "church",
            "cathedral", "cemetery", "fairgrounds", "hall", "theatre", "theater", "market", "terminal", "harbor",
            "harbour", "port", "base", "prison", "correctional", "campus");

    /**
     * What an organisation's geo comes from: not a name (a place entity), a place at the head of its name, that
     * place followed by a town body's word ("Hanover police"), or a name that is all a place's ("Elkhart").
     */
    private enum Based { NO, NAME, LOCAL_BODY, WHOLE }

    /**
     * The country of the first of two words joined by a dash that is a nationality ("Arab-Israeli": Israel), where
     * either is one; else null.
     */
    private static String nationOf(String first, String second) {
        dev.newsgraph.analysis.world.WorldKnowledge world = dev.newsgraph.analysis.world.WorldKnowledge.standard();
        String a = world.countryOfDemonym(first.strip());
        String b = world.countryOfDemonym(second.strip());
        return a != null ? a : b;
    }

    /**
     * The readings of the first of two places joined by a dash that lie near a reading of the second ("Athens-Clarke
     * County": the Athens in a Clarke County, Georgia's); all of them where none does, or where the second is a city that
     * dwarfs its namesakes.
     */
    private static List<Place> together(List<Place> first, List<Place> second) {
        long largest = 0;
        long next = 0;
        for (Place q : second) {
            next = Math.max(next, Math.min(largest, q.population()));
            largest = Math.max(largest, q.population());
        }
        if (largest >= LARGE_CITY && largest >= DOMINANT * Math.max(next, 1000)) {
            return first; // a route between two cities ("Washington-Moscow"), the second one that dwarfs its namesakes
        }
        List<Place> near = new ArrayList<>();
        for (Place p : first) {
            for (Place q : second) {
                if ((p.kind() == Kind.CITY || p.kind() == Kind.ADMIN2) && (q.kind() == Kind.CITY || q.kind() == Kind.ADMIN2)
                        && Math.abs(p.lat() - q.lat()) < 2 && km(p.lat(), p.lon(), q.lat(), q.lon()) <= NEAR_KM) {
                    near.add(p);
                    break;
                }
            }
        }
        return near.isEmpty() ? first : near;
    }

    /** A party's letter before a place ("D-Calif."), or two places joined by a hyphen ("Fargo-Moorhead"). */
    private static final Pattern JOINED = Pattern.compile("(?:(D|R|I|DFL)-)?([^-]+?)(?:\\s*-\\s*(.+))?");

    /** A word that names a part of a place before its name: "East Texas", "West Wichita". */
    private static final Pattern QUARTER = Pattern.compile("(?:North|South|East|West|Central|Upper|Lower|Northern"
            + "|Southern|Eastern|Western|Northeast|Northwest|Southeast|Southwest|Metro|Greater|Downtown)");

    /**
     * Where an organisation or a group is based, when its name begins with it: a nation's name or word ("Lebanese
     * Army", "Syrians", "U.S. Senate": the country) or a place ("Athens Police Department", "Minnesota Department
     * of Transportation", "Allegheny County Housing Authority"), resolved by the article's evidence like a place
     * entity. A small town's reading needs that evidence: an organisation named after a person or a thing
     * ("Morgan Stanley") would otherwise take the point of a namesake town.
     */
    private Geo basedAt(Gazetteer g, Entity e, Map<String, Double> allAdmins, Map<String, Double> allCountries,
                        List<Named> named, List<Target> targets, String home, boolean american) {
        String[] w = joinedApart(g, e.name().replaceFirst("^(?i)the\\s+", "").strip().split("\\s+"));
        if (w.length == 0 || w[0].isEmpty()) {
            return null;
        }
        dev.newsgraph.analysis.world.WorldKnowledge world = dev.newsgraph.analysis.world.WorldKnowledge.standard();
        dev.newsgraph.analysis.world.WorldKnowledge.Institution known = world.institution(e.name());
        if (known != null && ("GOV".equals(known.sector()) || "MIL".equals(known.sector()))) {
            return null; // "the Justice Department", "the White House": a nation's body, not one of Justice, Illinois
        }
        int longestPlace = 0; // "Guernsey County Sheriff" is Guernsey County's, not the island's
        for (int n = Math.min(4, w.length); n >= 1 && longestPlace == 0; n--) {
            if (!g.named(words(w, 0, n)).isEmpty()) {
                longestPlace = n;
            }
        }
        for (int n = Math.min(3, w.length); n >= 1; n--) {
            String cand = words(w, 0, n);
            if (n < longestPlace) {
                break;
            }
            String c = world.countryOfName(cand);
            if (c == null) {
                c = world.countryOfDemonym(cand);
            }
            if (c != null && g.country(c) != null) {
                return geo(g.country(c), null);
            }
            String division = n == w.length ? world.divisionOfDemonym(cand) : null;
            if (division != null && g.admin(division) != null) {
                return geo(g.admin(division), null); // "Ohioans": Ohio, as "Syrians" is Syria
            }
        }
        int from = 0;
        if (world.orgWord(w[0]) != null) {
            // "University of Georgia", "Bank of the Ozarks": the place, if any, follows "of"
            from = java.util.Arrays.asList(w).indexOf("of") + 1;
            if (from <= 0 || from >= w.length) {
                return null;
            }
            if (w[from].equalsIgnoreCase("the") && from + 1 < w.length) {
                from++;
            }
        }
        if (w.length > from + 1 && QUARTER.matcher(w[from]).matches()
                && g.named(words(w, from, 2)).isEmpty()) {
            from++; // "Northeast Georgia Medical Center", but "East Hampton Police Department" is East Hampton's
        }
        for (int n = Math.min(4, w.length - from); n >= 1; n--) {
            String cand = words(w, from, n);
            if (postalCodeLike(cand)) {
                continue;
            }
            List<Place> readings = g.named(cand);
            if (readings.isEmpty()) {
                continue;
            }
            if (from == 0 && n == w.length && e.type() == EntityType.ORGANIZATION) {
                // the whole name is a place's ("Elkhart", "Cross Lanes", "MONROE"): a town the tagger took for a
                // body (a team, a council called by its town), read as the place it names
                return chooseFor(g, e, readings, allAdmins, allCountries, named, targets, Based.WHOLE, home, american);
            }
            boolean local = false;
            for (int k = from + n; k < w.length && !local; k++) {
                String x = w[k].replaceAll("[^\\p{L}]", "");
                local = world.orgWord(x) != null || world.isGroupNoun(x) || LOCAL_BODIES.contains(x.toLowerCase(java.util.Locale.ROOT));
            }
            Geo head = chooseFor(g, e, readings, allAdmins, allCountries, named, targets,
                    local ? Based.LOCAL_BODY : Based.NAME, home, american);
            if (head != null) {
                return head;
            }
            // a head that names only a village the story gives no evidence for ("Spina Bifida Association of Western
            // Pennsylvania": Spina, Italy): the place the name ends with may still say where the body is
            break;
        }
        return basedAtEnd(g, e, w, allAdmins, allCountries, named, targets, home, american);
    }

    /**
     * Where an organisation is based when its name ends with a country ("Cancer Research UK") or with a place
     * after a body's word or "of" ("First Baptist Church Maryville", "Spina Bifida Association of Western
     * Pennsylvania"). A small town's reading needs the article's evidence, as for a place at the head.
     */
    private Geo basedAtEnd(Gazetteer g, Entity e, String[] w, Map<String, Double> allAdmins,
                           Map<String, Double> allCountries, List<Named> named, List<Target> targets, String home,
                           boolean american) {
        dev.newsgraph.analysis.world.WorldKnowledge world = dev.newsgraph.analysis.world.WorldKnowledge.standard();
        for (int n = Math.min(3, w.length - 1); n >= 1; n--) {
            int at = w.length - n;
            String cand = String.join(" ", java.util.Arrays.copyOfRange(w, at, w.length)).replaceAll("[.,;:]$", "");
            int before = at - 1;
            if (before > 0 && QUARTER.matcher(w[before]).matches()) {
                before--; // "of Western Pennsylvania"
            }
            String b = w[before].replaceAll("[^\\p{L}]", "");
            boolean afterBody = b.equalsIgnoreCase("of") || world.orgWord(b) != null
                    || LOCAL_BODIES.contains(b.toLowerCase(java.util.Locale.ROOT));
            if (cand.length() < 2 || !Character.isUpperCase(cand.charAt(0))) {
                continue;
            }
            String c = world.countryOfName(cand);
            if (c != null && g.country(c) != null) {
                return geo(g.country(c), null); // a country's name closes the name: "Cancer Research UK"
            }
            if (!afterBody || postalCodeLike(cand) || COMPASS.matcher(cand).matches()) { // "Middle East"
                continue;
            }
            List<Place> readings = g.named(cand);
            if (readings.isEmpty()) {
                continue;
            }
            return chooseFor(g, e, readings, allAdmins, allCountries, named, targets, Based.LOCAL_BODY, home, american);
        }
        return null;
    }

    private static final Pattern DASHED = Pattern.compile("(\\p{Lu}[\\p{L}.']*)[-\u2013](\\p{Lu}[\\p{L}.']*)");

    /**
     * A body of two places joined by a dash ("Springfield-Greene County Health Department", "Paris-Henry County Arts
     * Council") is read as if the places stood apart, the first at its head; a place whose own name has a dash
     * ("Winston-Salem") stays whole.
     */
    private static String[] joinedApart(Gazetteer g, String[] w) {
        List<String> out = new ArrayList<>();
        for (String x : w) {
            Matcher m = DASHED.matcher(x);
            if (m.matches() && g.named(x).isEmpty()) {
                out.add(m.group(1));
                out.add(m.group(2));
            } else {
                out.add(x);
            }
        }
        return out.toArray(String[]::new);
    }

    /** {@code n} words of a name from {@code from}, without a final possessive ("Athens's" is Athens). */
    private static String words(String[] w, int from, int n) {
        return String.join(" ", java.util.Arrays.copyOfRange(w, from, from + n)).replaceFirst("[\u2019']s$", "");
    }

    /** A short name without a full stop: "IN", "OR" are postal codes as often as words, never read as places. */
    private static boolean postalCodeLike(String name) {
        return name.length() < 4 && !name.contains(".");
    }

    /** Chooses among the readings of a place in an organisation's name, with the article's votes but the body's own. */
    private Geo chooseFor(Gazetteer g, Entity e, List<Place> readings, Map<String, Double> allAdmins,
                          Map<String, Double> allCountries, List<Named> named, List<Target> targets, Based based,
                          String home, boolean american) {
        Target t = new Target(e);
        t.american = american;
        t.readings.addAll(readings);
        Map<String, Double> admins = new HashMap<>(allAdmins);
        Map<String, Double> countries = new HashMap<>(allCountries);
        voteNamed(named, e, admins, countries);
        return choose(g, t, admins, countries, targets, based, home);
    }

    private Geo resolve(Gazetteer g, Target t, Map<String, Double> allAdmins, Map<String, Double> allCountries,
                        Map<Target, Map<String, Double>> adminVotes, Map<Target, Map<String, Double>> countryVotes,
                        List<Named> named, List<Target> targets, String home) {
        if (t.fixed != null) {
            return geo(t.fixed, null);
        }
        Map<String, Double> admins = minus(allAdmins, adminVotes.get(t));
        Map<String, Double> countries = minus(allCountries, countryVotes.get(t));
        voteNamed(named, t.entity, admins, countries);
        if (home != null) {
            admins.merge(home, Math.max(HOME_VOTE, max(admins)), Double::sum);
        }
        return choose(g, t, admins, countries, targets, Based.NO, home);
    }

    /**
     * Words of American local government: a story that has its county's sheriff's office, a township, a police or
     * fire department, a school district or county commissioners is told in the United States, and a place
     * the United States has gains over its namesakes abroad ("Dublin City Council" beside a township is Dublin,
     * Ohio). Britain's police are forces, its sheriffs "High Sheriffs" without an office.
     */
    private static final Pattern AMERICAN_LOCAL = Pattern.compile("Police Department|Fire Department|Sheriff[\u2019']s "
            + "(?:Office|Department)|County Sheriff|Township|School District|County Commission|[Cc]ounty commissioners"
            + "|Board of Education|Board of Supervisors"
            // the institutions of American states and towns: their courts and prosecutors, their highways and police,
            // their legislators and parties, their schools' grades
            + "|Municipal Court|(?:Commonwealth|District|County|State)[\u2019']?s? Attorney|Highway Patrol|State Police"
            + "|Interstate \\d|U\\.S\\. (?:Highway |Route )?\\d|\\bstate (?:Rep|Sen)\\.|\\bstate (?:[Ll]egislature|lawmakers)"
            + "|\\bGOP\\b|Democratic Party|Public Schools|[Mm]iddle [Ss]chool|[Jj]unior[- ][Vv]arsity|\\bVFW\\b|American Legion");
    private static final double AMERICAN_EVIDENCE = 3;

    /** What the story's home division counts, at least, beside the divisions the text names. */
    private static final double HOME_VOTE = 1.0;
    /** What a town or county of the story's home division gains over its namesakes elsewhere. */
    private static final double HOME_EVIDENCE = 2.0;

    /**
     * The first-level division the story is told in, where its places, as first read, lie mostly in one: at least
     * two mentions of places in it (towns, counties, the division itself) and at least half of all the mentions of
     * places read within a division. Local news names its own towns and counties without their state ("Athens",
     * "Clarke County"); where the other places it names lie in Georgia, so do they. Null where the places point
     * nowhere in particular.
     */
    private static String homeDivision(Gazetteer g, List<Target> targets, Map<Target, Geo> first) {
        Map<String, Double> votes = new HashMap<>();
        double all = 0;
        for (Target t : targets) {
            Geo geo = first.get(t);
            if (geo == null || geo.admin1() == null || "country".equals(geo.precision())) {
                continue;
            }
            String admin = adminCode(g, geo);
            if (admin == null) {
                continue;
            }
            double n = t.entity.mentions().size();
            votes.merge(admin, n, Double::sum);
            all += n;
        }
        for (Map.Entry<String, Double> v : votes.entrySet()) {
            if (v.getValue() >= 2 && v.getValue() >= 0.5 * all) {
                return v.getKey();
            }
        }
        return null;
    }

    /**
     * Whether an organisation's name begins with the place it was read at ("Zionsville Education Foundation",
     * "Boone County Solid Waste District", a team called by its town): a body of that place. A name that only ends
     * with a place's name ("Air Force Reserve") says nothing of where the story is.
     */
    private static boolean namedAfter(Entity e, Place p) {
        String name = e.name().replaceFirst("^(?i)the\\s+", "").strip();
        return name.regionMatches(true, 0, p.name(), 0, p.name().length())
                && (name.length() == p.name().length() || name.charAt(p.name().length()) == ' ');
    }

    private static final Pattern COMPASS = Pattern.compile("(?:North|South|East|West)(?:east|west)?");

    /**
     * The continents, at GeoNames' own points for them (GeoNames, CC BY 4.0): news names them as places ("air
     * cargo from Europe"), and a continent is a place of its own, not any of its countries. Precision
     * {@code country}, the contract's coarsest.
     */
    private static final Map<String, double[]> CONTINENTS = Map.of(
            "africa", new double[] {7.1881, 21.0938},
            "asia", new double[] {29.8405, 89.2969},
            "europe", new double[] {48.6909, 9.1406},
            "north america", new double[] {46.0730, -100.5469},
            "south america", new double[] {-14.6048, -57.6562},
            "oceania", new double[] {-18.3128, 138.5156},
            "antarctica", new double[] {-78.1586, 16.4063});

    /** Regions, seas and lakes by name in lower case ({@code regions.tsv}). */
    private static final Map<String, Geo> REGIONS = readRegions();

    private static Map<String, Geo> readRegions() {
        Map<String, Geo> out = new HashMap<>();
        for (dev.newsgraph.analysis.data.DataFile.Line l
                : dev.newsgraph.analysis.data.DataFile.resource(PlaceResolver.class, "regions.tsv")) {
            String[] f = l.fields();
            if (f.length != 5) {
                throw new IllegalStateException("regions.tsv:" + l.number() + ": five fields expected");
            }
            String[] names = f[0].split("\\|");
            String country = f[2].equals("-") ? null : f[2];
            Geo geo = new Geo(null, names[0], Double.parseDouble(f[3]), Double.parseDouble(f[4]), country, null, f[1],
                    country == null ? "country" : "admin1");
            for (String n : names) {
                out.put(n.toLowerCase(java.util.Locale.ROOT), geo);
            }
        }
        return out;
    }

    /** The region, sea or lake a place entity is named as, or null. */
    private static Geo region(Entity e) {
        for (String n : names(e)) {
            Geo geo = REGIONS.get(n.toLowerCase(java.util.Locale.ROOT));
            if (geo != null) {
                return geo;
            }
        }
        return null;
    }

    /** The continent a place entity is named after, or null. */
    private static Geo continent(Entity e) {
        for (String n : names(e)) {
            double[] at = CONTINENTS.get(n.toLowerCase(java.util.Locale.ROOT));
            if (at != null) {
                StringBuilder name = new StringBuilder(); // "NORTH AMERICA" in a dateline is North America
                for (String w : n.toLowerCase(java.util.Locale.ROOT).split(" ")) {
                    name.append(name.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0)))
                            .append(w, 1, w.length());
                }
                return new Geo(null, name.toString(), at[0], at[1], null, null, "CONT", "country");
            }
        }
        return null;
    }

    /**
     * Where an international body whose name names no place sits ("the EU", "NATO": Brussels), as the world knowledge
     * gives its seat; null for any other organisation.
     */
    private static Geo seat(Gazetteer g, Entity e) {
        dev.newsgraph.analysis.world.WorldKnowledge world = dev.newsgraph.analysis.world.WorldKnowledge.standard();
        Set<String> names = new LinkedHashSet<>(List.of(e.name())); // as written: "NATO", not a dateline's "Nato"
        names.addAll(e.aliases());
        for (Span m : e.mentions()) {
            names.add(m.text());
        }
        for (String n : names) {
            dev.newsgraph.analysis.world.WorldKnowledge.Institution i = world.institution(n);
            Place p = i == null || i.seat() == null ? null : g.place(i.seat());
            if (p != null) {
                return geo(p, null);
            }
        }
        return null;
    }

    /** The gazetteer's entry of a reading made by {@link #geo}, or null. */
    private static Place placeOf(Gazetteer g, Geo geo) {
        if (geo.geonames() != null) {
            return g.place(geo.geonames());
        }
        for (Place q : g.named(geo.name())) {
            if (q.lat() == geo.lat() && q.lon() == geo.lon()) {
                return q;
            }
        }
        return null;
    }

    /** The division key ("US.GA") of a reading made by {@link #geo}, or null. */
    private static String adminCode(Gazetteer g, Geo geo) {
        Place p = geo.geonames() == null ? null : g.place(geo.geonames());
        if (p != null) {
            return p.admin();
        }
        for (Place q : g.named(geo.name())) {
            if (q.kind() != Kind.CITY && q.kind() != Kind.COUNTRY && q.country().equals(geo.country())
                    && java.util.Objects.equals(q.adminName(), geo.admin1())) {
                return q.admin();
            }
        }
        return null;
    }

    /**
     * @param based whether the target is an organisation named after a place: a small town's reading then needs
     *              the article's evidence and a word of a town's body after its name
     */
    private Geo choose(Gazetteer g, Target t, Map<String, Double> admins, Map<String, Double> countries,
                       List<Target> targets, Based based, String home) {
        Place outside = unheldQualifier(t);
        if (outside != null) {
            return geo(outside, null);
        }
        List<Place> readings = qualified(t);
        boolean american = t.american;
        double maxAdmin = max(admins);
        if (readings.isEmpty()) {
            return subdivision(g, t, admins, countries);
        }
        double maxCountry = max(countries);
        Place best = null;
        Place second = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double secondScore = Double.NEGATIVE_INFINITY;
        double bestEvidence = 0;
        double secondEvidence = 0;
        double bestOwn = 0; // the evidence for this place rather than any of the story's country: division, nearness, home
        for (Place p : readings) {
            double prior = switch (p.kind()) {
                case COUNTRY -> COUNTRY_PRIOR;
                case ADMIN1 -> ADMIN_PRIOR;
                case ADMIN2 -> COUNTY_PRIOR;
                case CITY -> Math.log(Math.max(p.population(), 1000)) + featureBonus(p.feature());
            };
            double evidence = 0;
            String admin = p.kind() == Kind.ADMIN1 ? p.admin() : p.admin();
            if (admin != null && maxAdmin > 0) {
                evidence += ADMIN_EVIDENCE * admins.getOrDefault(admin, 0.0) / maxAdmin;
            }
            evidence += NEAR_EVIDENCE * Math.min(NEAR_CAP, support(p, t, targets));
            if (home != null && home.equals(p.admin()) && p.kind() != Kind.ADMIN1) {
                evidence += HOME_EVIDENCE; // a town or county of the story's own division
            }
            double own = evidence;
            if (maxCountry > 0) {
                evidence += COUNTRY_EVIDENCE * countries.getOrDefault(p.country(), 0.0) / maxCountry;
            }
            if (american && "USA".equals(p.country()) && p.kind() != Kind.COUNTRY) {
                evidence += AMERICAN_EVIDENCE; // a place in a story told in American local government's words
            }
            double score = prior + evidence;
            if (score > bestScore) {
                second = best;
                secondScore = bestScore;
                secondEvidence = bestEvidence;
                best = p;
                bestScore = score;
                bestEvidence = evidence;
                bestOwn = own;
            } else if (score > secondScore) {
                second = p;
                secondScore = score;
                secondEvidence = evidence;
            }
        }
        // evidence decides only where it tells the readings apart: every "Walker County" lies in the story's country
        boolean decided = second == null || bestEvidence > secondEvidence || !t.qualifiers.isEmpty()
                || bestScore - secondScore >= DECISIVE;
        if (based != Based.NO && best.kind() == Kind.CITY && best.population() < LARGE_CITY
                && (bestOwn <= 0 || based == Based.NAME)) {
            // a small town needs the article's evidence for it, not only for its country ("Supreme Court" is no
            // body of Supreme, Louisiana, in an American story), and a name that is not all the place's a body's word
            return null;
        }
        if (decided) {
            return geo(best, null);
        }
        // the text cannot decide: the country where the readings agree on it, else nothing
        if (best.country().equals(second.country()) && g.country(best.country()) != null) {
            return geo(g.country(best.country()), null);
        }
        return null;
    }

    private static final Pattern SUBDIVISION = Pattern.compile(
            "(?i).+\\s(county|parish|borough|township|district|province|region|oblast)$");

    /**
     * A second-level division the gazetteer does not hold ("Laurel County"): the first-level division it lies
     * in, as its qualifier says or as the one of the story's country that the article names most, at precision
     * admin1.
     */
    private static Geo subdivision(Gazetteer g, Target t, Map<String, Double> admins,
                                   Map<String, Double> countries) {
        if (!SUBDIVISION.matcher(t.entity.name()).matches()) {
            return null;
        }
        for (Place q : t.qualifiers) {
            if (q.kind() == Kind.ADMIN1) {
                return geo(q, null);
            }
        }
        String country = null;
        for (Map.Entry<String, Double> c : countries.entrySet()) {
            if (country == null || c.getValue() > countries.get(country)) {
                country = c.getKey();
            }
        }
        String top = null;
        double second = 0;
        double maxAdmin = 0;
        for (Map.Entry<String, Double> a : admins.entrySet()) {
            if (g.admin(a.getKey()) != null && g.admin(a.getKey()).country().equals(country)) {
                maxAdmin = Math.max(maxAdmin, a.getValue());
            }
        }
        for (Map.Entry<String, Double> a : admins.entrySet()) {
            if (g.admin(a.getKey()) == null || !g.admin(a.getKey()).country().equals(country)) {
                continue;
            }
            if (a.getValue() >= maxAdmin && top == null) {
                top = a.getKey();
            } else {
                second = Math.max(second, a.getValue());
            }
        }
        // only where the article is about one division more than any other
        return top == null || maxAdmin <= 0 || second >= maxAdmin ? null : geo(g.admin(top), null);
    }

    /**
     * How much the article's other places back a reading by lying near it: each other place with a reading within
     * {@link #NEAR_KM} counts, the less the more ways it can agree with the name ({@link #waysToAgree}: a
     * "Springfield" lies near everything).
     */
    private static double support(Place p, Target self, List<Target> targets) {
        if (p.kind() != Kind.CITY && p.kind() != Kind.ADMIN2) {
            return 0;
        }
        double s = 0;
        for (Target o : targets) {
            if (o == self || o.entity.name().equals(self.entity.name())) {
                continue;
            }
            List<Place> rs = o.fixed != null ? List.of(o.fixed) : qualified(o);
            double nearest = Double.MAX_VALUE;
            for (Place r : rs) {
                if (o.backer && r.name().equals(p.name())) {
                    break; // "Lebanon Police" is no evidence for "Lebanon"
                }
                if ((r.kind() == Kind.CITY || r.kind() == Kind.ADMIN2) && Math.abs(r.lat() - p.lat()) < 2) {
                    nearest = Math.min(nearest, km(p.lat(), p.lon(), r.lat(), r.lon()));
                }
            }
            if (nearest <= NEAR_KM) {
                s += (nearest <= CLOSE_KM ? 1 : FAR_SHARE) / Math.pow(waysToAgree(rs, self), AGREEMENT_EXPONENT);
            }
        }
        return s;
    }

    /**
     * In how many ways a neighbour can agree with a name: how many of its readings lie near one of the name's
     * readings (at least one). Two names that meet in one pair of readings only ("Paris" and "Henry County" in
     * Tennessee, of twenty Parises and ten Henry Counties) are a coincidence chance rarely makes, however many
     * namesakes each has; a neighbour whose readings lie near the name's in many ways ("Springfield") says less.
     */
    private static int waysToAgree(List<Place> neighbourReadings, Target self) {
        int ways = 0;
        for (Place r : neighbourReadings) {
            if (r.kind() != Kind.CITY && r.kind() != Kind.ADMIN2) {
                continue;
            }
            for (Place q : self.readings) {
                if ((q.kind() == Kind.CITY || q.kind() == Kind.ADMIN2) && Math.abs(r.lat() - q.lat()) < 2
                        && km(q.lat(), q.lon(), r.lat(), r.lon()) <= NEAR_KM) {
                    ways++;
                    break;
                }
            }
        }
        return Math.max(ways, 1);
    }

    private static double featureBonus(String feature) {
        return switch (feature) {
            case "PPLC" -> 1.0;
            case "PPLA" -> 0.5;
            default -> 0.0;
        };
    }

    /**
     * The division or country a town is said to lie in where the gazetteer has no town of the name there ("born in
     * Grantville, Pennsylvania": Georgia's Grantville is no reading of it): the division itself, at its lower
     * precision, rather than a namesake elsewhere. Only for a name that is no division or country itself, so that a
     * list ("Alabama, Georgia and Florida") qualifies nothing.
     */
    private static Place unheldQualifier(Target t) {
        if (t.qualifiers.isEmpty() || t.listed) {
            return null;
        }
        for (Place p : t.readings) {
            if (p.kind() == Kind.ADMIN1 || p.kind() == Kind.COUNTRY) {
                return null;
            }
        }
        Place first = t.qualifiers.get(0);
        if (first.kind() != Kind.ADMIN1 && first.kind() != Kind.COUNTRY) {
            return null;
        }
        for (Place q : t.qualifiers) {
            if (q.kind() != first.kind() || !q.equals(first)) {
                return null; // mentions qualified differently: the text does not say one place
            }
        }
        for (Place r : t.readings) {
            if (r.country().equals(first.country()) && km(r.lat(), r.lon(), first.lat(), first.lon()) <= NEAR_KM) {
                return null; // a division coded otherwise than GeoNames codes its towns (a province of a region)
            }
        }
        return qualified(t) == t.readings && !holds(first, t.readings) ? first : null;
    }

    /** The readings a qualifier allows (all readings where there is none, or none fits it). */
    private static List<Place> qualified(Target t) {
        if (t.qualifiers.isEmpty()) {
            return t.readings;
        }
        List<Place> out = new ArrayList<>();
        for (Place p : t.readings) {
            for (Place q : t.qualifiers) {
                if (p != q && (q.kind() == Kind.ADMIN1 || q.kind() == Kind.ADMIN2
                        ? q.admin().equals(p.admin()) && p.kind() == Kind.CITY
                        : q.country().equals(p.country()) && p.kind() != Kind.COUNTRY)) {
                    out.add(p);
                    break;
                }
            }
        }
        return out.isEmpty() ? t.readings : out;
    }

    /** The reading of an entity that stands without the article's help: the only one, or the only large one. */
    private static Place clearReading(Target t) {
        List<Place> r = qualified(t);
        if (r.size() == 1) {
            return r.get(0);
        }
        Place division = null;
        for (Place p : r) {
            if (p.kind() != Kind.CITY) {
                if (division != null) {
                    return null;
                }
                division = p;
            }
        }
        if (division != null) {
            return division;
        }
        // a large city that dwarfs its namesakes ("Dallas", not Dallas, Georgia) stands without the article's help
        Place largest = null;
        long next = 0;
        for (Place p : r) {
            if (largest == null || p.population() > largest.population()) {
                next = largest == null ? 0 : largest.population();
                largest = p;
            } else {
                next = Math.max(next, p.population());
            }
        }
        return largest != null && largest.population() >= LARGE_CITY
                && largest.population() >= DOMINANT * Math.max(next, 1000) ? largest : null;
    }

    /** How many times larger than its next namesake a city of 100,000 or more is to be read without the article's help. */
    private static final double DOMINANT = 10;

    /** The divisions and countries named in the text vote, each name's readings sharing its vote; not the entity's own. */
    private static void voteNamed(List<Named> named, Entity self, Map<String, Double> admins,
                                  Map<String, Double> countries) {
        for (Named n : named) {
            if (!inside(n, self)) {
                for (Place p : n.places) {
                    vote(p, TEXT_VOTE / n.places.size(), admins, countries);
                }
            }
        }
    }

    private static void vote(Place p, double weight, Map<String, Double> admins, Map<String, Double> countries) {
        if (p.admin() != null) {
            admins.merge(p.admin(), weight, Double::sum);
        }
        countries.merge(p.country(), weight, Double::sum);
    }

    /** The names an entity goes by: its name, its aliases and its mentions that are names. */
    private static List<String> names(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        out.add(e.name());
        out.addAll(e.aliases());
        return clean(out, e);
    }

    /** The names the text itself gives an entity: its mentions that are names. */
    private static List<String> mentionedNames(Entity e) {
        return clean(new LinkedHashSet<>(), e);
    }

    private static List<String> clean(Set<String> out, Entity e) {
        for (Span m : e.mentions()) {
            if (!m.text().isEmpty() && Character.isUpperCase(m.text().charAt(0))) {
                out.add(m.text());
            }
        }
        List<String> clean = new ArrayList<>();
        for (String n : out) {
            String s = n.replaceFirst("^(?i)the\\s+", "").replaceFirst("[’']s$", "").strip();
            if (!s.isEmpty() && s.equals(s.toUpperCase(java.util.Locale.ROOT)) && s.length() > 3) {
                s = s.charAt(0) + s.substring(1).toLowerCase(java.util.Locale.ROOT); // a dateline's "ALEXANDRIA"
            }
            if (!s.isEmpty()) {
                clean.add(s);
            }
        }
        return clean;
    }

    /**
     * The division or country named right after a mention ("Paris, Texas", "ALEXANDRIA, La. (AP)"), or null. Where
     * the qualifier's name is both a US state's and a country's ("TBILISI, Georgia"), it is the one that holds a
     * reading of the name before it; where both or neither do, the state.
     */
    private static Place qualifier(Gazetteer g, String text, int end, List<Place> readings) {
        if (end >= text.length() || text.charAt(end) != ',') {
            return null;
        }
        Matcher m = QUALIFIER.matcher(text.substring(end, Math.min(text.length(), end + 60)));
        if (!m.find()) {
            return null;
        }
        String[] words = m.group(1).split(" ");
        for (int n = words.length; n >= 1; n--) {
            String cand = String.join(" ", java.util.Arrays.copyOf(words, n));
            for (String c : n == words.length ? List.of(cand, cand.replaceFirst("[.,]$", "")) : List.of(cand)) {
                Place best = null;
                for (Place p : g.named(c)) {
                    if (p.kind() != Kind.CITY && (best == null || holds(p, readings) != holds(best, readings)
                            ? best == null || holds(p, readings)
                            : p.kind() == Kind.ADMIN1 && best.kind() == Kind.COUNTRY && "USA".equals(p.country()))) {
                        best = p;
                    }
                }
                if (best != null) {
                    return best;
                }
            }
        }
        return null;
    }

    private static final Pattern LIST_GOES_ON = Pattern.compile("^(?:,\\s*|\\s+(?:and|or|&)\\s+|\\s*/\\s*)\\p{Lu}");

    /**
     * Whether the words after a mention's comma are all a division's or a country's name and close there ("Orient,
     * Ohio, where", "Greenwood, W. Va., on"), not the next names of a list ("Pensacola, Panama City and
     * Gainesville", "Sharon, Cornwall and Salisbury").
     */
    private static boolean closedQualifier(Gazetteer g, String text, int end) {
        Matcher m = QUALIFIER.matcher(text.substring(end, Math.min(text.length(), end + 60)));
        if (!m.find()) {
            return false;
        }
        String[] words = m.group(1).split(" ");
        for (int n = words.length; n >= 1; n--) {
            String cand = String.join(" ", java.util.Arrays.copyOf(words, n));
            boolean division = false;
            for (String c : List.of(cand, cand.replaceFirst("[.,]$", ""))) {
                for (Place p : g.named(c)) {
                    division |= p.kind() == Kind.ADMIN1 || p.kind() == Kind.COUNTRY;
                }
            }
            if (division) {
                int after = end + m.start(1) + cand.length();
                String tail = text.substring(after, Math.min(text.length(), after + 12));
                // a capitalised word right after goes on with the name ("Panama City"), unless a sentence ended ("Ohio. Family")
                return !LIST_GOES_ON.matcher(tail).find() && (cand.endsWith(".") || !tail.matches("(?s)^[ -]\\p{Lu}.*"));
            }
        }
        return false;
    }

    /** Words after a name that only a division or a country has: its border, its governor, its legislature. */
    private static final Pattern DIVISION_AFTER = Pattern.compile("^(?:[\u2019']s)?\\s+(?:border|state line|[Gg]overnor"
            + "|Gov\\.|[Aa]ttorney [Gg]eneral|[Ll]egislature|General Assembly|[Ss]tate [Ll]egislature|lawmakers|"
            + "state (?:government|budget|law|senator|representative)s?)\\b");
    private static final Pattern STATE_OF_BEFORE = Pattern.compile("\\b(?:[Ss]tate|[Pp]rovince|[Cc]ommonwealth) of\\s+$");
    private static final Pattern LIST_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,2})(?:,| and| or) $");
    private static final Pattern LIST_AFTER = Pattern.compile("^(?:,| and| or) (\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,2})");

    /**
     * Whether the text names a place where only a division or a country can be meant: before its border, its
     * governor or legislature, after "the state of", or in a list between divisions' names ("Missouri, New York,
     * North Carolina and Virginia"). There a name that is a division's and a city's ("New York") is the division.
     */
    private static boolean divisionContext(Gazetteer g, String text, Entity e) {
        for (Span m : e.mentions()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            if (DIVISION_AFTER.matcher(after).find() || STATE_OF_BEFORE.matcher(before).find()) {
                return true;
            }
            Matcher b = LIST_BEFORE.matcher(before);
            Matcher a = LIST_AFTER.matcher(after);
            boolean listedBefore = b.find() && onlyDivision(g, b.group(1));
            boolean listedAfter = a.find() && onlyDivision(g, a.group(1));
            boolean qualified = after.startsWith(","); // "Texas and Washington, D.C.": the qualifier decides
            if (listedBefore && (listedAfter || !a.find() && !qualified)) {
                return true; // "Missouri, New York and Virginia"; "Oregon and Washington laws"
            }
        }
        return false;
    }

    private static final Pattern DATELINE_AFTER = Pattern.compile("^\\s*(?:\\(|--?|\u2014|\u2013)");

    /**
     * Whether a mention of the entity is the story's dateline: the place in capitals at the head of the text or of
     * one of its first lines, right before a dash or the agency's name ("WASHINGTON (AP) -", "MANSFIELD --"); a dateline
     * with its state or country ("BELGRADE, Minn. --") is left to that qualifier.
     */
    private static boolean datelined(String text, Entity e) {
        for (Span m : e.mentions()) {
            if (m.start() > 400) {
                continue;
            }
            String name = text.substring(m.start(), m.end());
            if (!name.equals(name.toUpperCase(java.util.Locale.ROOT)) || name.chars().noneMatch(Character::isLetter)
                    || name.replaceAll("[^A-Z]", "").length() < 3) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 2), m.start());
            boolean head = m.start() == 0 || before.endsWith("\n") || before.endsWith(". ") || before.endsWith(".\n");
            if (head && DATELINE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name is a division's or a country's and no city's of 100,000 people or more ("Missouri", not "New York"). */
    private static boolean onlyDivision(Gazetteer g, String name) {
        boolean division = false;
        for (Place p : g.named(name)) {
            if (p.kind() == Kind.CITY && p.population() >= LARGE_CITY) {
                return false;
            }
            division |= p.kind() == Kind.ADMIN1 || p.kind() == Kind.COUNTRY;
        }
        return division;
    }

    /** Whether a division or country holds one of a name's readings (other than itself). */
    private static boolean holds(Place area, List<Place> readings) {
        for (Place r : readings) {
            if (r != area && (area.kind() == Kind.COUNTRY ? area.country().equals(r.country())
                    : area.admin() != null && area.admin().equals(r.admin()) && r.kind() != Kind.ADMIN1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country a story's places lie in: the one holding at least two thirds of its resolved places' mentions,
     * and at least three of them; else null (a story of two countries says nothing of where an unknown place is).
     */
    private static String storyCountry(List<Target> targets, Map<String, Geo> resolved) {
        Map<String, Integer> mentions = new HashMap<>();
        int all = 0;
        for (Target t : targets) {
            Geo geo = resolved.get(t.entity.id());
            if (!t.backer && geo != null && geo.country() != null) {
                int n = t.entity.mentions().size();
                mentions.merge(geo.country(), n, Integer::sum);
                all += n;
            }
        }
        for (Map.Entry<String, Integer> e : mentions.entrySet()) {
            if (e.getValue() >= 3 && e.getValue() * 3 >= all * 2) {
                return e.getKey();
            }
        }
        return null;
    }

    private static Geo geo(Place p, String precision) {
        String prec = precision != null ? precision : switch (p.kind()) {
            case CITY -> "city";
            case ADMIN2, ADMIN1 -> "admin1"; // a county's point is finer than its state's; the contract's nearest
            case COUNTRY -> "country";
        };
        return new Geo(p.geonames(), p.name(), p.lat(), p.lon(), p.country(), p.adminName(), p.feature(), prec);
    }

    private static Map<String, Double> sum(Iterable<Map<String, Double>> maps) {
        Map<String, Double> out = new HashMap<>();
        for (Map<String, Double> m : maps) {
            m.forEach((k, v) -> out.merge(k, v, Double::sum));
        }
        return out;
    }

    private static Map<String, Double> minus(Map<String, Double> all, Map<String, Double> own) {
        Map<String, Double> out = new HashMap<>(all);
        own.forEach((k, v) -> out.merge(k, -v, Double::sum));
        return out;
    }

    private static double max(Map<String, Double> m) {
        double x = 0;
        for (double v : m.values()) {
            x = Math.max(x, v);
        }
        return x;
    }

    /** Great-circle distance in kilometres. */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double r = Math.PI / 180;
        double x = Math.pow(Math.sin((lat2 - lat1) * r / 2), 2)
                + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.pow(Math.sin((lon2 - lon1) * r / 2), 2);
        return 12742 * Math.asin(Math.sqrt(Math.min(1, x)));
    }
}
