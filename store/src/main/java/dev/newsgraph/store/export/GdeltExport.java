package dev.newsgraph.store.export;

import dev.newsgraph.model.Geo;
import dev.newsgraph.store.ActorRef;
import dev.newsgraph.store.EventReport;
import dev.newsgraph.store.EventRow;
import dev.newsgraph.store.QueryFilter;
import dev.newsgraph.store.Store;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A GDELT 2.0 style event table: tab-separated, no header, GDELT's 61 columns in GDELT's order,
 * one row per merged event (so an event reported by ten outlets is one row with NumArticles
 * 10, not ten rows). PLOVER types stand in for CAMEO codes (EventCode, EventBaseCode and
 * EventRootCode all hold the type), actor codes are country + sector ({@code RUSGOV}), country
 * codes are ISO 3166-1 alpha-3 (GDELT uses CAMEO codes for actors, FIPS 10-4 for places), tone
 * is left empty. The event's place fills the ActionGeo columns (and the geo columns of an actor
 * that is itself the place): GDELT's geo type from the place's precision and country, its full
 * name, lat/long and, as feature id, the GeoNames id; ADM1Code holds the country code for a
 * country-level place and is empty below it, as records name a division rather than code it
 * (docs/store.md, "GDELT export"). Five columns follow GDELT's: PLOVER mode, modality, evidence
 * sentence, every source URL (space-separated) and every newsgraph article id.
 */
public final class GdeltExport {
    /** GDELT 2.0's column names, in order, then newsgraph's additions. */
    public static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
            "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
            "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
            "PloverMode", "Modality", "Evidence", "SourceURLs", "ArticleIds");
    /** How many of {@link #COLUMNS} are GDELT's own. */
    public static final int GDELT_COLUMNS = 61;
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Map<String, String[]> codes;

    private GdeltExport(Map<String, String[]> codes) {
        this.codes = codes;
    }

    /** The export with the bundled PLOVER → QuadClass/Goldstein table. */
    public static GdeltExport create() {
        try (InputStream in = GdeltExport.class.getResourceAsStream("plover-gdelt.tsv")) {
            return new GdeltExport(readCodes(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String[]> readCodes(InputStream in) throws IOException {
        Map<String, String[]> codes = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            codes.put(f[0].strip(), new String[] {f[1].strip(), f[2].strip()});
        }
        return codes;
    }

    /** Writes every merged event; returns how many rows. */
    public long write(Store store, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        long[] n = {0};
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            store.events(QueryFilter.all(), e -> {
                try {
                    w.write(String.join("\t", row(e)));
                    w.write('\n');
                    n[0]++;
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
        } catch (UncheckedIOException x) {
            throw x.getCause();
        }
        return n[0];
    }

    /** One event as its row of {@link #COLUMNS}, cells cleaned of tabs and line breaks. */
    public List<String> row(EventRow e) {
        List<String> c = new ArrayList<>(COLUMNS.size());
        LocalDate day = e.day() == null ? null : LocalDate.parse(e.day());
        c.add(String.valueOf(e.id()));
        c.add(day == null ? "" : day.format(DateTimeFormatter.BASIC_ISO_DATE));
        c.add(day == null ? "" : String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
        c.add(day == null ? "" : String.valueOf(day.getYear()));
        c.add(day == null ? "" : String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0));
        actor(c, e.sources().isEmpty() ? null : e.sources().get(0));
        actor(c, e.targets().isEmpty() ? null : e.targets().get(0));
        String[] code = codes.getOrDefault(e.type(), new String[] {"", ""});
        c.addAll(List.of("1", e.type(), e.type(), e.type(), code[0], code[1]));
        Set<String> outlets = new LinkedHashSet<>();
        e.reports().forEach(r -> outlets.add(r.source() == null ? String.valueOf(r.url()) : r.source()));
        String reports = String.valueOf(e.reports().size());
        c.addAll(List.of(reports, String.valueOf(outlets.size()), reports, ""));
        geo(c, actorPlace(e, e.sources()));
        geo(c, actorPlace(e, e.targets()));
        if (e.place() == null && e.location() != null) {
            // a place not located: its name and the country it belongs to, as the record gives them
            c.addAll(List.of("", e.location().name(), e.location().country() == null ? "" : e.location().country(),
                    "", "", "", "", ""));
        } else {
            geo(c, e.place());
        }
        EventReport first = e.reports().isEmpty() ? null : e.reports().get(0);
        c.add(first == null || first.added() == null ? "" : added(first.added()));
        c.add(first == null || first.url() == null ? "" : first.url());
        c.add(e.mode() == null ? "" : e.mode());
        c.add(first == null || first.modality() == null ? "" : first.modality());
        c.add(first == null || first.evidence() == null ? "" : first.evidence());
        c.add(String.join(" ", e.reports().stream().map(EventReport::url).filter(u -> u != null).toList()));
        c.add(String.join(" ", e.reports().stream().map(EventReport::articleId).toList()));
        c.replaceAll(s -> s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " "));
        return c;
    }

    private static void actor(List<String> c, ActorRef a) {
        if (a == null) {
            for (int i = 0; i < 10; i++) {
                c.add("");
            }
            return;
        }
        String country = a.country() == null ? "" : a.country();
        String sector = a.sector() == null ? "" : a.sector();
        c.add(country + sector);
        c.add(a.name() == null ? "" : a.name().toUpperCase(Locale.ROOT));
        c.add(country);
        c.addAll(List.of("", "", "", ""));
        c.add(sector);
        c.addAll(List.of("", ""));
    }

    /** The place of the event where its first actor of {@code role} is that place itself ("a strike on Kharkiv"). */
    private static Geo actorPlace(EventRow e, List<ActorRef> role) {
        return !role.isEmpty() && e.location() != null && role.get(0).id() == e.location().id() ? e.place() : null;
    }

    /**
     * The eight geo columns of a place: GDELT's type (1 country, 2 US state, 3 US city, 4 world
     * city, 5 world state), full name ("Kharkiv, Kharkiv, Ukraine"), country, ADM1 code, ADM2 code
     * (never known), latitude, longitude and feature id (the GeoNames id).
     */
    static void geo(List<String> c, Geo place) {
        if (place == null) {
            for (int i = 0; i < 8; i++) {
                c.add("");
            }
            return;
        }
        String country = place.country() == null ? "" : place.country();
        boolean us = "USA".equals(country);
        String precision = place.precision() == null ? "city" : place.precision();
        c.add(switch (precision) {
            case "country" -> "1";
            case "admin1" -> us ? "2" : "5";
            default -> us ? "3" : "4";
        });
        c.add(fullName(place, precision));
        c.add(country);
        c.add("country".equals(precision) ? country : "");
        c.add("");
        c.add(String.format(Locale.ROOT, "%.5f", place.lat()));
        c.add(String.format(Locale.ROOT, "%.5f", place.lon()));
        c.add(place.geonames() != null ? place.geonames() : "country".equals(precision) ? country : "");
    }

    /** GDELT's full name: the place, its first-level division and its country, each once, as far as known. */
    private static String fullName(Geo place, String precision) {
        Set<String> parts = new LinkedHashSet<>();
        if (!"country".equals(precision) && place.name() != null) {
            parts.add(place.name());
        }
        if ("city".equals(precision) && place.admin1() != null && !place.admin1().isBlank()) {
            parts.add(place.admin1());
        }
        String country = COUNTRY_NAMES.get(place.country());
        parts.add(country != null ? country : place.country() != null ? place.country() : place.name());
        parts.remove(null);
        return String.join(", ", parts);
    }

    /** English names of the ISO 3166-1 countries by alpha-3 code, as the JDK knows them. */
    private static final Map<String, String> COUNTRY_NAMES = countryNames();

    private static Map<String, String> countryNames() {
        Map<String, String> names = new HashMap<>();
        for (String two : Locale.getISOCountries()) {
            Locale l = new Locale("", two);
            try {
                names.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
            } catch (java.util.MissingResourceException e) {
                // a code without an alpha-3 form: its places show their code
            }
        }
        return Map.copyOf(names);
    }

    private static String added(String instant) {
        try {
            return OffsetDateTime.parse(instant).withOffsetSameInstant(ZoneOffset.UTC).format(ADDED);
        } catch (java.time.format.DateTimeParseException e) {
            return "";
        }
    }
}
