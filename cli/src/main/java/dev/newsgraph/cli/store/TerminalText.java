package dev.newsgraph.cli.store;

/**
 * Text from articles made safe to print on a terminal. Article text is anyone's: an escape
 * sequence in it could recolour, rewrite or hide what the terminal shows, set its title, or on
 * some terminals answer back as typed input. So escape sequences (ESC with what it carries) are
 * dropped, every other C0 and C1 control character (the C1 CSI and OSC introducers among them)
 * and DEL becomes {@code U+FFFD}, and the bidirectional overrides that reorder what is shown are
 * dropped too. Line breaks and tabs are kept where asked. JSON and CSV output are not touched:
 * their readers are programs, and JSON escapes controls itself.
 */
public final class TerminalText {
    private static final char ESC = 0x1b;
    private static final char BEL = 0x07;
    private static final char SHOWN = '\uFFFD';

    private TerminalText() {
    }

    /** The text with controls removed or shown as U+FFFD; {@code \n} and {@code \t} kept where {@code keepLines}. */
    public static String clean(String s, boolean keepLines) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!special(c, keepLines)) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(n).append(s, 0, i);
            }
            if (c == ESC) {
                i = endOfSequence(s, i) - 1;
            } else if (isBidiControl(c)) {
                // dropped: it only reorders what follows
            } else if (c == '\r' && keepLines) {
                // a carriage return would move back over what was printed; a following \n still breaks the line
            } else {
                b.append(SHOWN);
            }
        }
        return b == null ? s : b.toString();
    }

    private static boolean special(char c, boolean keepLines) {
        if (c < 0x20) {
            return !(keepLines && (c == '\n' || c == '\t'));
        }
        return c == 0x7f || c >= 0x80 && c <= 0x9f || isBidiControl(c);
    }

    private static boolean isBidiControl(char c) {
        return c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }

    /** The index just after the escape sequence that starts at the ESC at {@code start}. */
    private static int endOfSequence(String s, int start) {
        int n = s.length();
        int i = start + 1;
        if (i >= n) {
            return n;
        }
        char kind = s.charAt(i);
        if (kind == '[' || kind == ']' || kind == 'P' || kind == '^' || kind == '_' || kind == 'X') {
            i++;
        } else {
            // ESC, intermediate bytes, one final byte (ESC c, ESC ( B ...)
            while (i < n && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x2f) {
                i++;
            }
            return i < n && s.charAt(i) >= 0x30 && s.charAt(i) <= 0x7e ? i + 1 : i;
        }
        if (kind == '[') {
            // CSI: parameter and intermediate bytes, then one final byte; anything else ends it unread
            while (i < n) {
                char x = s.charAt(i);
                if (x >= 0x40 && x <= 0x7e) {
                    return i + 1;
                }
                if (x < 0x20 || x > 0x3f) {
                    return i;
                }
                i++;
            }
            return n;
        }
        // OSC, DCS, PM, APC, SOS: a string up to BEL or the string terminator (ESC \\ or 0x9c)
        while (i < n) {
            char x = s.charAt(i++);
            if (x == BEL || x == 0x9c) {
                return i;
            }
            if (x == ESC) {
                return i < n && s.charAt(i) == '\\' ? i + 1 : i;
            }
        }
        // never ended: the ESC alone goes, and the rest, now inert, is shown as text
        return start + 1;
    }
}
