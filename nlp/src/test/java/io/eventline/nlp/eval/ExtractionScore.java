package io.eventline.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventline.contracts.EventType;
import io.eventline.nlp.extract.DateBasis;
import io.eventline.nlp.extract.EventExtractor;
import io.eventline.nlp.extract.ExtractedEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores extraction on a labelled corpus. A predicted event matches a gold one when the type and the
 * resolved day agree (null == null for undated ones), or, for a prediction dated only by the anchor (basis ANCHOR: a
 * RANGE of the days up to publication), when the gold day lies inside that range; exact days are paired first, and
 * the number of range matches is printed so the leniency stays visible. Each gold and each prediction matches at
 * most once.
 * Prints per-type and overall precision / recall / F1, and the date accuracy of events matched by type alone.
 * Set -Deval.verbose=true to print every miss and false alarm.
 */
final class ExtractionScore {

    private static final class Counts {
        int tp;
        int fp;
        int fn;
        int typeMatched;
        int dateCorrect;

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private ExtractionScore() {
    }

    /** Runs the extractor over the corpus in {@code folder}, prints the table and returns the overall F1. */
    static double overallF1(String folder) {
        boolean verbose = Boolean.getBoolean("eval.verbose");
        EventExtractor extractor = EventExtractor.fromClasspath();
        Map<EventType, Counts> perType = new EnumMap<>(EventType.class);
        Counts total = new Counts();
        int[] anchorRangeMatches = new int[2]; // [on the anchor day, on a day before it]
        List<Corpus.Item> items = Corpus.load(folder);
        assertThat(items).as("labelled articles in " + folder + "/ (none: the set is missing)").isNotEmpty();
        for (Corpus.Item item : items) {
            List<ExtractedEvent> predicted = extractor.extract(item.article());
            String goldPublished = item.gold().path("publishedAt").isNull() ? null : item.gold().path("publishedAt").asText(null);
            if (verbose && !Objects.equals(String.valueOf(item.article().publishedDate()), String.valueOf(goldPublished))) {
                System.out.printf("PUBDATE %-30s parser=%s gold=%s%n", item.name(), item.article().publishedDate(), goldPublished);
            }
            List<JsonNode> gold = new ArrayList<>();
            item.gold().path("events").forEach(gold::add);
            boolean[] predUsed = new boolean[predicted.size()];
            boolean[] goldUsed = new boolean[gold.size()];
            // exact days first, so that a lenient anchor-range match never takes a gold event an exact one would
            match(gold, predicted, goldUsed, predUsed, null);
            match(gold, predicted, goldUsed, predUsed, anchorRangeMatches);
            // date accuracy: pair the leftovers by type alone
            boolean[] typePred = predUsed.clone();
            for (int g = 0; g < gold.size(); g++) {
                EventType type = EventType.valueOf(gold.get(g).path("type").asText());
                Counts c = perType.computeIfAbsent(type, t -> new Counts());
                if (goldUsed[g]) {
                    c.tp++;
                    c.typeMatched++;
                    c.dateCorrect++;
                    continue;
                }
                c.fn++;
                for (int p = 0; p < predicted.size(); p++) {
                    if (!typePred[p] && predicted.get(p).type() == type) {
                        typePred[p] = true;
                        c.typeMatched++;
                        break;
                    }
                }
                if (verbose) {
                    System.out.printf("MISS  %-32s %-24s %-10s %s%n", item.name(), type, day(gold.get(g)), gold.get(g).path("evidence").asText());
                }
            }
            for (int p = 0; p < predicted.size(); p++) {
                if (!predUsed[p]) {
                    ExtractedEvent e = predicted.get(p);
                    perType.computeIfAbsent(e.type(), t -> new Counts()).fp++;
                    if (verbose) {
                        System.out.printf("FALSE %-32s %-24s %-10s %s | %s%n", item.name(), e.type(),
                                e.dateBasis() == DateBasis.ANCHOR ? e.date() + ".." + e.dateEnd() : e.date(), e.title(), e.sentence());
                    }
                }
            }
        }
        System.out.println();
        System.out.printf("Extraction eval over %d articles of %s/%n", items.size(), folder);
        System.out.printf("%-24s %5s %5s %5s %7s %7s %7s %9s%n", "type", "TP", "FP", "FN", "P", "R", "F1", "date-acc");
        for (Map.Entry<EventType, Counts> e : perType.entrySet()) {
            Counts c = e.getValue();
            print(e.getKey().name(), c);
            total.tp += c.tp;
            total.fp += c.fp;
            total.fn += c.fn;
            total.typeMatched += c.typeMatched;
            total.dateCorrect += c.dateCorrect;
        }
        print("OVERALL", total);
        System.out.printf("ANCHOR-range matches: %d of %d true positives matched a gold day inside the RANGE of a"
                + " prediction dated only by the anchor (%d on the anchor day itself, %d on the days before it)%n",
                anchorRangeMatches[0] + anchorRangeMatches[1], total.tp, anchorRangeMatches[0], anchorRangeMatches[1]);
        return total.f1();
    }

    /**
     * Pairs unmatched gold and predicted events of the same type: on the same resolved day, or (when
     * {@code anchorRange} counts are given) with the gold day inside [date, dateEnd] of a prediction whose date rests
     * only on the anchor (an event reported without its day: the days up to publication), counting those pairs.
     */
    private static void match(List<JsonNode> gold, List<ExtractedEvent> predicted, boolean[] goldUsed, boolean[] predUsed,
                              int[] anchorRange) {
        for (int g = 0; g < gold.size(); g++) {
            if (goldUsed[g]) {
                continue;
            }
            EventType type = EventType.valueOf(gold.get(g).path("type").asText());
            LocalDate day = day(gold.get(g));
            for (int p = 0; p < predicted.size(); p++) {
                ExtractedEvent e = predicted.get(p);
                if (!predUsed[p] && e.type() == type
                        && (anchorRange == null ? Objects.equals(e.date(), day) : insideAnchorRange(e, day))) {
                    predUsed[p] = true;
                    goldUsed[g] = true;
                    if (anchorRange != null) {
                        anchorRange[day.equals(e.dateEnd()) ? 0 : 1]++;
                    }
                    break;
                }
            }
        }
    }

    private static boolean insideAnchorRange(ExtractedEvent e, LocalDate day) {
        return e.dateBasis() == DateBasis.ANCHOR && day != null && e.date() != null && e.dateEnd() != null
                && !day.isBefore(e.date()) && !day.isAfter(e.dateEnd());
    }

    private static void print(String name, Counts c) {
        System.out.printf("%-24s %5d %5d %5d %7.3f %7.3f %7.3f %9s%n", name, c.tp, c.fp, c.fn, c.precision(), c.recall(),
                c.f1(), c.typeMatched == 0 ? "-" : String.format("%.3f", (double) c.dateCorrect / c.typeMatched));
    }

    private static LocalDate day(JsonNode gold) {
        JsonNode d = gold.path("date");
        return d.isNull() || d.isMissingNode() || d.asText().isEmpty() ? null : LocalDate.parse(d.asText());
    }
}
