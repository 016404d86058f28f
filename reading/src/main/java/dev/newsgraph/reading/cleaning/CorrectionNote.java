package dev.newsgraph.reading.cleaning;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A wire service's note about an earlier version of the story, as in "(In Dec. 25 story,
 * corrects name of ...) By A. Writer (Reuters) - ..." or "... he said. (This story has been
 * refiled to add a dropped word)": a parenthesis at the very start or the very end of the body
 * that speaks of correcting, refiling or clarifying a story. The dateline and byline stay.
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
        if (!editorial(line.substring(0, i + 1))) {
            return 0;
        }
        int end = i + 1;
        while (end < line.length() && Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        String rest = line.substring(end);
        return rest.split("\\s+").length >= 5 ? end : 0;
    }

    /** Length of the note (with the spaces before it) at the end of {@code line}, or 0. */
    static int trailingLength(String line) {
        String s = line.stripTrailing();
        if (!s.endsWith(")")) {
            return 0;
        }
        int depth = 0;
        int i = s.length() - 1;
        for (; i >= 0 && s.length() - i < MAX_LENGTH; i--) {
            char c = s.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                break;
            }
        }
        if (depth != 0 || i < 0 || !editorial(s.substring(i))) {
            return 0;
        }
        int start = i;
        while (start > 0 && Character.isWhitespace(s.charAt(start - 1))) {
            start--;
        }
        String before = s.substring(0, start);
        return before.isBlank() || before.split("\\s+").length >= 5 ? line.length() - start : 0;
    }

    /** Whether the whole line is such a note. */
    static boolean isWhole(String line) {
        String s = line.strip();
        return s.startsWith("(") && trailingLength(s) == s.length();
    }

    private static boolean editorial(String note) {
        String inside = note.toLowerCase(Locale.ROOT);
        return STORY_WORD.matcher(inside).find() && EDITORIAL.matcher(inside).find();
    }
}
