package dev.newsgraph.analysis.quantity;

import dev.newsgraph.analysis.data.DataFile;
import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Stage;
import dev.newsgraph.analysis.document.Sentence;
import dev.newsgraph.analysis.document.Token;
import dev.newsgraph.model.Quantity;
import dev.newsgraph.model.QuantityKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets the quantities layer: money with its ISO 4217 currency ("€21bn" is 21000000000 EUR,
 * "1.2 trillion yuan" CNY), counts of people ("19 people", "nine children", "hundreds of Chinese
 * nationals", "arrested 12"), ages ("49-year-old", "Robert Strong, 45,") and percentages. Lengths of
 * time are left to the times layer. Immutable and thread-safe.
 */
public final class QuantityReader implements Stage {
    private static final String SCALES = "(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)";
    private static final String SCALE_GROUP = "(?:\\s?(?<abbr>bn|bln|mn|mln|m|k|tn|trn)\\b|\\s+(?<scale>" + SCALES + "(?:\\s+" + SCALES + ")*)\\b)?";
    private static final Map<String, Double> ABBR = Map.of("bn", 1e9, "bln", 1e9, "mn", 1e6, "mln", 1e6, "m", 1e6,
            "k", 1e3, "tn", 1e12, "trn", 1e12);
    private static final Map<String, Double> VAGUE = Map.of("tens of thousands", 20000.0, "hundreds of thousands", 200000.0,
            "hundreds", 200.0, "thousands", 2000.0, "dozens", 24.0, "scores", 40.0, "millions", 2e6);
    private static final Set<String> AMBIGUOUS_WORDS = Set.of("won", "real", "dong", "pounds", "francs", "rand", "soles",
            "sterling", "lira");
    private static final String STOP = "(?:and|or|to|in|on|at|for|with|from|by|the|a|an|who|were|was|had|have|has|are|is|per"
            + "|percent|than|of|years?|months?|days?|hours?|weeks?|said|says|times|\\d[\\d,.]*)";
    private static final String CASUALTY = "(?:killed|killing|kills|wounded|wounding|injured|injuring|arrested|arresting"
            + "|detained|detaining|displaced|evacuated|rescued|abducted|kidnapped|executed|freed|released|deported)";
    private static final String APPROX = "(?:at\\s+least\\s+|more\\s+than\\s+|about\\s+|some\\s+|nearly\\s+|almost\\s+"
            + "|around\\s+|over\\s+|up\\s+to\\s+|roughly\\s+|an\\s+estimated\\s+)?";
    private static final String SMALL = "(?:\\d[\\d,]*|" + NumberReader.WORD + ")";

    private static final int WINDOW_LEFT = 48;
    private static final int WINDOW_RIGHT = 64;
    private static final Set<String> TRIGGER_WORDS = Set.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "thousand", "million", "billion", "trillion", "hundreds", "thousands", "millions", "dozen",
            "dozens", "scores", "aged", "age", "rs", "us", "rmb", "percent");

    private final CurrencyTable currencies;
    private final Pattern symbolMoney;
    private final Pattern isoPrefixMoney;
    private final Pattern wordMoney;
    private final Pattern isoSuffixMoney;
    private final Pattern percent;
    private final Pattern ageCompound;
    private final Pattern agedN;
    private final Pattern ageApposition;
    private final Pattern peopleCount;
    private final Pattern casualtyCount;
    private final Pattern passiveCount;

    public QuantityReader(CurrencyTable currencies, List<String> peopleNouns) {
        this.currencies = Objects.requireNonNull(currencies);
        int ci = Pattern.CASE_INSENSITIVE;
        String num = NumberReader.DIGITS;
        symbolMoney = Pattern.compile("(?<![\\p{L}\\d])(?<sym>" + currencies.symbolRegex() + ")\\s?(?<num>" + num + ")"
                + SCALE_GROUP);
        isoPrefixMoney = Pattern.compile("\\b(?<iso>[A-Z]{3})\\s?(?<num>" + num + ")" + SCALE_GROUP);
        wordMoney = Pattern.compile("(?<![\\p{L}\\d.,$€£¥])(?<num>" + NumberReader.COUNT + ")" + SCALE_GROUP + "\\s+(?<cur>"
                + currencies.wordRegex() + ")\\b", ci);
        isoSuffixMoney = Pattern.compile("(?<![\\p{L}\\d.,])(?<num>" + num + ")" + SCALE_GROUP + "\\s+(?<iso>[A-Z]{3})\\b");
        percent = Pattern.compile("(?<![\\p{L}\\d.,])(?<num>" + num + "|" + NumberReader.WORD + ")\\s?(?<pct>%|percent\\b"
                + "|per\\s+cent\\b|percentage\\s+points?\\b)", ci);
        ageCompound = Pattern.compile("(?<![\\p{L}\\d])(?<num>" + NumberReader.NUMBER + ")[\\s-]+(?<unit>year|month|week)s?[\\s-]+olds?\\b", ci);
        agedN = Pattern.compile("\\b(?:aged|age)\\s+(?<num>\\d{1,3}|" + NumberReader.WORD + ")\\b(?![-\\d])", ci);
        ageApposition = Pattern.compile("(?<=\\p{L}),\\s+(?<num>\\d{1,3}|" + NumberReader.WORD + ")\\s*(?=[,;)]|\\.(?:\\s|$))");
        List<String> nouns = new ArrayList<>(peopleNouns);
        nouns.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String n : nouns) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(n).replace(" ", "\\E\\s+\\Q"));
        }
        peopleCount = Pattern.compile("(?<![\\p{L}\\d.,$€£¥])(?:(?<vague>tens\\s+of\\s+thousands|hundreds\\s+of\\s+thousands|hundreds"
                + "|thousands|dozens|scores|millions)|(?<sev>several|a\\s+few)\\s+(?<sscale>hundred|thousand|dozen|million)|(?<num>"
                + NumberReader.COUNT + "))(?:\\s+of(?:\\s+(?:the|its|their|his|her|our)(?:\\s+own)?)?)?"
                + "(?:\\s+(?!" + STOP + "\\b)[\\p{L}][\\p{L}'\u2019-]*){0,3}?\\s+(?<noun>" + alt + ")\\b", ci);
        casualtyCount = Pattern.compile("\\b" + CASUALTY + "\\s+" + APPROX + "(?<num>" + SMALL + ")\\b(?!\\s*(?:%|percent"
                + "|years?|months?|days?|hours?|weeks?|times|[-\u2013]|[.,]\\d))", ci);
        passiveCount = Pattern.compile("(?<![\\p{L}\\d.,$€£¥])(?<num>" + SMALL + ")\\s+(?:were|have\\s+been|had\\s+been|are|was)\\s+"
                + "(?:reported\\s+|confirmed\\s+)?" + CASUALTY + "\\b", ci);
    }

    /** The reader with the shipped currency table and people nouns. */
    public static QuantityReader create() {
        return new QuantityReader(CurrencyTable.defaults(), readList("people.txt"));
    }

    @Override
    public String name() {
        return "quantities";
    }

    @Override
    public void apply(Document doc) {
        doc.setQuantities(read(doc.text(), doc.has("sentences") ? doc.sentences() : null));
    }

    /**
     * The quantities of {@code text}, in text order, with char offsets.
     *
     * @param sentences the text's tagged sentences (their named-entity tags confirm ages written
     *                  after a name), or null
     */
    public List<Quantity> read(String text, List<Sentence> sentences) {
        List<Found> all = new ArrayList<>();
        int[] windows = windows(text);
        money(symbolMoney, text, windows, all, m -> currencies.symbol(m.group("sym")));
        money(isoPrefixMoney, text, windows, all, m -> CurrencyTable.isIsoCode(m.group("iso")) ? m.group("iso") : null);
        money(wordMoney, text, windows, all, m -> {
            String code = currencies.word(m.group("cur"));
            String cur = m.group("cur").toLowerCase(Locale.ROOT);
            if (code != null && AMBIGUOUS_WORDS.contains(cur) && m.group("abbr") == null && m.group("scale") == null) {
                Double v = NumberReader.read(m.group("num"));
                if (v == null || v < 1000) {
                    return null; // "3 won", "200 pounds": more often not money
                }
            }
            String n = m.group("num").toLowerCase(Locale.ROOT);
            return n.equals("a") || n.equals("an") ? null : code;
        });
        money(isoSuffixMoney, text, windows, all, m -> CurrencyTable.isIsoCode(m.group("iso")) ? m.group("iso") : null);
        for (Windowed w = new Windowed(percent, text, windows); w.find(); ) {
            Matcher m = w.matcher;
            Double v = NumberReader.read(m.group("num"));
            if (v != null) {
                String unit = m.group("pct").toLowerCase(Locale.ROOT).startsWith("percentage") ? "percentage points" : "%";
                all.add(new Found(m.start(), m.end(), QuantityKind.PERCENT, v, unit, 1));
            }
        }
        for (Windowed w = new Windowed(ageCompound, text, windows); w.find(); ) {
            Matcher m = w.matcher;
            Double v = NumberReader.read(m.group("num"));
            if (v != null && v > 0 && v < 130) {
                all.add(new Found(m.start(), m.end(), QuantityKind.AGE, v, m.group("unit").toLowerCase(Locale.ROOT) + "s", 2));
            }
        }
        for (Windowed w = new Windowed(agedN, text, windows); w.find(); ) {
            Matcher m = w.matcher;
            Double v = NumberReader.read(m.group("num"));
            if (v != null && v > 0 && v < 130) {
                all.add(new Found(m.start(), m.end(), QuantityKind.AGE, v, "years", 2));
            }
        }
        for (Windowed w = new Windowed(ageApposition, text, windows); w.find(); ) {
            Matcher m = w.matcher;
            Double v = NumberReader.read(m.group("num"));
            if (v != null && v > 0 && v < 120 && v == Math.rint(v) && afterName(text, m.start(), sentences)) {
                all.add(new Found(m.start("num"), m.end("num"), QuantityKind.AGE, v, "years", 3));
            }
        }
        for (Windowed w = new Windowed(peopleCount, text, windows); w.find(); ) {
            Matcher m = w.matcher;
            Double v = peopleValue(m);
            if (v != null && v > 0) {
                all.add(new Found(m.start(), m.end(), QuantityKind.COUNT, v, "people", 4));
            }
        }
        for (Pattern p : new Pattern[] {casualtyCount, passiveCount}) {
            for (Windowed w = new Windowed(p, text, windows); w.find(); ) {
                Matcher m = w.matcher;
                Double v = NumberReader.read(m.group("num"));
                if (v != null && v > 0 && !m.group("num").matches("(?:19|20)\\d\\d")) {
                    all.add(new Found(m.start("num"), m.end("num"), QuantityKind.COUNT, v, "people", 5));
                }
            }
        }
        return choose(text, all);
    }

    private interface CodeOf {
        String code(Matcher m);
    }

    private static void money(Pattern p, String text, int[] windows, List<Found> out, CodeOf codeOf) {
        for (Windowed w = new Windowed(p, text, windows); w.find(); ) {
            Matcher m = w.matcher;
            String code = codeOf.code(m);
            if (code == null) {
                continue;
            }
            Double v = NumberReader.read(m.group("num"));
            if (v == null) {
                continue;
            }
            if (m.group("abbr") != null) {
                v *= ABBR.get(m.group("abbr").toLowerCase(Locale.ROOT));
            } else if (m.group("scale") != null) {
                Double s = NumberReader.read(m.group("scale"));
                if (s != null) {
                    v *= s;
                }
            }
            out.add(new Found(m.start(), m.end(), QuantityKind.MONEY, NumberReader.clean(v), code, 0));
        }
    }

    /**
     * The stretches of text worth reading: around digits, currency signs, number words and the
     * few other words an amount can hang on, merged; as {start, end} pairs.
     */
    private static int[] windows(String text) {
        int[] out = new int[16];
        int k = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char ch = text.charAt(i);
            int s = i;
            boolean hit;
            if (Character.isLetter(ch)) {
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                hit = TRIGGER_WORDS.contains(text.substring(s, i).toLowerCase(Locale.ROOT));
            } else {
                i++;
                hit = Character.isDigit(ch) || Character.getType(ch) == Character.CURRENCY_SYMBOL;
            }
            if (!hit) {
                continue;
            }
            int ws = Math.max(0, s - WINDOW_LEFT);
            int we = Math.min(n, i + WINDOW_RIGHT);
            if (k > 0 && ws <= out[k - 1]) {
                out[k - 1] = Math.max(out[k - 1], we);
            } else {
                if (k + 2 > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[k++] = ws;
                out[k++] = we;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /** Finds a pattern's matches inside the windows only, looking across their edges for context. */
    private static final class Windowed {
        final Matcher matcher;
        private final int[] windows;
        private int next;

        Windowed(Pattern p, String text, int[] windows) {
            this.matcher = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            this.windows = windows;
            this.next = 0;
            if (windows.length > 0) {
                matcher.region(windows[0], windows[1]);
                next = 2;
            }
        }

        boolean find() {
            if (windows.length == 0) {
                return false;
            }
            while (!matcher.find()) {
                if (next >= windows.length) {
                    return false;
                }
                matcher.region(windows[next], windows[next + 1]);
                next += 2;
            }
            return true;
        }
    }

    private static Double peopleValue(Matcher m) {
        if (m.group("vague") != null) {
            return VAGUE.get(m.group("vague").toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
        if (m.group("sev") != null) {
            Double s = NumberReader.read(m.group("sscale"));
            return s == null ? null : 3 * s;
        }
        String n = m.group("num").toLowerCase(Locale.ROOT);
        if (n.equals("a") || n.equals("an") || n.matches("(?:19|20)\\d\\d")) {
            return null; // "a man", and a year before a noun ("2016 voters" reads as the year's voters)
        }
        return NumberReader.read(n);
    }

    /** Whether the word before the comma at {@code comma} is a person's name. */
    private static boolean afterName(String text, int comma, List<Sentence> sentences) {
        Sentence sentence = sentences == null ? null : Sentence.at(sentences, comma);
        if (sentence != null) {
            for (Token t : sentence.tokens()) {
                if (t.end() <= comma && t.end() > comma - 2) {
                    if (t.ner().equals("PERSON")) {
                        return true;
                    }
                    if (!t.ner().equals("O")) {
                        return false;
                    }
                }
            }
        }
        // no tag to go by: two capitalised words before the comma ("Robert Strong, 45,")
        int e = comma;
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        if (s == e || !Character.isUpperCase(text.charAt(s))) {
            return false;
        }
        int e2 = s;
        while (e2 > 0 && text.charAt(e2 - 1) == ' ') {
            e2--;
        }
        int s2 = e2;
        while (s2 > 0 && (Character.isLetter(text.charAt(s2 - 1)) || text.charAt(s2 - 1) == '.')) {
            s2--;
        }
        return s2 < e2 && Character.isUpperCase(text.charAt(s2)) && e2 < s;
    }


    private static List<Quantity> choose(String text, List<Found> all) {
        all.sort(Comparator.comparingInt((Found f) -> f.start - f.end).thenComparingInt(f -> f.rule)
                .thenComparingInt(f -> f.start));
        BitSet used = new BitSet();
        List<Found> kept = new ArrayList<>();
        for (Found f : all) {
            if (used.get(f.start, f.end).isEmpty()) {
                used.set(f.start, f.end);
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(f -> f.start));
        List<Quantity> out = new ArrayList<>(kept.size());
        for (Found f : kept) {
            out.add(new Quantity(text.substring(f.start, f.end), f.kind, f.value, f.unit, f.start, f.end));
        }
        return out;
    }

    private record Found(int start, int end, QuantityKind kind, double value, String unit, int rule) {
    }

    static List<String> readList(String resource) {
        List<String> out = new ArrayList<>();
        for (DataFile.Line l : DataFile.resource(QuantityReader.class, resource)) {
            out.add(l.text().strip());
        }
        return out;
    }
}
