package io.eventline.nlp.time;

import io.eventline.contracts.DatePrecision;
import io.eventline.nlp.extract.DateBasis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/** The normalisation functions date rules refer to by name; each turns a match into a date against a context. */
final class DateNormalizer {

    /** A resolved value before it becomes a {@link TimeExpression}. */
    record Value(LocalDate date, LocalDate dateEnd, DatePrecision precision, DateBasis basis) {
        static final Value UNRESOLVED = new Value(null, null, DatePrecision.UNKNOWN, DateBasis.NONE);

        static Value day(LocalDate d, DateBasis basis) {
            return new Value(d, null, DatePrecision.DAY, basis);
        }
    }

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("a couple of", 2), Map.entry("a few", 3), Map.entry("several", 3));

    private DateNormalizer() {
    }

    /**
     * @param reference a date given right after the expression ("a week after the attacks of 13 November"), or null
     */
    static Value normalize(String norm, Matcher m, DateContext ctx, Tense tense, LocalDate reference) {
        String fn = norm;
        int arg = 0;
        int colon = norm.indexOf(':');
        if (colon > 0) {
            fn = norm.substring(0, colon);
            arg = Integer.parseInt(norm.substring(colon + 1));
        }
        LocalDate anchor = ctx.anchor();
        return switch (fn) {
            case "absolute" -> withMod(m, absolute(group(m, "year"), month(m.group("month")), Integer.parseInt(m.group("day")), ctx, tense), anchor);
            case "numeric" -> numeric(m, anchor);
            case "iso" -> safeDay(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")), Integer.parseInt(m.group("day")), DateBasis.EXPLICIT);
            case "weekday" -> weekday(m, anchor, tense);
            case "offset" -> anchor == null ? Value.UNRESOLVED : Value.day(anchor.plusDays(arg), DateBasis.RELATIVE);
            case "week" -> anchor == null ? Value.UNRESOLVED : week(anchor.plusWeeks(arg));
            case "month" -> anchor == null ? Value.UNRESOLVED : month(anchor.plusMonths(arg), DateBasis.RELATIVE);
            case "year" -> year(m, anchor, arg, colon > 0);
            case "monthname" -> monthName(m, ctx, tense);
            case "ago" -> anchor == null ? Value.UNRESOLVED : shifted(anchor, -number(m.group("n")), m.group("unit"));
            case "later" -> later(m, ctx, reference);
            case "nextday" -> nextDay(m, ctx);
            case "sameday" -> ctx.paragraphDate() == null ? Value.UNRESOLVED : Value.day(ctx.paragraphDate(), DateBasis.RELATIVE);
            case "theday" -> reference != null ? Value.day(reference, DateBasis.RELATIVE)
                    : ctx.paragraphDate() != null ? Value.day(ctx.paragraphDate(), DateBasis.RELATIVE)
                    : anchor == null ? Value.UNRESOLVED : Value.day(anchor, DateBasis.RELATIVE);
            case "thatmonth" -> told(ctx) == null ? Value.UNRESOLVED : month(told(ctx).withDayOfMonth(1), DateBasis.RELATIVE);
            case "thatyear" -> told(ctx) == null ? Value.UNRESOLVED : yearOf(told(ctx).getYear());
            default -> throw new IllegalStateException("unknown date normalisation " + norm);
        };
    }

    /** The named group's text, null when the rule's pattern has no such group (checked without exceptions). */
    static String group(Matcher m, String name) {
        return hasGroup(m.pattern(), name) ? m.group(name) : null;
    }

    /** Which named groups each rule pattern declares, found once per pattern and name instead of on every match. */
    private static final java.util.concurrent.ConcurrentHashMap<java.util.regex.Pattern,
            java.util.concurrent.ConcurrentHashMap<String, Boolean>> GROUPS = new java.util.concurrent.ConcurrentHashMap<>();

    static boolean hasGroup(java.util.regex.Pattern p, String name) {
        java.util.concurrent.ConcurrentHashMap<String, Boolean> names = GROUPS.get(p);
        if (names == null) {
            names = GROUPS.computeIfAbsent(p, k -> new java.util.concurrent.ConcurrentHashMap<>());
        }
        Boolean has = names.get(name);
        if (has == null) {
            has = p.pattern().contains("(?<" + name + ">");
            names.put(name, has);
        }
        return has;
    }

    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return switch (n.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static Value absolute(String year, int month, int day, DateContext ctx, Tense tense) {
        if (year != null) {
            return safeDay(Integer.parseInt(year), month, day, DateBasis.EXPLICIT);
        }
        LocalDate anchor = ctx.anchor();
        if (anchor == null) {
            return ctx.yearHint() > 0 ? safeDay(ctx.yearHint(), month, day, DateBasis.EXPLICIT) : Value.UNRESOLVED;
        }
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate c = tryDate(y, month, day);
            if (c == null) {
                continue;
            }
            // Past-tense reports do not point into the future; planned events do not point into the past.
            if (tense == Tense.PAST && c.isAfter(anchor.plusDays(1))) {
                continue;
            }
            if (best == null || distance(c, anchor) < distance(best, anchor)) {
                best = c;
            }
        }
        return best == null ? Value.UNRESOLVED : Value.day(best, DateBasis.EXPLICIT);
    }

    private static Value withMod(Matcher m, Value v, LocalDate anchor) {
        String mod = group(m, "mod");
        if (mod == null || v.date() == null || anchor == null) {
            return v;
        }
        String lower = mod.toLowerCase(Locale.ROOT);
        if (lower.equals("since") && v.date().isBefore(anchor)) {
            return new Value(v.date(), anchor, DatePrecision.RANGE, v.basis());
        }
        if (lower.equals("until") && v.date().isAfter(anchor)) {
            return new Value(anchor, v.date(), DatePrecision.RANGE, v.basis());
        }
        return v;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static LocalDate tryDate(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > 31) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Value safeDay(int y, int m, int d, DateBasis basis) {
        LocalDate date = tryDate(y, m, d);
        return date == null ? Value.UNRESOLVED : Value.day(date, basis);
    }

    private static Value numeric(Matcher m, LocalDate anchor) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        int y = Integer.parseInt(m.group("year"));
        LocalDate dm = tryDate(y, b, a);
        LocalDate md = tryDate(y, a, b);
        if (dm == null || md == null || dm.equals(md)) {
            return dm != null ? Value.day(dm, DateBasis.EXPLICIT) : md != null ? Value.day(md, DateBasis.EXPLICIT) : Value.UNRESOLVED;
        }
        // Both readings valid: day-month is the world's majority, unless the month-day reading is nearer the anchor.
        if (anchor != null && distance(md, anchor) < distance(dm, anchor)) {
            return Value.day(md, DateBasis.EXPLICIT);
        }
        return Value.day(dm, DateBasis.EXPLICIT);
    }

    private static Value weekday(Matcher m, LocalDate anchor, Tense tense) {
        if (anchor == null) {
            return Value.UNRESOLVED;
        }
        DayOfWeek wd = dayOfWeek(m.group("weekday"));
        String mod = group(m, "mod");
        mod = mod == null ? "" : mod.toLowerCase(Locale.ROOT);
        LocalDate d;
        switch (mod) {
            case "last", "past" -> d = anchor.minusDays(1).with(TemporalAdjusters.previousOrSame(wd));
            case "next", "coming" -> d = anchor.plusDays(1).with(TemporalAdjusters.nextOrSame(wd));
            case "since", "from" -> {
                LocalDate from = anchor.with(TemporalAdjusters.previousOrSame(wd));
                return from.equals(anchor) ? Value.day(anchor, DateBasis.RELATIVE) : new Value(from, anchor, DatePrecision.RANGE, DateBasis.RELATIVE);
            }
            case "until" -> {
                LocalDate to = anchor.with(TemporalAdjusters.nextOrSame(wd));
                return to.equals(anchor) ? Value.day(anchor, DateBasis.RELATIVE) : new Value(anchor, to, DatePrecision.RANGE, DateBasis.RELATIVE);
            }
            default -> d = tense == Tense.FUTURE ? anchor.with(TemporalAdjusters.nextOrSame(wd)) : anchor.with(TemporalAdjusters.previousOrSame(wd));
        }
        return Value.day(d, DateBasis.RELATIVE);
    }

    static DayOfWeek dayOfWeek(String name) {
        return switch (name.toLowerCase(Locale.ROOT).substring(0, 3)) {
            case "mon" -> DayOfWeek.MONDAY;
            case "tue" -> DayOfWeek.TUESDAY;
            case "wed" -> DayOfWeek.WEDNESDAY;
            case "thu" -> DayOfWeek.THURSDAY;
            case "fri" -> DayOfWeek.FRIDAY;
            case "sat" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    private static Value week(LocalDate inWeek) {
        LocalDate monday = inWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Value(monday, monday.plusDays(6), DatePrecision.WEEK, DateBasis.RELATIVE);
    }

    private static Value month(LocalDate inMonth, DateBasis basis) {
        LocalDate first = inMonth.withDayOfMonth(1);
        return new Value(first, first.with(TemporalAdjusters.lastDayOfMonth()), DatePrecision.MONTH, basis);
    }

    private static Value year(Matcher m, LocalDate anchor, int offset, boolean relative) {
        if (relative) {
            if (anchor == null) {
                return Value.UNRESOLVED;
            }
            LocalDate first = LocalDate.of(anchor.getYear() + offset, 1, 1);
            return new Value(first, first.withDayOfYear(first.lengthOfYear()), DatePrecision.YEAR, DateBasis.RELATIVE);
        }
        LocalDate first = LocalDate.of(Integer.parseInt(m.group("year")), 1, 1);
        return new Value(first, first.withDayOfYear(first.lengthOfYear()), DatePrecision.YEAR, DateBasis.EXPLICIT);
    }

    private static Value monthName(Matcher m, DateContext ctx, Tense tense) {
        int month = month(m.group("month"));
        String year = group(m, "year");
        if (year != null) {
            return month(LocalDate.of(Integer.parseInt(year), month, 1), DateBasis.EXPLICIT);
        }
        LocalDate anchor = ctx.anchor();
        if (anchor == null) {
            return ctx.yearHint() > 0 ? month(LocalDate.of(ctx.yearHint(), month, 1), DateBasis.EXPLICIT) : Value.UNRESOLVED;
        }
        int y = anchor.getYear();
        if (tense == Tense.PAST && month > anchor.getMonthValue()) {
            y--;
        } else if (tense == Tense.FUTURE && month < anchor.getMonthValue()) {
            y++;
        }
        return month(LocalDate.of(y, month, 1), DateBasis.EXPLICIT);
    }

    private static int number(String n) {
        String lower = n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Integer v = NUMBERS.get(lower);
        return v != null ? v : Integer.parseInt(lower);
    }

    private static Value shifted(LocalDate from, int n, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("hour")) {
            return Value.day(from, DateBasis.RELATIVE); // "two hours later": the same day
        }
        if (u.startsWith("day")) {
            return Value.day(from.plusDays(n), DateBasis.RELATIVE);
        }
        if (u.startsWith("week")) {
            return Value.day(from.plusWeeks(n), DateBasis.RELATIVE);
        }
        if (u.startsWith("month")) {
            return month(from.plusMonths(n), DateBasis.RELATIVE);
        }
        LocalDate first = LocalDate.of(from.getYear() + n, 1, 1);
        return new Value(first, first.withDayOfYear(first.lengthOfYear()), DatePrecision.YEAR, DateBasis.RELATIVE);
    }

    private static Value later(Matcher m, DateContext ctx, LocalDate reference) {
        String dir = m.group("dir").toLowerCase(Locale.ROOT);
        boolean forward = dir.equals("later") || dir.equals("after");
        LocalDate from = reference;
        if (from == null) {
            from = ctx.narrativeDate() != null ? ctx.narrativeDate() : ctx.anchor();
        }
        if (from == null) {
            return Value.UNRESOLVED;
        }
        int n = number(m.group("n"));
        return shifted(from, forward ? n : -n, m.group("unit"));
    }

    /** "three days after <event>" in a sentence whose main clause is dated {@code main}: the event's date. */
    static Value relational(Matcher m, LocalDate main) {
        if (main == null) {
            return Value.UNRESOLVED;
        }
        String dir = (group(m, "dir") != null ? m.group("dir") : m.group("dir2")).toLowerCase(Locale.ROOT);
        String unit = group(m, "unit");
        int n;
        if (group(m, "n") == null) {
            n = 1; // "the day after <event>"
            unit = "day";
        } else if (unit.toLowerCase(Locale.ROOT).startsWith("hour")) {
            n = 0; // "hours after <event>": the same day
            unit = "day";
        } else {
            n = number(m.group("n"));
        }
        Value v = shifted(main, dir.equals("after") || dir.equals("following") ? -n : n, unit);
        return new Value(v.date(), v.dateEnd(), v.precision(), DateBasis.RELATIVE);
    }

    /** The date the narrative has reached ("later that month" refers back to it), never the anchor. */
    private static LocalDate told(DateContext ctx) {
        return ctx.narrativeDate() != null ? ctx.narrativeDate() : ctx.paragraphDate();
    }

    private static Value yearOf(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return new Value(first, first.withDayOfYear(first.lengthOfYear()), DatePrecision.YEAR, DateBasis.RELATIVE);
    }

    private static Value nextDay(Matcher m, DateContext ctx) {
        String dir = group(m, "dir");
        if (dir == null) {
            dir = group(m, "dir2");
        }
        String d = dir.toLowerCase(Locale.ROOT);
        int step = d.equals("next") || d.equals("following") || d.equals("after") ? 1 : -1;
        LocalDate from = ctx.paragraphDate() != null ? ctx.paragraphDate() : ctx.narrativeDate() != null ? ctx.narrativeDate() : ctx.anchor();
        return from == null ? Value.UNRESOLVED : Value.day(from.plusDays(step), DateBasis.RELATIVE);
    }
}
