package dev.newsgraph.reading;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Stable article ids: {@code sha256:} of the NFC-normalised, whitespace-collapsed title and text. */
public final class ArticleIds {
    private ArticleIds() {
    }

    public static String of(String title, String text) {
        String norm = Normalizer.normalize((title == null ? "" : title) + "\n" + (text == null ? "" : text),
                Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
