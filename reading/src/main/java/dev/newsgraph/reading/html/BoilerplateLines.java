package dev.newsgraph.reading.html;

import dev.newsgraph.model.RemovalReason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Short blocks that are page furniture whatever the site ("Advertisement", "Share this article",
 * "Sign up for our newsletter"): regular expressions with their removal reason, from the resource
 * {@code boilerplate-lines.txt}. A pattern must match the whole (lower-cased) block.
 */
public final class BoilerplateLines {
    private static final int MAX_LENGTH = 160;

    private record Rule(Pattern pattern, RemovalReason reason) {
    }

    private final List<Rule> rules;
    private final List<Pattern> ends;

    private BoilerplateLines(List<Rule> rules, List<Pattern> ends) {
        this.rules = List.copyOf(rules);
        this.ends = List.copyOf(ends);
    }

    public static BoilerplateLines load() {
        try (InputStream in = BoilerplateLines.class.getResourceAsStream("boilerplate-lines.txt")) {
            if (in == null) {
                throw new IllegalStateException("boilerplate-lines.txt missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BoilerplateLines parse(BufferedReader r) throws IOException {
        List<Rule> rules = new ArrayList<>();
        List<Pattern> ends = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException("boilerplate-lines.txt: no tab in line: " + line);
            }
            String reason = line.substring(0, tab).strip();
            Pattern pattern = Pattern.compile(line.substring(tab + 1).strip());
            if (reason.equals("end")) {
                ends.add(pattern);
            } else {
                rules.add(new Rule(pattern, RemovalReason.of(reason)));
            }
        }
        return new BoilerplateLines(rules, ends);
    }

    /** Whether a short block is a heading that opens the teasers or comments after a story. */
    public boolean endsStory(String block) {
        if (block.length() > 60) {
            return false;
        }
        String b = block.toLowerCase(java.util.Locale.ROOT).strip();
        for (Pattern p : ends) {
            if (p.matcher(b).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The reason a block is furniture, or null when it may be story text. */
    public RemovalReason reason(String block) {
        if (block.length() > MAX_LENGTH) {
            return null;
        }
        String b = block.toLowerCase(Locale.ROOT).strip();
        for (Rule rule : rules) {
            if (rule.pattern.matcher(b).matches()) {
                return rule.reason;
            }
        }
        return null;
    }
}
