package io.eventline.nlp.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata that a plain-text article only carries in its words: a date line near the top, a wire dateline
 * ("SAINT-DENIS, France, Nov 18 (Reuters) -"), the site name in navigation ("Skip to more DW sites") and agency
 * credit lines ("blc/jil (AFP, AP, Reuters, dpa)").
 */
public final class TextClues {
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{Lu}\\p{L} .'’-]{1,40}(?:,\\s*[\\p{L} .'’-]{2,40}){0,2},?\\s+"
                    + "((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?"
                    + "(?:,?\\s+(\\d{4}))?)\\s*\\(([^)]{2,40})\\)\\s*[-–—]");
    private static final Pattern AGENCY_ONLY_DATELINE = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,\\s*[\\p{L} .'’-]{2,40}){0,2}\\s*\\(([A-Za-z]{2,12})\\)\\s*[-–—]");
    private static final Pattern SITE_IN_NAV = Pattern.compile("(?i)skip to more (\\S.{0,30}?) (sites|websites)");
    private static final Pattern AGENCY_CREDIT = Pattern.compile("\\(((?:AFP|AP|Reuters|dpa|KNA|epd|EFE|ANSA|Interfax|TASS|"
            + "Xinhua|AAP|Kyodo|Yonhap|Anadolu|UPI)(?:\\s*,\\s*[A-Za-z]{2,12})*)\\)\\s*$");
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
    private static final Pattern URL_YEAR = Pattern.compile("/(19[5-9]\\d|20\\d\\d)(?:/|-|$)");
    private static final DateTimeFormatter MONTH_DAY = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM d").parseDefaulting(ChronoField.YEAR, 2000).toFormatter(Locale.ENGLISH);

    private TextClues() {
    }

    /** The date of a short date line among the first lines ("November 17, 2015", "Published: 3 December 2015"). */
    public static Optional<LocalDate> dateLine(List<Block> blocks) {
        int seen = 0;
        for (Block b : blocks) {
            for (String line : b.lines()) {
                if (seen++ >= BoilerplateFilter.TOP_LINES) {
                    return Optional.empty();
                }
                if (BoilerplateFilter.isDateLine(line)) {
                    return PublicationDates.findInLine(line).map(PublicationDates.Found::date);
                }
            }
        }
        return Optional.empty();
    }

    /** A wire dateline at the start of one of the first paragraphs; a missing year comes from {@code yearHint}. */
    public static Optional<LocalDate> dateline(List<String> paragraphs, Integer yearHint) {
        for (String p : paragraphs.subList(0, Math.min(3, paragraphs.size()))) {
            Matcher m = DATELINE.matcher(p);
            if (!m.find()) {
                continue;
            }
            if (m.group(2) != null) {
                return PublicationDates.parsePhrase(m.group(1));
            }
            if (yearHint == null) {
                return Optional.empty();
            }
            try {
                String monthDay = m.group(1).replaceAll("(?i)(\\d)(st|nd|rd|th)", "$1").replace(".", "")
                        .replaceAll("(?i)^(\\p{L}{3})\\p{L}*", "$1");
                LocalDate d = LocalDate.parse(monthDay, MONTH_DAY);
                return Optional.of(d.withYear(yearHint));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The agency of a wire dateline ("Reuters"), if any. */
    public static Optional<String> datelineAgency(List<String> paragraphs) {
        for (String p : paragraphs.subList(0, Math.min(3, paragraphs.size()))) {
            Matcher m = DATELINE.matcher(p);
            if (m.find()) {
                return Optional.of(m.group(3).strip());
            }
            Matcher a = AGENCY_ONLY_DATELINE.matcher(p);
            if (a.find()) {
                return Optional.of(a.group(1));
            }
        }
        return Optional.empty();
    }

    /** The year to complete a year-less dateline: a year in the URL path, else the only year the text mentions. */
    public static Integer yearHint(String url, String text) {
        if (url != null) {
            Matcher m = URL_YEAR.matcher(url);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        Set<Integer> years = new TreeSet<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }
        return years.size() == 1 ? years.iterator().next() : null;
    }

    /** The site named by navigation lines, e.g. "DW" from "Skip to more DW sites". */
    public static Optional<String> siteFromNavigation(List<Block> blocks) {
        return blocks.stream().flatMap(b -> b.lines().stream()).limit(BoilerplateFilter.TOP_LINES)
                .map(SITE_IN_NAV::matcher).filter(Matcher::find).map(m -> m.group(1).strip()).findFirst();
    }

    /** Agencies credited at the end ("AFP, AP, Reuters, dpa"): a weak source hint. */
    public static Optional<String> agencyCredit(List<Block> blocks) {
        List<String> lines = blocks.stream().flatMap(b -> b.lines().stream()).toList();
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 6); i--) {
            Matcher m = AGENCY_CREDIT.matcher(lines.get(i));
            if (m.find() && lines.get(i).length() < 60) {
                return Optional.of(m.group(1).replaceAll("\\s*,\\s*", ", "));
            }
        }
        return Optional.empty();
    }
}
