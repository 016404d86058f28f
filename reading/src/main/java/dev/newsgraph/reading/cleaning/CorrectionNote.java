package dev.newsgraph.reading.cleaning;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A wire service's leading note about an earlier version of the story, as in
 * "(In Dec. 25 story, corrects name of ...) By A. Writer (Reuters) - ...": a parenthesis at the
 * very start of the body that speaks of correcting, refiling or updating a story. The dateline
 * and byline after it stay.
 */
final class CorrectionNote {
    private static final int MAX_LENGTH = 400;
    private static final Pattern EDITORIAL = Pattern.compile(
            "\\b(correct\\w*|refil\\w*|clarif\\w*|updat\\w*|adds|removes|fixes|changes|recasts|version of|story|item)\\b");
    private static final Pattern STORY_WORD = Pattern.compile("\\b(correct\\w*|refil\\w*|clarif\\w*|version of)\\b");

    private CorrectionNote() {
    }

    /** Length of the note (with the spaces after it) at the start of {@code line}, or 0. */
    static int length(String line) {
        if (!line.startsWith("(")) {
            return 0;
        }
        int depth = 0;
        int i = 0;
        for (; i < line.length() && i < MAX_LENGTH; i++) {
            char c = line.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                break;
            }
        }
        if (depth != 0 || i >= line.length()) {
            return 0;
        }
        String inside = line.substring(0, i + 1).toLowerCase(Locale.ROOT);
        if (!STORY_WORD.matcher(inside).find() || !EDITORIAL.matcher(inside).find()) {
            return 0;
        }
        int end = i + 1;
        while (end < line.length() && Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        String rest = line.substring(end);
        return rest.split("\\s+").length >= 5 ? end : 0;
    }
}
