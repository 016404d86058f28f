package dev.newsgraph.analysis.time;

import dev.newsgraph.analysis.data.DataFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words the time tagger knows: month and day names, parts of the day, seasons, fixed-date
 * holidays, and the words that show a number is a count rather than a year. Loaded from a plain
 * resource file ({@code lexicon.txt}) that users may replace; immutable once built.
 */
public final class TimeLexicon {
    final Map<String, Integer> months = new HashMap<>();
    final Map<String, Integer> weekdays = new HashMap<>();
    final Map<String, String> partsOfDay = new HashMap<>();
    final Map<String, String> seasons = new HashMap<>();
    final Map<String, String> holidays = new HashMap<>();
    final Set<String> notYear = new HashSet<>();
    final Set<String> notDay = new HashSet<>();
    private final List<String> monthForms = new ArrayList<>();
    private final List<String> holidayForms = new ArrayList<>();

    private TimeLexicon() {
    }

    /** The lexicon shipped with newsgraph. */
    public static TimeLexicon defaults() {
        return lexicon(DataFile.resource(TimeLexicon.class, "lexicon.txt"), "lexicon.txt");
    }

    /** A lexicon read from {@code in} (UTF-8, the format described in the shipped file's header). */
    public static TimeLexicon read(InputStream in, String name) throws IOException {
        return lexicon(DataFile.read(in), name);
    }

    private static TimeLexicon lexicon(List<DataFile.Line> lines, String name) {
        TimeLexicon lex = new TimeLexicon();
        for (DataFile.Line l : lines) {
            int n = l.number();
            String line = l.text();
            String[] f = l.fields();
            String kind = f[0].strip();
            String word = f.length > 1 ? f[1].strip() : "";
            String value = f.length > 2 ? f[2].strip() : "";
            if (word.isEmpty()) {
                throw new IllegalArgumentException(name + ":" + n + ": no word in \"" + line + "\"");
            }
            switch (kind) {
                case "month" -> {
                    lex.months.put(key(word), Integer.parseInt(value));
                    lex.monthForms.add(word);
                }
                case "weekday" -> lex.weekdays.put(key(word), Integer.parseInt(value));
                case "partofday" -> lex.partsOfDay.put(key(word), value);
                case "season" -> lex.seasons.put(key(word), value);
                case "holiday" -> {
                    lex.holidays.put(key(word), value);
                    lex.holidayForms.add(word);
                }
                case "notyear" -> lex.notYear.add(key(word));
                case "notday" -> lex.notDay.add(key(word));
                default -> throw new IllegalArgumentException(name + ":" + n + ": unknown kind \"" + kind + "\"");
            }
        }
        return lex;
    }

    /** The lookup key of a word: lower case, no final full stop, single spaces. */
    static String key(String word) {
        String k = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }

    /** Regex alternatives for month names; abbreviations match with or without their full stop. */
    String monthRegex() {
        return alternatives(monthForms);
    }

    String weekdayRegex() {
        return alternatives(new ArrayList<>(weekdays.keySet()));
    }

    String partOfDayRegex() {
        return alternatives(new ArrayList<>(partsOfDay.keySet()));
    }

    String holidayRegex() {
        return alternatives(holidayForms);
    }

    private static String alternatives(List<String> forms) {
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder b = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            String f = sorted.get(i);
            if (i > 0) {
                b.append('|');
            }
            if (f.endsWith(".")) {
                b.append(Pattern.quote(f.substring(0, f.length() - 1))).append("\\.?");
            } else {
                b.append(Pattern.quote(f).replace(" ", "\\E\\s+\\Q").replace("'", "\\E['\u2019]\\Q"));
            }
        }
        return b.append(')').toString();
    }
}
