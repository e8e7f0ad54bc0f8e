package io.eventline.nlp.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses publication dates: machine values (ISO-8601, RFC 1123, from requests and HTML metadata) and the short
 * human date phrases of {@code article/date-formats.txt} ("November 17, 2015", "Tue 17 Nov 2015").
 * Results are ISO-8601 strings: a date, or a date-time with offset when the source had one.
 */
public final class PublicationDates {
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d{1,2})(st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPT = Pattern.compile("\\bSept\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\s,;:|()\\[\\]–—-]+|[\\s,;:|()\\[\\]–—-]+$");
    private static final Pattern OFFSET_NO_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");

    private static final List<DateTimeFormatter> PHRASE_FORMATS = Resources.lines("date-formats.txt").stream()
            .map(p -> new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p.strip())
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.SMART))
            .toList();

    private PublicationDates() {
    }

    /**
     * A machine-readable date as sent by clients or found in HTML metadata, normalised to ISO-8601.
     * Empty when the value is not a date in a known machine format.
     */
    public static Optional<String> parseMachine(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.length() > 10 && v.charAt(10) == ' ' && v.matches("\\d{4}-\\d{2}-\\d{2} .*")) {
            v = v.substring(0, 10) + 'T' + v.substring(11);
        }
        v = OFFSET_NO_COLON.matcher(v).replaceFirst("$1:$2");
        try {
            OffsetDateTime t = OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return plausible(t.getYear()).map(y -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t));
        } catch (DateTimeException ignored) {
            // try the next shape
        }
        try {
            ZonedDateTime z = ZonedDateTime.parse(v, DateTimeFormatter.ISO_ZONED_DATE_TIME);
            return plausible(z.getYear()).map(y -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(z.toOffsetDateTime()));
        } catch (DateTimeException ignored) {
            // try the next shape
        }
        try {
            LocalDateTime t = LocalDateTime.parse(v, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            return plausible(t.getYear()).map(y -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t));
        } catch (DateTimeException ignored) {
            // try the next shape
        }
        try {
            LocalDate d = LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE);
            return plausible(d.getYear()).map(y -> d.toString());
        } catch (DateTimeException ignored) {
            // try the next shape
        }
        try {
            ZonedDateTime z = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            return plausible(z.getYear()).map(y -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(z.toOffsetDateTime()));
        } catch (DateTimeException ignored) {
            return Optional.empty();
        }
    }

    /** A machine value, else a human date phrase (for lenient sources such as HTML metadata). */
    public static Optional<String> parseLenient(String value) {
        Optional<String> machine = parseMachine(value);
        if (machine.isPresent() || value == null) {
            return machine;
        }
        return parsePhrase(value).map(LocalDate::toString);
    }

    /** The whole string as one human date phrase ("November 17, 2015", "Tue 17 Nov 2015"). */
    public static Optional<LocalDate> parsePhrase(String phrase) {
        String p = EDGE_PUNCT.matcher(phrase).replaceAll("");
        p = ORDINAL.matcher(p).replaceAll("$1");
        p = SEPT.matcher(p).replaceAll("Sep");
        p = p.replaceAll("\\s+", " ");
        if (p.length() < 6 || p.length() > 40 || p.chars().noneMatch(Character::isDigit)) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : PHRASE_FORMATS) {
            try {
                LocalDate d = LocalDate.parse(p, f);
                if (d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR) {
                    return Optional.of(d);
                }
            } catch (DateTimeException ignored) {
                // next format
            }
        }
        return Optional.empty();
    }

    /** The leftmost date phrase inside a short line, trying word windows of 5 down to 1 words. */
    public static Optional<Found> findInLine(String line) {
        String[] words = line.strip().split("\\s+");
        for (int start = 0; start < words.length; start++) {
            for (int len = Math.min(5, words.length - start); len >= 1; len--) {
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, start, start + len));
                Optional<LocalDate> d = parsePhrase(phrase);
                if (d.isPresent()) {
                    return Optional.of(new Found(d.get(), words.length - len));
                }
            }
        }
        return Optional.empty();
    }

    /** A date found in a line, and how many words of the line are not part of it. */
    public record Found(LocalDate date, int otherWords) {
    }

    private static Optional<Integer> plausible(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR ? Optional.of(year) : Optional.empty();
    }
}
