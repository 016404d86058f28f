package dev.newsgraph.analysis.quantity;

import dev.newsgraph.analysis.data.DataFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Currency symbols and words and their ISO 4217 codes, from a plain resource file
 * ({@code currencies.txt}); every code is checked with {@link java.util.Currency}. Immutable.
 */
public final class CurrencyTable {
    private final Map<String, String> symbols = new HashMap<>();
    private final Map<String, String> words = new HashMap<>();

    private CurrencyTable() {
    }

    /** The table shipped with newsgraph. */
    public static CurrencyTable defaults() {
        return table(DataFile.resource(CurrencyTable.class, "currencies.txt"), "currencies.txt");
    }

    /** A table read from {@code in} (UTF-8, the format of the shipped file's header). */
    public static CurrencyTable read(InputStream in, String name) throws IOException {
        return table(DataFile.read(in), name);
    }

    private static CurrencyTable table(List<DataFile.Line> lines, String name) {
        CurrencyTable t = new CurrencyTable();
        for (DataFile.Line l : lines) {
            int n = l.number();
            String line = l.text();
            String[] f = l.fields();
            if (f.length != 3) {
                throw new IllegalArgumentException(name + ":" + n + ": expected KIND, FORM and CODE in \"" + line + "\"");
            }
            String code = f[2].strip();
            if (!isIsoCode(code)) {
                throw new IllegalArgumentException(name + ":" + n + ": " + code + " is no ISO 4217 currency code");
            }
            switch (f[0].strip()) {
                case "symbol" -> t.symbols.put(f[1].strip(), code);
                case "word" -> t.words.put(wordKey(f[1]), code);
                default -> throw new IllegalArgumentException(name + ":" + n + ": unknown kind \"" + f[0] + "\"");
            }
        }
        return t;
    }

    /** Whether {@code code} is a currency java.util.Currency knows. */
    public static boolean isIsoCode(String code) {
        if (code == null || code.length() != 3) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The code of a symbol written before a number, or null. */
    public String symbol(String s) {
        return symbols.get(s);
    }

    /** The code of a currency word written after a number, or null. */
    public String word(String w) {
        return words.get(wordKey(w));
    }

    String symbolRegex() {
        return alternatives(symbols.keySet(), false);
    }

    String wordRegex() {
        return alternatives(words.keySet(), true);
    }

    private static String wordKey(String w) {
        return w.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String alternatives(Iterable<String> forms, boolean spaced) {
        List<String> sorted = new ArrayList<>();
        forms.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder b = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                b.append('|');
            }
            String q = Pattern.quote(sorted.get(i));
            b.append(spaced ? q.replace(" ", "\\E\\s+\\Q") : q);
        }
        return b.append(')').toString();
    }
}
