package io.eventline.nlp.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a plain-text body into blocks at blank lines; lines inside a block stay separate for the cleaner. */
public final class TextArticleReader {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");

    private TextArticleReader() {
    }

    public static List<Block> read(String body) {
        String normalised = body.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n')
                .replace("\u2029", "\n\n").replace("\uFEFF", "");
        List<Block> blocks = new ArrayList<>();
        for (String chunk : BLANK_LINE.split(normalised)) {
            List<String> lines = Arrays.stream(chunk.split("\n"))
                    .map(TextArticleReader::cleanLine)
                    .filter(l -> !l.isEmpty())
                    .toList();
            if (!lines.isEmpty()) {
                blocks.add(Block.of(lines));
            }
        }
        return blocks;
    }

    /** Collapses runs of spaces, tabs and no-break spaces; keeps the characters otherwise. */
    public static String cleanLine(String line) {
        return line.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }
}
