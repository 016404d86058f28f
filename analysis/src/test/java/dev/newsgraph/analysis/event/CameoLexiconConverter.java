package dev.newsgraph.analysis.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Converts PETRARCH2's CAMEO verb dictionary, through the PLOVER project's CAMEO→PLOVER table,
 * into newsgraph's own lexicon format ({@code plover-lexicon.tsv}'s header): the generated
 * {@code plover-lexicon-cameo.tsv} that {@link EventLexicon} loads under the hand-written file.
 * A build tool, never run by the pipeline; needs only the JDK:
 *
 * <pre>
 * java analysis/src/test/java/dev/newsgraph/analysis/event/CameoLexiconConverter.java \
 *     ../shared/lexicons analysis/src/main/resources/dev/newsgraph/analysis/event/plover-lexicon-cameo.tsv
 * </pre>
 *
 * What converts: a verb (its base form; the inflections in braces are dropped; a particle after
 * the verb, "+CORDON_OFF", becomes a required word) with its block's or its own code; a pattern
 * whose words all stand after the verb (object head, "{ADJ NOUN}" phrase, "(PREP NOUN)"), each
 * noun singular, {@code &SYNSET}s expanded when small. Skipped: patterns with words before the
 * verb (a subject constraint the lexicon cannot state), actor markers ({@code ^ %}), verbs with
 * words before them ("WIRE_+TAP"), CAMEO codes the table does not map (01, 02: statements and
 * appeals), and word lists that two codes claim with
 * different PLOVER types; a verb alone under a loose code ({@link #tooLooseAlone}). A null code ({@code [---]}) on a pattern becomes a {@code NONE} entry
 * where its verb has an event of its own.
 */
public final class CameoLexiconConverter {
    /** Synsets larger than this are not expanded (the pattern is skipped). */
    static final int MAX_SYNSET = 30;
    /** Entries of more words than this are dropped: the lexicon matches only words beside the verb. */
    static final int MAX_WORDS = 4;
    /** A pattern expanding to more entries than this is skipped. */
    static final int MAX_EXPANSION = 120;
    /**
     * A verb alone is converted only with a specific CAMEO code: a block's cue-category code
     * (two digits and 0: 040 consult, 060 cooperate, 110 disapprove, 190 use force) is the default
     * of a loose synonym set (find, serve, lead, arrive, decide...) and codes far too much on
     * unseen news. The same codes on a pattern (verb with object or preposition) still convert.
     */
    static boolean tooLooseAlone(String code, List<String> words) {
        return words.size() == 1 && code.length() == 3 && code.endsWith("0");
    }

    /** One converted line: PLOVER type (or NONE), mode ('-' for none), words, and where it came from. */
    record Line(String type, String mode, List<String> words, String code, String verb) {
        String key() {
            return String.join(" ", words);
        }
    }

    /** A PLOVER type and mode for a CAMEO code. */
    record Plover(String type, String mode) {}

    private CameoLexiconConverter() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CameoLexiconConverter LEXICONS_DIR OUT.tsv  (LEXICONS_DIR holds petrarch2/ and plover/)");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        String cameo = Files.readString(dir.resolve("petrarch2/CAMEO.2.0.txt"), StandardCharsets.ISO_8859_1);
        String table = Files.readString(dir.resolve("plover/CAMEO2PLOVER-2021.txt"), StandardCharsets.UTF_8);
        List<Line> lines = convert(cameo, readTable(table));
        Path out = Path.of(args[1]);
        Files.writeString(out, render(lines), StandardCharsets.UTF_8);
        System.err.println(lines.size() + " entries written to " + out);
    }

    /** The CAMEO→PLOVER table: "code: TYPE, mode, context # description" lines. */
    static Map<String, Plover> readTable(String text) {
        Map<String, Plover> out = new HashMap<>();
        for (String raw : text.split("\n")) {
            String line = strip(raw);
            int colon = line.indexOf(':');
            if (colon <= 0 || !line.substring(0, colon).trim().matches("\\d{3,4}")) {
                continue; // comments, the two-digit headings, the closing rule
            }
            String[] f = line.substring(colon + 1).split(",", -1);
            String type = f[0].trim();
            String mode = f.length > 1 ? f[1].trim().replace(' ', '-') : "";
            if (mode.contains("_")) {
                mode = ""; // a context in the mode column (175: "pro_autocracy")
            }
            out.putIfAbsent(line.substring(0, colon).trim(), new Plover(type, mode.isEmpty() ? "-" : mode));
        }
        return out;
    }

    /** The PLOVER mapping of a CAMEO code: the code's own line, else its parent's (0874 -> 087). */
    static Plover plover(String code, Map<String, Plover> table) {
        for (String c = code; c.length() >= 3; c = c.substring(0, c.length() - 1)) {
            Plover p = table.get(c);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** Converts the verb dictionary's text; the lines come out in dictionary order, deduplicated. */
    static List<Line> convert(String cameo, Map<String, Plover> table) {
        String[] raw = cameo.split("\r?\n");
        Map<String, List<List<String>>> synsets = new HashMap<>();
        // first pass: synsets, and every inflection listed in braces (to lemmatise stray inflected verb lines)
        Map<String, String> inflections = new HashMap<>();
        String current = null;
        for (String r : raw) {
            String line = strip(r);
            if (line.startsWith("&")) {
                current = line.split("\\s+")[0];
                synsets.put(synsetKey(current), new ArrayList<>());
            } else if (line.startsWith("+") && current != null && !line.startsWith("+ ")) {
                boolean plurals = !current.endsWith("_");
                String phrase = line.substring(1).trim().split("\\s+")[0];
                synsets.get(synsetKey(current)).add(nounWords(phrase, plurals));
            } else if (line.isEmpty()) {
                current = null;
            } else {
                current = null;
                int b = line.indexOf('{');
                int e = line.indexOf('}');
                if (b > 0 && e > b && !line.startsWith("-")) {
                    String base = verbBase(line.substring(0, b).trim());
                    for (String form : line.substring(b + 1, e).trim().split("\\s+")) {
                        String f = verbBase(form);
                        if (base != null && f != null && !f.equals(base)) {
                            inflections.putIfAbsent(f, base);
                        }
                    }
                }
            }
        }
        Map<String, Line> out = new LinkedHashMap<>();
        Set<String> conflicted = new HashSet<>();
        String blockCode = null;
        List<String[]> blockVerbs = new ArrayList<>(); // {verb words joined by space, own code or null}
        boolean inVerbs = false;
        for (String r : raw) {
            if (r.startsWith("####### VERB PATTERNS")) {
                inVerbs = true;
                continue;
            }
            String line = strip(r);
            if (!inVerbs || line.isEmpty() || line.startsWith("~")) {
                continue;
            }
            if (line.startsWith("---")) {
                blockCode = code(line);
                blockVerbs = new ArrayList<>();
                continue;
            }
            if (line.startsWith("-")) {
                pattern(line, named(r, blockVerbs, inflections), synsets, table, out, conflicted);
                continue;
            }
            if (blockCode == null) {
                continue;
            }
            // a verb line: VERB {forms} [code]
            String head = line.split("[\\s{\\[]")[0];
            List<String> words = verbWords(head, inflections);
            if (words == null) {
                continue;
            }
            String own = line.contains("[") ? code(line) : blockCode;
            blockVerbs.add(new String[] {String.join(" ", words), own});
            add(own, words, table, out, conflicted, own, words.get(0));
        }
        // a NONE only matters where its verb triggers something on its own
        Set<String> heads = new HashSet<>();
        for (Line l : out.values()) {
            if (!l.type().equals("NONE")) {
                heads.add(l.words().get(0));
            }
        }
        List<Line> result = new ArrayList<>();
        for (Line l : out.values()) {
            if (!conflicted.contains(l.key()) && (!l.type().equals("NONE") || heads.contains(l.words().get(0)))) {
                result.add(l);
            }
        }
        return result;
    }

    /** The block's verbs that a pattern's comment names ("# SLAM , SLAM"): the verbs it was written for. */
    private static List<String[]> named(String raw, List<String[]> verbs, Map<String, String> inflections) {
        int hash = raw.indexOf('#');
        if (hash < 0) {
            return List.of();
        }
        Set<String> names = new HashSet<>();
        for (String w : raw.substring(hash + 1).toLowerCase(Locale.ROOT).split("[^a-z_+]+")) {
            String base = verbBase(w);
            if (base != null) {
                names.add(inflections.getOrDefault(base, base));
            }
        }
        List<String[]> out = new ArrayList<>();
        for (String[] v : verbs) {
            if (names.contains(v[0].split(" ")[0])) {
                out.add(v);
            }
        }
        return out;
    }

    private static void pattern(String line, List<String[]> verbs, Map<String, List<List<String>>> synsets,
            Map<String, Plover> table, Map<String, Line> out, Set<String> conflicted) {
        String code = code(line);
        int star = line.indexOf('*');
        int open = line.lastIndexOf('[');
        if (star < 0 || open < star || code == null) {
            return;
        }
        if (!line.substring(1, star).isBlank()) {
            return; // words before the verb: a subject constraint
        }
        String after = line.substring(star + 1, open).trim();
        if (after.contains("^") || after.contains("%") || after.contains("*")) {
            return;
        }
        List<List<List<String>>> parts = new ArrayList<>(); // each part: its alternatives, each a word list
        int i = 0;
        while (i < after.length()) {
            char c = after.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                int end = after.indexOf(')', i);
                if (end < 0) {
                    return;
                }
                String[] inner = after.substring(i + 1, end).trim().split("\\s+", 2);
                List<List<String>> alts = new ArrayList<>();
                String prep = inner[0].toLowerCase(Locale.ROOT);
                if (!prep.matches("[a-z]+")) {
                    return;
                }
                List<List<String>> nouns = inner.length > 1 ? element(inner[1].trim(), synsets) : List.of(List.of());
                if (nouns == null) {
                    return;
                }
                for (List<String> n : nouns) {
                    List<String> w = new ArrayList<>();
                    w.add(prep);
                    w.addAll(n);
                    alts.add(w);
                }
                parts.add(alts);
                i = end + 1;
            } else {
                int end;
                if (c == '{') {
                    end = after.indexOf('}', i) + 1;
                    if (end <= 0) {
                        return;
                    }
                } else {
                    end = i;
                    while (end < after.length() && !Character.isWhitespace(after.charAt(end)) && after.charAt(end) != '(') {
                        end++;
                    }
                }
                List<List<String>> alts = element(after.substring(i, end), synsets);
                if (alts == null) {
                    return;
                }
                parts.add(alts);
                i = end;
            }
        }
        List<List<String>> combos = new ArrayList<>();
        combos.add(List.of());
        for (List<List<String>> alts : parts) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> have : combos) {
                for (List<String> alt : alts) {
                    List<String> w = new ArrayList<>(have);
                    for (String x : alt) {
                        if (!w.contains(x)) {
                            w.add(x);
                        }
                    }
                    next.add(w);
                }
            }
            combos = next;
            if (combos.size() > MAX_EXPANSION) {
                return;
            }
        }
        if (combos.size() * Math.max(1, verbs.size()) > MAX_EXPANSION * 4) {
            return;
        }
        for (String[] v : verbs) {
            List<String> verbWords = List.of(v[0].split(" "));
            for (List<String> combo : combos) {
                if (combo.isEmpty() || combo.size() + verbWords.size() > MAX_WORDS) {
                    continue;
                }
                List<String> words = new ArrayList<>(verbWords);
                for (String x : combo) {
                    if (!words.contains(x)) {
                        words.add(x);
                    }
                }
                if (words.size() == verbWords.size()) {
                    continue;
                }
                if (code.equals("---")) {
                    if (v[1] != null && !v[1].equals("---") && plover(v[1], table) != null) {
                        put(new Line("NONE", "-", words, "---", verbWords.get(0)), out, conflicted);
                    }
                } else {
                    add(code, words, table, out, conflicted, code, verbWords.get(0));
                }
            }
        }
    }

    /** One pattern element: a noun, a {phrase}, a &SYNSET, or an actor marker ($ +, no words). */
    private static List<List<String>> element(String token, Map<String, List<List<String>>> synsets) {
        String t = token.trim();
        if (t.equals("$") || t.equals("+")) {
            return List.of(List.of());
        }
        if (t.startsWith("{") && t.endsWith("}")) {
            String[] ws = t.substring(1, t.length() - 1).trim().split("\\s+");
            if (ws.length > 2) {
                return null; // the lexicon sees a noun's compound, not a longer phrase
            }
            List<List<List<String>>> each = new ArrayList<>();
            for (int k = 0; k < ws.length; k++) {
                List<List<String>> e = word(ws[k], synsets, k == ws.length - 1);
                if (e == null) {
                    return null;
                }
                each.add(e);
            }
            List<List<String>> combos = new ArrayList<>();
            combos.add(List.of());
            for (List<List<String>> alts : each) {
                List<List<String>> next = new ArrayList<>();
                for (List<String> have : combos) {
                    for (List<String> alt : alts) {
                        List<String> w = new ArrayList<>(have);
                        w.addAll(alt);
                        next.add(w);
                    }
                }
                combos = next;
                if (combos.size() > MAX_EXPANSION) {
                    return null;
                }
            }
            return combos;
        }
        return word(t, synsets, true);
    }

    private static List<List<String>> word(String w, Map<String, List<List<String>>> synsets, boolean head) {
        if (w.startsWith("&")) {
            List<List<String>> members = synsets.get(synsetKey(w));
            return members == null || members.isEmpty() || members.size() > MAX_SYNSET ? null : members;
        }
        if (!w.matches("[A-Za-z][A-Za-z_'-]*")) {
            return null;
        }
        return List.of(nounWords(w, head));
    }

    /**
     * The lemmas of a noun phrase written with underscores, the last word made singular where
     * {@code singular} (a synset whose label ends in '_' holds no nouns). A trailing '_' only
     * stops PETRARCH from adding plurals ("TROOPS_"); the lemma is still the singular.
     */
    static List<String> nounWords(String phrase, boolean singular) {
        String[] ws = phrase.replaceAll("_+$", "").toLowerCase(Locale.ROOT).split("_");
        List<String> out = new ArrayList<>();
        for (int k = 0; k < ws.length; k++) {
            if (!ws[k].isEmpty()) {
                out.add(k == ws.length - 1 && singular ? singular(ws[k]) : ws[k]);
            }
        }
        return out;
    }

    /** A plural noun's singular, by the regular rules (CoreNLP gives "talk" for "talks"). */
    static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !w.endsWith("ous")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** A verb line's words: the base form, then a particle after it; null where it cannot be said. */
    private static List<String> verbWords(String head, Map<String, String> inflections) {
        String h = head.toLowerCase(Locale.ROOT);
        if (!h.matches("[a-z+][a-z_+'-]*")) {
            return null;
        }
        String[] parts = h.split("_");
        int verb = 0;
        if (h.contains("+")) {
            verb = -1;
            for (int k = 0; k < parts.length; k++) {
                if (parts[k].startsWith("+")) {
                    verb = k;
                }
            }
            if (verb != 0) {
                return null; // words before the verb ("WIRE_+TAP", "RE_+ARM")
            }
        }
        List<String> out = new ArrayList<>();
        String base = parts[0].replace("+", "");
        base = inflections.getOrDefault(base, base);
        if (base.endsWith("ing") || base.endsWith("ed")) {
            return null; // a stray inflection no brace resolves
        }
        out.add(base);
        for (int k = 1; k < parts.length; k++) {
            if (!parts[k].isEmpty()) {
                out.add(parts[k]);
            }
        }
        return out;
    }

    private static String verbBase(String form) {
        String f = form.trim().toLowerCase(Locale.ROOT);
        if (f.contains("_")) {
            for (String p : f.split("_")) {
                if (p.startsWith("+")) {
                    return p.substring(1);
                }
            }
            return null;
        }
        return f.matches("\\+?[a-z'-]+") ? f.replace("+", "") : null;
    }

    private static void add(String code, List<String> words, Map<String, Plover> table, Map<String, Line> out,
            Set<String> conflicted, String cameo, String verb) {
        if (code == null || code.equals("---") || tooLooseAlone(code, words)) {
            return;
        }
        Plover p = plover(code, table);
        if (p == null) {
            return;
        }
        put(new Line(p.type(), p.mode(), List.copyOf(words), cameo, verb), out, conflicted);
    }

    private static void put(Line l, Map<String, Line> out, Set<String> conflicted) {
        Line had = out.putIfAbsent(l.key(), l);
        if (had != null && !had.type().equals(l.type())) {
            conflicted.add(l.key());
        }
    }

    /** The first code of a "[code]" or "[code:code]" on a line; null where none or empty. */
    private static String code(String line) {
        int b = line.lastIndexOf('[');
        int e = line.lastIndexOf(']');
        if (b < 0 || e < b) {
            return null;
        }
        String c = line.substring(b + 1, e).trim();
        int colon = c.indexOf(':');
        if (colon >= 0) {
            c = c.substring(0, colon).trim();
        }
        return c.equals("---") || c.matches("\\d{2,4}") ? c : null;
    }

    private static String synsetKey(String label) {
        return label.replaceAll("_+$", "").toUpperCase(Locale.ROOT);
    }

    private static String strip(String line) {
        int hash = line.indexOf('#');
        return (hash >= 0 ? line.substring(0, hash) : line).trim();
    }

    /** The generated file: the attribution header, then one entry a line with its CAMEO code. */
    static String render(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        sb.append(HEADER);
        sb.append("# ").append(lines.size()).append(" entries.\n\n");
        for (Line l : lines) {
            sb.append(String.format(Locale.ROOT, "%-10s %-14s verb   %-40s # CAMEO %s (%s)%n", l.type(), l.mode(),
                    String.join(" ", l.words()), l.code(), l.verb()));
        }
        return sb.toString();
    }

    static final String HEADER = """
            # newsgraph PLOVER lexicon, CAMEO-derived part. GENERATED: do not edit; edit the converter or
            # plover-lexicon.tsv (the hand-written lexicon, loaded first, whose entries win) instead.
            # Format: as plover-lexicon.tsv (TYPE mode kind words...); every line here is a verb entry.
            #
            # Made by dev.newsgraph.analysis.event.CameoLexiconConverter (analysis test sources; see
            # docs/events.md for the command) from:
            #  - CAMEO.2.0.txt, the CAMEO verb dictionary of PETRARCH2, Copyright (c) 2015 Open Event Data
            #    Alliance, MIT licence (https://github.com/openeventdata/petrarch2). The MIT licence text:
            #    Permission is hereby granted, free of charge, to any person obtaining a copy of this
            #    software and associated documentation files (the "Software"), to deal in the Software
            #    without restriction, including without limitation the rights to use, copy, modify, merge,
            #    publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
            #    to whom the Software is furnished to do so, subject to the following conditions: The above
            #    copyright notice and this permission notice shall be included in all copies or substantial
            #    portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
            #  - CAMEO2PLOVER-2021.txt, the CAMEO to PLOVER conversion table of the PLOVER manual (draft
            #    0.8, 17 September 2021, ed. Philip Schrodt), PLOVER project, licensed CC BY-SA 4.0
            #    (https://creativecommons.org/licenses/by-sa/4.0/).
            # Changes: verb patterns turned into lemma entries, CAMEO codes replaced by PLOVER type and mode,
            # patterns the lexicon cannot express dropped (see the converter's documentation).
            # Licence of this file: as a work derived from the CC BY-SA 4.0 table, this file is licensed
            # CC BY-SA 4.0 (and keeps the MIT notice above for the PETRARCH2 data). See NOTICE-plover-lexicon-cameo.
            # The comment on each line gives the CAMEO code and the dictionary verb it came from.
            #
            """;
}
