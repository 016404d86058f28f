package dev.newsgraph.analysis.linguistics;

import dev.newsgraph.analysis.data.DataFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word lists of CoreNLP's models jar that stages other than this one use, read from the jar and
 * handed out as plain Java data, so that no other package names CoreNLP's resources. The lists are
 * CoreNLP's (GPL-3.0-or-later, as the rest of its models jar). Each call reads its file afresh:
 * callers read once and keep what they build.
 */
public final class CoreNlpData {
    private static final String DEMONYMS = "/edu/stanford/nlp/models/dcoref/demonyms.txt";
    private static final String NAME_GENDERS = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    private CoreNlpData() {
    }

    /**
     * The demonyms of a place, as CoreNLP's coreference list gives them.
     *
     * @param place the place's name as written there ("Russia", "United States"), without a final dot
     * @param words its demonyms in the list's order ("Russian", "Russians"), stripped, none blank
     */
    public record Demonyms(String place, List<String> words) {
        public Demonyms {
            words = List.copyOf(words);
        }
    }

    /** CoreNLP's demonym list ({@code dcoref/demonyms.txt}), one entry per line in file order. */
    public static List<Demonyms> demonyms() {
        List<Demonyms> out = new ArrayList<>();
        for (DataFile.Line l : DataFile.resource(CoreNlpData.class, DEMONYMS)) {
            String[] f = l.fields();
            String place = f[0].replaceAll("\\.$", "").strip();
            List<String> words = new ArrayList<>();
            for (int i = 1; i < f.length; i++) {
                if (!f[i].isBlank()) {
                    words.add(f[i].strip());
                }
            }
            out.add(new Demonyms(place, words));
        }
        return out;
    }

    /**
     * CoreNLP's first-name genders ({@code dcoref/namegender.combine.txt}): each name as written
     * there (lower case) to {@code 'm'}, {@code 'f'} or {@code '-'} (either or unknown); where a name
     * appears twice, its last line counts.
     */
    public static Map<String, Character> firstNameGenders() {
        Map<String, Character> out = new HashMap<>();
        for (DataFile.Line l : DataFile.resource(CoreNlpData.class, NAME_GENDERS)) {
            String[] f = l.fields();
            if (f.length >= 2) {
                out.put(f[0], f[1].startsWith("M") ? 'm' : f[1].startsWith("F") ? 'f' : '-');
            }
        }
        return out;
    }
}
