package dev.newsgraph.reading;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text for inputs that carry no charset of their own: a BOM wins, then strict UTF-8,
 * then Windows-1252 (the usual charset of legacy news text, and a charset in which every byte is
 * a character, so nothing is replaced). Bytes that are not valid UTF-8 are never replaced
 * silently: the fallback is reported in a warning naming the first bad byte. Refuses binary
 * content.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    /** Text and, where the bytes were not valid UTF-8, the warning that says how they were read. */
    public record Decoded(String text, String warning) {
    }

    /** @throws BadInputException naming {@code input} when the bytes are binary or empty */
    public static String decode(String input, byte[] bytes) throws BadInputException {
        return read(input, bytes).text();
    }

    /**
     * Decodes a whole input, saying so when it fell back to Windows-1252.
     *
     * @throws BadInputException naming {@code input} when the bytes are binary or empty
     */
    public static Decoded read(String input, byte[] bytes) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException(input, "empty input");
        }
        if (looksBinary(bytes)) {
            throw new BadInputException(input, "binary content, not text");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return utf8OrLegacy(java.util.Arrays.copyOfRange(bytes, 3, bytes.length));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), null);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), null);
        }
        return utf8OrLegacy(bytes);
    }

    /**
     * Strict UTF-8, else Windows-1252 with a warning (one line of JSON Lines, or a whole text):
     * legacy exports are Windows-1252 far more often than they are broken UTF-8, and reading
     * them so keeps every byte as a character where replacement would lose it.
     */
    public static Decoded utf8OrLegacy(byte[] bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return new Decoded(strict.decode(in).toString(), null);
        } catch (CharacterCodingException e) {
            int at = firstInvalidUtf8(bytes);
            return new Decoded(new String(bytes, WINDOWS_1252), "not valid UTF-8 (byte 0x"
                    + String.format("%02x", bytes[Math.max(0, at)] & 0xff) + " at offset " + at
                    + "); read as Windows-1252");
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
    static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(4096);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    /** NUL bytes, or many control bytes, outside a UTF-16 BOM'd text. */
    public static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE || (bytes[0] & 0xff) == 0xFF)) {
            return false;
        }
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                control++;
            }
        }
        return control > n / 20;
    }
}
