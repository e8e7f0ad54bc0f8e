package io.eventline.timeline.service;

import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.ParsedArticle;
import io.eventline.nlp.extract.DateBasis;
import io.eventline.nlp.extract.ExtractedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test extractor that reads the mentions an article "reports" from script lines in its text, resolving relative
 * dates against the anchor exactly as the contract of the real extractor says. Lets merge, anchor inference and
 * re-extraction be tested end to end without depending on the extraction rules.
 *
 * <pre>@TYPE|date|status|place;place|actor;actor|evidence sentence</pre>
 * date: {@code 2015-11-13} (EXPLICIT day), {@code rel:-4} (RELATIVE, anchor minus 4 days), {@code relweek:+6}
 * (RELATIVE, the week containing anchor plus 6 days), {@code anchor} (ANCHOR basis: the RANGE of the two days before
 * the anchor up to it), {@code none}. Relative and
 * anchor dates become undated (NONE) when there is no anchor.
 */
@Alternative
@ApplicationScoped
public class ScriptedExtractor implements MentionExtractor {

    @Override
    public List<ExtractedEvent> extract(ParsedArticle article, LocalDate anchor) {
        LocalDate a = anchor != null ? anchor : article.publishedDate();
        List<ExtractedEvent> out = new ArrayList<>();
        String text = article.text();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("@")) {
                out.add(parse(line, offset, a));
            }
            offset += line.length() + 1;
        }
        return out;
    }

    private static ExtractedEvent parse(String line, int start, LocalDate anchor) {
        String[] f = line.substring(1).split("\\|", -1);
        EventType type = EventType.valueOf(f[0]);
        String spec = f[1];
        LocalDate date = null;
        LocalDate end = null;
        DatePrecision precision = DatePrecision.UNKNOWN;
        DateBasis basis = DateBasis.NONE;
        if (spec.matches("\\d{4}-\\d{2}-\\d{2}")) {
            date = LocalDate.parse(spec);
            precision = DatePrecision.DAY;
            basis = DateBasis.EXPLICIT;
        } else if (spec.startsWith("rel:") && anchor != null) {
            date = anchor.plusDays(Integer.parseInt(spec.substring(4).replace("+", "")));
            precision = DatePrecision.DAY;
            basis = DateBasis.RELATIVE;
        } else if (spec.startsWith("relweek:") && anchor != null) {
            LocalDate day = anchor.plusDays(Integer.parseInt(spec.substring(8).replace("+", "")));
            date = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            end = date.plusDays(6);
            precision = DatePrecision.WEEK;
            basis = DateBasis.RELATIVE;
        } else if (spec.equals("anchor") && anchor != null) {
            date = anchor.minusDays(2); // reported by the anchor day, day not stated
            end = anchor;
            precision = DatePrecision.RANGE;
            basis = DateBasis.ANCHOR;
        }
        String sentence = f[5];
        return new ExtractedEvent(type, type.defaultCameoCode(), f[0].toLowerCase() + ": " + sentence, date, end,
                precision, EventStatus.valueOf(f[2]), names(f[4]), names(f[3]), List.of(), 0.8, sentence,
                start, start + line.length(), spec.equals("none") ? null : spec, basis);
    }

    private static List<String> names(String field) {
        return field.isBlank() ? List.of() : Arrays.stream(field.split(";")).map(String::trim).toList();
    }
}
