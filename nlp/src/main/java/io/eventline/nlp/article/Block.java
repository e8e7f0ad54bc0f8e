package io.eventline.nlp.article;

import java.util.List;

/**
 * A run of lines that belong together in the source: a text paragraph between blank lines or an HTML block element
 * (lines inside come from hard wraps or {@code <br>}).
 *
 * @param heading true for HTML h1-h6, which never merge with the next line
 */
public record Block(List<String> lines, boolean heading) {
    public static Block of(List<String> lines) {
        return new Block(lines, false);
    }
}
