package dev.newsgraph.analysis.time;

import dev.newsgraph.analysis.document.Sentence;
import dev.newsgraph.analysis.document.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rough split into sentences and word tokens (no tags, no parse) for texts that come without
 * the linguistic layer, so the time tagger also runs on its own (in tests, or in a light pipeline).
 */
final class PlainSentences {
    private static final Pattern BREAK = Pattern.compile("\\n+|(?<!\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Jr|Sr|Inc|Co|Corp|vs|\\p{Lu})\\.)(?<=[.!?][\"\u201d\u2019)]?)\\s+(?=[\"\u201c\u2018(]?[A-Z0-9])");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['\u2019]\\p{L}+)?|\\d[\\d,.:]*\\d|\\d|['\u2019]ll|\\S");

    private PlainSentences() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher b = BREAK.matcher(text);
        int from = 0;
        while (b.find()) {
            add(text, from, b.start(), out);
            from = b.end();
        }
        add(text, from, text.length(), out);
        return out;
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        if (end <= start || text.substring(start, end).isBlank()) {
            return;
        }
        List<Token> tokens = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(start, end);
        while (w.find()) {
            String t = w.group();
            tokens.add(new Token(tokens.size(), w.start(), w.end(), t, "", t.toLowerCase(Locale.ROOT), "O"));
        }
        out.add(new Sentence(out.size(), start, end, tokens, List.of()));
    }
}
