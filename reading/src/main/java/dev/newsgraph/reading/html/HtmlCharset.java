package dev.newsgraph.reading.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * The charset of a page's bytes, as a browser would settle it but wary of wrong labels: a BOM
 * wins; bytes that are valid UTF-8 with non-ASCII in them are UTF-8 whatever the label says;
 * else the HTTP header's charset, then the {@code <meta>} declaration, then detection
 * (juniversalchardet); Windows-1252 last. Latin-1 labels read as Windows-1252, as browsers do.
 */
public final class HtmlCharset {
    private static final Pattern META = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)",
            Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    /** Decodes a page; {@code contentType} is the HTTP Content-Type header, or null. */
    public static String decode(byte[] bytes, String contentType) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, n - 3, StandardCharsets.UTF_8);
        }
        if (n >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE);
        }
        if (n >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE);
        }
        return new String(bytes, charset(bytes, contentType));
    }

    /** The charset {@link #decode} would use for BOM-less bytes. */
    public static Charset charset(byte[] bytes, String contentType) {
        boolean ascii = true;
        for (byte b : bytes) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return StandardCharsets.UTF_8;
        }
        if (validUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        Charset declared = contentType == null ? null : named(HEADER.matcher(contentType));
        if (declared == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            declared = named(META.matcher(head));
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return declared;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 256 * 1024));
        detector.dataEnd();
        String detected = detector.getDetectedCharset();
        if (detected != null) {
            try {
                Charset c = Charset.forName(detected);
                if (!c.equals(StandardCharsets.UTF_8)) {
                    return latin1AsWindows(c);
                }
            } catch (IllegalArgumentException e) {
                // unknown to this JVM: fall through
            }
        }
        return Charset.forName("windows-1252");
    }

    private static Charset named(Matcher m) {
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.startsWith("utf-16") || name.startsWith("utf16")) {
            return StandardCharsets.UTF_8;
        }
        if (name.equals("x-sjis") || name.equals("sjis")) {
            name = "Shift_JIS";
        } else if (name.equals("gb2312") || name.equals("gbk")) {
            name = "GB18030";
        }
        try {
            return latin1AsWindows(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset latin1AsWindows(Charset c) {
        String n = c.name();
        if (n.equals("ISO-8859-1") || n.equals("US-ASCII")) {
            return Charset.forName("windows-1252");
        }
        if (n.equals("ISO-8859-9")) {
            return Charset.forName("windows-1254");
        }
        return c;
    }

    static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
