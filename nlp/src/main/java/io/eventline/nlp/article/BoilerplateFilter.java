package io.eventline.nlp.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Removes page furniture from blocks, line by line, and joins what is left into paragraphs.
 * Rules that only make sense at the top of an article (section labels, the date line) look at the first few lines.
 */
public final class BoilerplateFilter {
    /** Lines counted as "the top": where section labels and the publication date line sit. */
    public static final int TOP_LINES = 12;
    private static final int CAPTION_MAX_WORDS = 25;
    private static final int DATE_LINE_MAX_OTHER_WORDS = 8;
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?…:;\"”’)\\]]$");
    private static final Pattern STARTS_LOWER = Pattern.compile("^[\\p{Ll}]");

    private final BoilerplateRules rules;

    public BoilerplateFilter(BoilerplateRules rules) {
        this.rules = rules;
    }

    /**
     * A cleaned paragraph.
     *
     * @param alone the source block had this single line: how headlines stand in pasted pages, unlike the site
     *              name or tagline sharing a block with navigation
     */
    public record Paragraph(String text, boolean alone) {
    }

    /** Paragraph texts, in order, without boilerplate. */
    public List<String> paragraphs(List<Block> blocks) {
        return cleaned(blocks).stream().map(Paragraph::text).toList();
    }

    /** Paragraphs, in order, without boilerplate. */
    public List<Paragraph> cleaned(List<Block> blocks) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int lineNo = 0;
        for (Block block : blocks) {
            List<String> kept = new ArrayList<>();
            List<String> lines = block.lines();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean top = lineNo++ < TOP_LINES;
                Optional<BoilerplateRules.Rule> rule = rules.match(line);
                if (rule.isPresent()) {
                    if (rule.get().isCredit() && i > 0 && !kept.isEmpty() && kept.get(kept.size() - 1).equals(lines.get(i - 1))
                            && looksLikeCaption(lines.get(i - 1))) {
                        kept.remove(kept.size() - 1); // the caption of the credited picture
                    }
                    continue;
                }
                if (top && (rules.isSectionLabel(line) || isDateLine(line))) {
                    continue;
                }
                kept.add(line);
            }
            boolean alone = lines.size() == 1;
            for (String p : join(kept, block.heading())) {
                paragraphs.add(new Paragraph(p, alone));
            }
        }
        return paragraphs;
    }

    public static boolean isDateLine(String line) {
        if (line.contains(" | ")) {
            // "Updated: Apr 11, 2025, 08:05 IST | Written by Legal Affairs Desk": one segment is the date line
            for (String segment : line.split(" \\| ")) {
                if (!segment.isBlank() && isDateLineSegment(segment.strip())) {
                    return true;
                }
            }
        }
        return isDateLineSegment(line);
    }

    private static boolean isDateLineSegment(String line) {
        return line.split("\\s+").length <= 14 && PublicationDates.findInLine(line)
                .filter(f -> f.otherWords() <= DATE_LINE_MAX_OTHER_WORDS && !ENDS_SENTENCE.matcher(line).find()
                        || f.otherWords() <= 1)
                .isPresent();
    }

    private static boolean looksLikeCaption(String line) {
        return !ENDS_SENTENCE.matcher(line).find() && line.split("\\s+").length <= CAPTION_MAX_WORDS;
    }

    /**
     * Lines of a hard-wrapped paragraph are joined; otherwise every line is its own paragraph (lists, headlines
     * followed by a standfirst, br-separated paragraphs). A line starting in lower case always continues the previous.
     */
    private static List<String> join(List<String> lines, boolean heading) {
        if (lines.isEmpty()) {
            return List.of();
        }
        if (heading) {
            return List.of(String.join(" ", lines));
        }
        boolean hardWrapped = isHardWrapped(lines);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            boolean continues = current.length() > 0
                    && (hardWrapped || STARTS_LOWER.matcher(line).find() && !ENDS_SENTENCE.matcher(current).find());
            if (!continues && current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line);
        }
        out.add(current.toString());
        return out;
    }

    /** Most lines but the last are long and stop mid-sentence: a text wrapped at a fixed width. */
    private static boolean isHardWrapped(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        int open = 0;
        int longLines = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            String l = lines.get(i);
            if (!ENDS_SENTENCE.matcher(l).find()) {
                open++;
            }
            if (l.length() >= 40) {
                longLines++;
            }
        }
        int n = lines.size() - 1;
        return open * 2 >= n && longLines * 10 >= n * 8;
    }
}
