package dev.newsgraph.analysis.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Named people and bodies the article may not explain, with the country and sector they held and
 * when: the project's {@code known-actors.tsv.gz}, converted from the Phoenix actor dictionaries of
 * PETRARCH2 (Open Event Data Alliance, MIT licence). A look-up is one hash probe on the normalised
 * full name; immutable and thread-safe once loaded.
 *
 * <p>Each actor has a stable id: its line's first name in upper case, words joined by {@code _},
 * after the list it comes from: {@code phoenix:VLADIMIR_PUTIN} where the first list read (the
 * converted dictionaries) knows the name, {@code newsgraph:DONALD_TRUMP} where only a list read
 * over it ({@link #with}: newsgraph's additions) does. A line's first name is its dictionary
 * entry's main name, so the id holds as long as the entry does.
 *
 * <p>A name of one word in a list is a surname claim ({@link #bySurname}), never found by {@link #find}.
 *
 * <p>Resource format (UTF-8, gzip; {@code #} lines are comments): one actor a line,
 * {@code name|name...<TAB>period<TAB>period...}, each period {@code COUNTRY SECTOR FROM TO} with
 * dates as {@code yyyyMMdd} and {@code -} for none. A period with no dates is the actor's default
 * (CAMEO's undated code); a sector of {@code -} means none (out of office: CAMEO's ELI).
 */
public final class KnownActors {
    /** The resource, as provenance names it. */
    public static final String RESOURCE = "known-actors.tsv.gz";
    private static final String PATH = "/dev/newsgraph/analysis/actor/" + RESOURCE;
    /** newsgraph's own additions: people in office after the converted lists stop, read over them. */
    public static final String ADDITIONS = "known-actors-additions.tsv";
    private static final String ADDITIONS_PATH = "/dev/newsgraph/analysis/actor/" + ADDITIONS;
    private static final int OPEN_FROM = 0;
    private static final int OPEN_TO = 99_991_231;
    /**
     * The last day an open-ended period ("in office since 2012") is taken to hold. The lists stop
     * around 2015-2016; most who were in office then have left since, so later articles get the
     * country without the sector, unless the article itself gives it.
     */
    public static final LocalDate HORIZON = LocalDate.of(2017, 12, 31);
    private static final int HORIZON_DAY = day(HORIZON);
    /** The last day the converted lists vouch for: they stop around the end of 2015. */
    public static final LocalDate LISTS_END = LocalDate.of(2015, 12, 31);
    private static final int LISTS_END_DAY = day(LISTS_END);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("[.'’`\"]");
    private static final Pattern SPACES = Pattern.compile("[\\s_\\-‐–]+");

    /** What a known actor was on a date: country (alpha-3 or null) and sector (or null). */
    public record Status(String country, String sector) {
    }

    /** One code an actor held: from and to as yyyyMMdd, inclusive; open ends as 0 and 99991231. */
    public record Period(String country, String sector, int from, int to) {
        boolean isDefault() {
            return from == OPEN_FROM && to == OPEN_TO;
        }

        boolean holds(int day) {
            return from <= day && day <= end();
        }

        /** The last day it holds: an open end stops at the horizon. */
        int end() {
            return to == OPEN_TO ? Math.max(HORIZON_DAY, from) : to;
        }
    }

    /**
     * An actor: its id (see the class comment; null for one built by hand), its periods in the
     * dictionary's order; {@code curated} where the line is one of newsgraph's own additions
     * (people prominent enough to be written in by hand).
     */
    public record Actor(String id, List<Period> periods, boolean curated) {
        public Actor {
            periods = List.copyOf(periods);
        }

        public Actor(List<Period> periods, boolean curated) {
            this(null, periods, curated);
        }

        public Actor(List<Period> periods) {
            this(null, periods, false);
        }

        /**
         * Whether one of the actor's dated periods holds {@code date}: the actor is known to have
         * held (or been out of) a role that day, not merely to exist (a default period does not count).
         */
        public boolean datedAt(LocalDate date) {
            int day = date == null ? HORIZON_DAY : day(date);
            for (Period p : periods) {
                if (!p.isDefault() && p.holds(day)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * As {@link #datedAt}, but a period with no end holds only up to {@link #LISTS_END}: the
         * lists know a term was running then, not that it still ran later (a bare surname is not
         * linked on a guess that an ambassador of 2010 still served in 2017).
         */
        public boolean knownAt(LocalDate date) {
            int day = date == null ? HORIZON_DAY : day(date);
            for (Period p : periods) {
                if (!p.isDefault() && p.holds(day) && (p.to() != OPEN_TO || day <= LISTS_END_DAY)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The actor's country and sector on {@code date}: the first period holding it, else the
         * default period, else the country of the nearest period without its sector (one who left
         * office keeps the country, not GOV). Open-ended periods hold up to {@link #HORIZON}. With
         * no date, the latest the list knows: the actor on the horizon's day.
         */
        public Status at(LocalDate date) {
            int day = date == null ? HORIZON_DAY : day(date);
            for (Period p : periods) {
                if (!p.isDefault() && p.holds(day)) {
                    return new Status(p.country(), p.sector());
                }
            }
            for (Period p : periods) {
                if (p.isDefault()) {
                    return new Status(p.country(), p.sector());
                }
            }
            Period nearest = null;
            long best = Long.MAX_VALUE;
            for (Period p : periods) {
                long gap = day < p.from() ? dayGap(day, p.from()) : dayGap(p.end(), day);
                if (p.country() != null && gap < best) {
                    nearest = p;
                    best = gap;
                }
            }
            return nearest == null ? null : new Status(nearest.country(), null);
        }

        private static long dayGap(int a, int b) {
            return Math.abs((long) b - a); // yyyyMMdd difference orders gaps well enough
        }
    }

    private static int day(LocalDate d) {
        return d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    /** Name key to its actor's line: periods are read on look-up, so that loading is one pass of indexOf. */
    private final Map<String, String> byName;
    /** The names whose line was read over the list by {@link #with}: the curated additions. */
    private final Set<String> curated;
    /** The names of the first list read: their lines' ids are in its space ({@code phoenix:}). */
    private final Set<String> converted;

    private KnownActors(Map<String, String> byName, Set<String> curated, Set<String> converted) {
        this.byName = byName;
        this.curated = curated;
        this.converted = converted;
    }

    private static volatile KnownActors standard;

    /** The list shipped with newsgraph (the converted dictionaries, newsgraph's additions over them), loaded on first use. */
    public static KnownActors standard() {
        KnownActors s = standard;
        if (s == null) {
            synchronized (KnownActors.class) {
                s = standard;
                if (s == null) {
                    try (InputStream in = KnownActors.class.getResourceAsStream(PATH);
                         InputStream added = KnownActors.class.getResourceAsStream(ADDITIONS_PATH)) {
                        if (in == null || added == null) {
                            throw new IllegalStateException("missing resource " + (in == null ? PATH : ADDITIONS_PATH));
                        }
                        s = read(new GZIPInputStream(in, 1 << 16), RESOURCE).with(read(added, ADDITIONS));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    standard = s;
                }
            }
        }
        return s;
    }

    /** This list with another read over it: where both know a name, the other's line wins. */
    public KnownActors with(KnownActors over) {
        Map<String, String> out = new HashMap<>(byName);
        out.putAll(over.byName);
        Set<String> added = new HashSet<>(curated);
        added.addAll(over.byName.keySet());
        return new KnownActors(out, Set.copyOf(added), converted);
    }

    /** Reads a list in the resource format (not compressed); a malformed line fails here, not on look-up. */
    public static KnownActors read(InputStream in) throws IOException {
        return read(in, "known actors");
    }

    /** As {@link #read(InputStream)}, a malformed line's message naming the list. */
    public static KnownActors read(InputStream in, String name) throws IOException {
        Map<String, String> out = new HashMap<>(1 << 16);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || !wellFormed(line, tab)) {
                throw new IOException(name + ":" + n + ": bad line '" + line + "'");
            }
            for (int from = 0; from < tab; ) {
                int bar = line.indexOf('|', from);
                int to = bar < 0 || bar > tab ? tab : bar;
                out.put(line.substring(from, to), line);
                from = to + 1;
            }
        }
        return new KnownActors(out, Set.of(), out.keySet());
    }

    /** Each period after the names has four space-separated fields: a cheap check, no parsing. */
    private static boolean wellFormed(String line, int tab) {
        int spaces = 0;
        for (int i = tab + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                if (spaces != 3) {
                    return false;
                }
                spaces = 0;
            } else if (c == ' ') {
                spaces++;
            }
        }
        return spaces == 3;
    }

    private Actor parse(String line, boolean curated) {
        String[] f = line.split("\t");
        int bar = f[0].indexOf('|');
        String first = bar < 0 ? f[0] : f[0].substring(0, bar);
        String id = (converted.contains(first) ? "phoenix:" : "newsgraph:") + first.toUpperCase(Locale.ROOT).replace(' ', '_');
        List<Period> periods = new ArrayList<>(f.length - 1);
        for (int i = 1; i < f.length; i++) {
            String[] p = f[i].split(" ");
            periods.add(new Period(dash(p[0]), dash(p[1]), p[2].equals("-") ? OPEN_FROM : Integer.parseInt(p[2]),
                    p[3].equals("-") ? OPEN_TO : Integer.parseInt(p[3])));
        }
        return new Actor(id, periods, curated);
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }

    /** The actor known by this full name (in any case, accents, dots and hyphens aside), or null. */
    public Actor find(String name) {
        String key = name == null ? null : key(name);
        String line = key == null || key.indexOf(' ') < 0 ? null : byName.get(key);
        return line == null ? null : parse(line, curated.contains(key));
    }

    /**
     * The actors one of whose full names ends in this surname (in any case; accents, dots aside),
     * each once, in the list's order of names: the candidates a bare "Putin" may stand for.
     */
    public List<Actor> bySurname(String surname) {
        String key = surname == null ? "" : key(surname);
        if (key.isEmpty() || key.indexOf(' ') >= 0) {
            return List.of();
        }
        
        List<String> keys = surnames().get(key);
        if (keys == null) {
            return List.of();
        }
        List<Actor> out = new ArrayList<>();
        Set<String> lines = new HashSet<>();
        for (String k : keys) {
            String line = byName.get(k);
            if (lines.add(line)) {
                out.add(parse(line, curated.contains(k)));
            }
        }
        return out;
    }

    /**
     * The actor that claims a bare surname (a one-word name in a list: "trump" on Donald Trump's
     * line), or null: on the dates of its periods, the surname stands for it over other candidates.
     */
    public Actor surnameClaim(String surname) {
        String key = surname == null ? "" : key(surname);
        String line = key.isEmpty() || key.indexOf(' ') >= 0 ? null : byName.get(key);
        return line == null ? null : parse(line, curated.contains(key));
    }

    /** Surname to the full-name keys ending in it, built on first use (most runs never ask). */
    private Map<String, List<String>> surnames() {
        Map<String, List<String>> s = surnames;
        if (s == null) {
            Map<String, List<String>> m = new HashMap<>();
            for (String k : new java.util.TreeSet<>(byName.keySet())) {
                int sp = k.lastIndexOf(' ');
                if (sp > 0) {
                    m.computeIfAbsent(k.substring(sp + 1), x -> new ArrayList<>()).add(k);
                }
            }
            s = Map.copyOf(m);
            surnames = s;
        }
        return s;
    }

    private volatile Map<String, List<String>> surnames;

    /** How many names the list knows. */
    public int size() {
        return byName.size();
    }

    /**
     * The look-up key of a name: accents removed, lower case, dots and apostrophes dropped,
     * hyphens, underscores and runs of spaces made one space ("Ban Ki-moon" and "BAN_KI-MOON_"
     * are "ban ki moon").
     */
    public static String key(String name) {
        String s = name;
        if (!s.chars().allMatch(c -> c < 128)) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        }
        s = DROPPED.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return s.toLowerCase(Locale.ROOT);
    }
}
