package io.eventline.nlp.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stable article ids: the same cleaned body, however it was formatted or quoted, always gets the same id. */
public final class ArticleIds {
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[‘’‚‛′`´]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[“”„‟″«»]");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―−]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private ArticleIds() {
    }

    /** "art_" + the first 16 bytes (hex) of SHA-256 over {@link #normalise(String)}. */
    public static String of(String cleanedText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalise(cleanedText).getBytes(StandardCharsets.UTF_8));
            return "art_" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** NFKC, lower case, one kind of quote and dash, single spaces: formatting differences vanish. */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = SINGLE_QUOTES.matcher(s).replaceAll("'");
        s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
        s = DASHES.matcher(s).replaceAll("-");
        s = SPACES.matcher(s).replaceAll(" ");
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
