package dev.newsgraph.reading.html;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as pages write them, to ISO 8601: machine dates ({@code 2024-03-05T10:15:00+01:00},
 * {@code 20240305}, {@code 2024/03/05 10:15}), dates in URL paths, and English datelines
 * ({@code March 5, 2024}, {@code 5 March 2024}). Implausible years are refused.
 */
public final class PublicationDates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|-|_|\\.|$)");
    private static final Pattern URL_DATE_DASHED = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");
    private static final String MONTH_NAMES = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH_NAMES + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH_NAMES + ",?\\s+(\\d{4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private PublicationDates() {
    }

    /** A machine-written date (meta tag, JSON-LD, {@code <time datetime>}) to ISO 8601, or null. */
    public static String machine(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        Matcher m = ISO.matcher(v);
        if (m.find() && m.start() <= 12) {
            String date = date(m.group(1), m.group(2), m.group(3));
            if (date == null) {
                return null;
            }
            if (m.group(4) == null) {
                return date;
            }
            int h = Integer.parseInt(m.group(4));
            if (h > 23) {
                return date;
            }
            String time = String.format(Locale.ROOT, "T%02d:%s:%s", h, m.group(5), m.group(6) == null ? "00" : m.group(6));
            String zone = m.group(7);
            if (zone == null) {
                return date + time;
            }
            if (zone.equals("UTC") || zone.equals("GMT") || zone.equals("Z")) {
                return date + time + "Z";
            }
            if (zone.length() == 5) {
                zone = zone.substring(0, 3) + ":" + zone.substring(3);
            }
            return date + time + zone;
        }
        m = COMPACT.matcher(v);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return prose(v);
    }

    /** The date in a URL path ({@code /2024/03/05/}, {@code /2024-03-05-title}), or null. */
    public static String fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = URL_DATE_DASHED.matcher(url);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return null;
    }

    /** An English date in running text ({@code March 5, 2024}, {@code 5 Mar 2024}), or null. */
    public static String prose(String text) {
        if (text == null) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT);
        Matcher m = MDY.matcher(t);
        if (m.find()) {
            return date(m.group(3), String.valueOf(MONTHS.get(m.group(1).substring(0, 3))), m.group(2));
        }
        m = DMY.matcher(t);
        if (m.find()) {
            return date(m.group(3), String.valueOf(MONTHS.get(m.group(2).substring(0, 3))), m.group(1));
        }
        return null;
    }

    private static String date(String y, String mo, String d) {
        int year = Integer.parseInt(y);
        int month = Integer.parseInt(mo);
        int day = Integer.parseInt(d);
        if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }
}
