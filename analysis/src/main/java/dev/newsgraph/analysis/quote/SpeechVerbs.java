package dev.newsgraph.analysis.quote;

import java.util.List;
import dev.newsgraph.analysis.data.DataFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The lexicon of verbs that attribute speech, read from {@code speech-verbs.tsv} (or a user's file). */
public final class SpeechVerbs {
    /** How a speech verb marks its speaker and content. */
    public enum Use {
        /** introduces quoted speech only */
        QUOTES,
        /** also introduces reported speech in a that-clause */
        REPORTS,
        /** the object, not the subject, is the speaker: "cited X as saying" */
        CITES
    }

    private final Map<String, Use> verbs;

    private SpeechVerbs(Map<String, Use> verbs) {
        this.verbs = Map.copyOf(verbs);
    }

    public static SpeechVerbs standard() {
        return verbs(DataFile.resource(SpeechVerbs.class, "/dev/newsgraph/analysis/quote/speech-verbs.tsv"));
    }

    public static SpeechVerbs fromFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    private static SpeechVerbs read(InputStream in) throws IOException {
        return verbs(DataFile.read(in));
    }

    private static SpeechVerbs verbs(List<DataFile.Line> lines) {
        Map<String, Use> m = new HashMap<>();
        for (DataFile.Line l : lines) {
            String[] f = l.text().strip().split("\\s+");
            Use u = f.length < 2 ? Use.QUOTES : switch (f[1]) {
                case "reports" -> Use.REPORTS;
                case "cites" -> Use.CITES;
                default -> Use.QUOTES;
            };
            m.put(f[0].toLowerCase(java.util.Locale.ROOT), u);
        }
        return new SpeechVerbs(m);
    }

    /** How the verb with this lemma attributes speech, or null when it does not. */
    public Use use(String lemma) {
        return lemma == null ? null : verbs.get(lemma.toLowerCase(java.util.Locale.ROOT));
    }
}
