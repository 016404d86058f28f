package dev.newsgraph.reading.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlCharsetTest {
    private static final String FRENCH = "<p>Le ministre a déclaré à la presse qu'il était « très préoccupé » "
            + "par la hausse des prix de l'énergie cet hiver, a rapporté l'agence.</p>";
    private static final String JAPANESE = "<p>東京都は五日、新しい防災計画を発表した。地震や台風に備え、避難所の数を増やす方針だ。"
            + "担当者は「住民の安全を最優先に考えた」と話している。</p>";

    @Test
    void windows1252DeclaredInMeta() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "</head><body>" + FRENCH + "<p>Prix: 20 \u20ac</p></body></html>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1252"));
        String decoded = HtmlCharset.decode(bytes, null);
        assertTrue(decoded.contains("déclaré à la presse qu'il était « très préoccupé »"), decoded);
        assertTrue(decoded.contains("20 \u20ac"), "iso-8859-1 is read as windows-1252, as browsers do");
    }

    @Test
    void shiftJisFromMetaAndFromDetection() {
        String withMeta = "<html><head><meta charset=\"Shift_JIS\"></head><body>" + JAPANESE + "</body></html>";
        assertTrue(HtmlCharset.decode(withMeta.getBytes(Charset.forName("Shift_JIS")), null).contains("新しい防災計画"));
        String bare = "<html><head></head><body>" + JAPANESE + JAPANESE + "</body></html>";
        byte[] sjis = bare.getBytes(Charset.forName("Shift_JIS"));
        assertEquals("SHIFT_JIS", HtmlCharset.charset(sjis, null).name().toUpperCase());
        assertTrue(HtmlCharset.decode(sjis, null).contains("住民の安全を最優先に考えた"));
    }

    @Test
    void httpHeaderWinsOverMissingMeta() {
        String html = "<html><body>" + FRENCH + "</body></html>";
        byte[] latin = html.getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(HtmlCharset.decode(latin, "text/html; charset=ISO-8859-1").contains("très préoccupé"));
    }

    @Test
    void utf8BomAndUtf8WithWrongLabel() {
        byte[] body = ("<html><head><meta charset=\"windows-1252\"></head><body>" + FRENCH + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        String withBom = HtmlCharset.decode(bom, null);
        assertTrue(withBom.startsWith("<html>"));
        assertTrue(withBom.contains("très préoccupé"));
        assertTrue(HtmlCharset.decode(body, null).contains("très préoccupé"),
                "valid UTF-8 is UTF-8 even when the meta tag says otherwise (no mojibake)");
    }

    @Test
    void latinWithoutAnyLabelIsDetected() {
        String html = "<html><body>" + FRENCH + FRENCH + "</body></html>";
        String decoded = HtmlCharset.decode(html.getBytes(Charset.forName("windows-1252")), null);
        assertTrue(decoded.contains("déclaré à la presse"), decoded);
    }
}
