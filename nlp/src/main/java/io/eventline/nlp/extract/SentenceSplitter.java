package io.eventline.nlp.extract;

import io.eventline.contracts.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Fallback sentence spans for a ParsedArticle that arrives without them (the article parser normally provides
 * OpenNLP sentences): split at . ! ? followed by whitespace and an upper-case letter or quote, and at line breaks.
 */
final class SentenceSplitter {

    private SentenceSplitter() {
    }

    static List<TextSpan> split(String text) {
        List<TextSpan> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean boundary = false;
            int end = i + 1;
            if (c == '\n') {
                boundary = true;
                end = i;
            } else if ((c == '.' || c == '!' || c == '?') && i + 2 < n && Character.isWhitespace(text.charAt(i + 1))) {
                char next = text.charAt(i + 2);
                boolean abbrev = i >= 2 && Character.isUpperCase(text.charAt(i - 1)) && !Character.isLetter(text.charAt(i - 2));
                boundary = !abbrev && (Character.isUpperCase(next) || next == '"' || next == '\u201c');
            }
            if (boundary) {
                addTrimmed(out, text, start, end);
                start = i + 1;
            }
        }
        addTrimmed(out, text, start, n);
        return out;
    }

    private static void addTrimmed(List<TextSpan> out, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new TextSpan(from, to));
        }
    }
}
