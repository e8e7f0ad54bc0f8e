package io.eventline.nlp.extract;

import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventType;
import io.eventline.contracts.ParsedArticle;
import io.eventline.contracts.Quantity;
import io.eventline.contracts.TextSpan;
import io.eventline.nlp.lexicon.Entity;
import io.eventline.nlp.lexicon.Gazetteer;
import io.eventline.nlp.lexicon.Token;
import io.eventline.nlp.lexicon.Tokenizer;
import io.eventline.nlp.lexicon.WordSet;
import io.eventline.nlp.time.DateContext;
import io.eventline.nlp.time.DateResolver;
import io.eventline.nlp.time.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the real-world events an article reports, dated from its own text against an anchor date.
 * Rules are data (see {@code rules/*.rules} and {@code gazetteer/*}); this class wires the passes:
 * tokens -> per sentence: time expressions, gazetteer, people, triggers -> mentions -> merged events.
 * Thread-safe and immutable after construction; the rule files are loaded once.
 */
public final class EventExtractor {

    private final DateResolver dates;
    private final Gazetteer gazetteer;
    private final PersonFinder people;
    private final MentionFinder mentions;
    private final MentionMerger merger;
    private final TitleMaker titles;

    private EventExtractor(DateResolver dates, Gazetteer gazetteer, TriggerLexicon triggers, CueLexicon cues,
                           QuantityFinder quantities) {
        this.dates = dates;
        this.gazetteer = gazetteer;
        this.people = new PersonFinder();
        this.mentions = new MentionFinder(triggers, cues, quantities, gazetteer);
        this.merger = new MentionMerger(gazetteer);
        this.titles = new TitleMaker(gazetteer);
    }

    /** The extractor with the default rule set under {@code rules/} and {@code gazetteer/} on the classpath. */
    public static EventExtractor fromClasspath() {
        return Holder.DEFAULT;
    }

    private static final class Holder {
        static final EventExtractor DEFAULT = new EventExtractor(DateResolver.fromClasspath(), Gazetteer.fromClasspath(),
                TriggerLexicon.load(), CueLexicon.load(), QuantityFinder.load());
    }

    /** Extracts with the article's publication date as anchor (may be null). */
    public List<ExtractedEvent> extract(ParsedArticle article) {
        return extract(article, publishedDate(article));
    }

    /**
     * {@link ParsedArticle#publishedDate()} without the formatter machinery of {@code LocalDate.parse} for the usual
     * "yyyy-mm-dd..." value; anything else (or an impossible date) goes through {@code publishedDate()} itself, so
     * the result and any exception are the same.
     */
    static LocalDate publishedDate(ParsedArticle article) {
        String p = article.publishedAt();
        if (p != null && p.length() >= 10 && p.charAt(4) == '-' && p.charAt(7) == '-' && digits(p, 0, 4)
                && digits(p, 5, 7) && digits(p, 8, 10)) {
            int y = (p.charAt(0) - '0') * 1000 + (p.charAt(1) - '0') * 100 + (p.charAt(2) - '0') * 10 + (p.charAt(3) - '0');
            int m = (p.charAt(5) - '0') * 10 + (p.charAt(6) - '0');
            int d = (p.charAt(8) - '0') * 10 + (p.charAt(9) - '0');
            if (m >= 1 && m <= 12 && d >= 1 && d <= 28) {
                return LocalDate.of(y, m, d); // valid in every month of every year
            }
            if (m >= 1 && m <= 12 && d <= java.time.YearMonth.of(y, m).lengthOfMonth() && d >= 1) {
                return LocalDate.of(y, m, d);
            }
        }
        return article.publishedDate();
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Extracts with an explicit anchor, e.g. one inferred for an undated article by the merge step. */
    public List<ExtractedEvent> extract(ParsedArticle article, LocalDate anchor) {
        String text = article.text() == null ? "" : article.text();
        if (text.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        List<TextSpan> sentences = article.sentences() == null || article.sentences().isEmpty()
                ? SentenceSplitter.split(text) : article.sentences();
        List<TextSpan> paragraphs = article.paragraphs() == null ? List.of() : article.paragraphs();
        int yearHint = anchor == null ? yearHint(tokens) : 0;

        boolean refutes = refutes(tokens);
        List<Mention> found = new ArrayList<>();
        KnownPeople knownPeople = new KnownPeople();
        LocalDate narrative = null;
        LocalDate paragraphDate = null;
        TimeExpression paragraphTime = null;
        DayReferences told = new DayReferences();
        String previousCountry = null;
        int currentParagraph = -1;
        int tok = 0;
        for (int si = 0; si < sentences.size(); si++) {
            TextSpan span = sentences.get(si);
            while (tok < tokens.size() && tokens.get(tok).start() < span.start()) {
                tok++;
            }
            int from = tok;
            int to = from;
            while (to < tokens.size() && tokens.get(to).end() <= span.end()) {
                to++;
            }
            tok = to;
            if (to == from) {
                continue;
            }
            int paragraph = paragraphOf(paragraphs, text, span.start(), currentParagraph);
            if (paragraph != currentParagraph) {
                currentParagraph = paragraph;
                paragraphDate = null;
                paragraphTime = null;
            }
            DateContext ctx = new DateContext(anchor, yearHint, narrative, paragraphDate);
            List<TimeExpression> times = told.resolveSameDay(tokens, from, to,
                    dates.find(text, tokens.subList(from, to), span.start(), span.end(), ctx));
            List<TriggerMatch> triggers = mentions.triggers(tokens, from, to);
            List<Entity> entities = gazetteer.find(text, tokens, from, to);
            List<PersonFinder.Person> persons = people.find(text, tokens, from, to, entities, knownPeople);
            if (!triggers.isEmpty()) {
                MentionFinder.Sentence s = new MentionFinder.Sentence(text, tokens, from, to, span.start(), span.end(),
                        si, paragraph, times, entities, persons, anchor,
                        paragraphTime != null ? paragraphTime : told.continuedDay(times, anchor), headline(text, span), refutes,
                        previousCountry);
                List<Mention> inSentence = mentions.mentions(s, triggers);
                found.addAll(inSentence);
                previousCountry = lastCountryActing(inSentence, previousCountry);
            }
            told.read(tokens, from, to, times, anchor);
            for (TimeExpression t : times) {
                // "..., the head of Central Command said Friday": the day of the report does not move the narrative
                if (t.resolved() && t.precision() == DatePrecision.DAY && (anchor == null || !t.date().isAfter(anchor))
                        && !MentionFinder.afterReportingVerb(tokens, from, t)) {
                    narrative = t.date();
                    paragraphDate = t.date();
                    paragraphTime = t;
                }
            }
        }
        List<ExtractedEvent> out = new ArrayList<>();
        for (List<Mention> cluster : merger.merge(found)) {
            ExtractedEvent e = toEvent(cluster);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** The country acting in the last of these mentions that has one; {@code previous} when none does. */
    private String lastCountryActing(List<Mention> mentions, String previous) {
        String country = previous;
        for (Mention m : mentions) {
            for (String state : m.states) {
                if (state.equals(gazetteer.countryOf(state))) {
                    country = state;
                    break;
                }
            }
        }
        return country;
    }

    private ExtractedEvent toEvent(List<Mention> cluster) {
        Mention best = cluster.get(0);
        boolean allWeak = true;
        boolean counted = false;
        boolean allHeadline = true;
        boolean allBackref = true;
        for (Mention m : cluster) {
            allWeak &= m.weak;
            counted |= !m.quantities.isEmpty();
            allHeadline &= m.headline;
            allBackref &= m.backrefCue;
        }
        // an undated article may only refer to its main attack ("following the attacks in Paris"): keep that one
        boolean undated = best.date == null && best.time == null && best.type == io.eventline.contracts.EventType.ATTACK;
        if (allHeadline || allWeak && !undated && (!counted || allBackref)) {
            return null; // a back-reference to an event this article never tells: no second, publication-dated copy
        }
        Set<String> actors = new LinkedHashSet<>();
        Set<String> states = new LinkedHashSet<>();
        Set<String> locations = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        List<Quantity> quantities = new ArrayList<>();
        String object = null;
        String beneficiary = null;
        for (Mention m : cluster) {
            actors.addAll(m.actors);
            states.addAll(m.states);
            locations.addAll(m.locations);
            countries.addAll(m.countries);
            for (Quantity q : m.quantities) {
                addQuantity(quantities, q);
            }
            if (object == null || (m.object != null && m.object.contains("Article") && !object.contains("Article"))) {
                object = m.object != null ? m.object : object;
            }
            if (beneficiary == null) {
                beneficiary = m.beneficiary;
            }
        }
        // a place that is only the acting state is not where it happened
        String state = best.nearestState != null ? best.nearestState : states.isEmpty() ? null : states.iterator().next();
        double confidence = best.weight
                * (best.weak ? 0.5 : 1.0)
                * (best.quoted ? 0.85 : 1.0)
                * switch (best.basis) {
                    case EXPLICIT -> 1.0;
                    case RELATIVE -> best.inherited ? 0.85 : 0.95;
                    case ANCHOR -> 0.8;
                    case NONE -> 0.7;
                };
        confidence = Math.min(0.99, confidence + 0.04 * (cluster.size() - 1));
        List<String> locationList = new ArrayList<>(locations);
        String sentence = best.sentence();
        String title = titles.title(best.type, best.status, state, actors, locationList, countries, quantities, object, beneficiary,
                sentence);
        return new ExtractedEvent(best.type, best.cameo, title, best.date, best.dateEnd,
                best.date == null ? DatePrecision.UNKNOWN : best.precision, best.status, List.copyOf(actors),
                List.copyOf(locationList), List.copyOf(quantities), Math.round(confidence * 100) / 100.0, sentence,
                best.sentenceStart, best.sentenceEnd, best.time == null ? null : best.time.text(),
                best.date == null ? DateBasis.NONE : best.basis);
    }

    /**
     * Headlines, kickers and captions repeat the story's events without their dates ("Nice attack: Truck driver
     * kills 84"): a line without final punctuation only supports events told in the body.
     */
    private static boolean headline(String text, TextSpan span) {
        int end = span.end();
        while (end > span.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == span.start()) {
            return true;
        }
        char last = text.charAt(end - 1);
        if (last == '"' || last == '\u201d' || last == '\'' || last == '\u2019') {
            return false;
        }
        return ".!?".indexOf(last) < 0;
    }

    /** Same unit twice: keep the larger count ("at least 129" then "132"). */
    private static void addQuantity(List<Quantity> list, Quantity q) {
        for (int i = 0; i < list.size(); i++) {
            Quantity have = list.get(i);
            if (have.unit().equals(q.unit())) {
                if (q.value() > have.value()) {
                    list.set(i, q);
                }
                return;
            }
        }
        list.add(q);
    }

    private static int paragraphOf(List<TextSpan> paragraphs, String text, int offset, int current) {
        if (!paragraphs.isEmpty()) {
            for (int p = Math.max(0, current); p < paragraphs.size(); p++) {
                TextSpan span = paragraphs.get(p);
                if (offset >= span.start() && offset < span.end()) {
                    return p;
                }
            }
            return Math.max(0, current);
        }
        // without spans: a blank line (or any line break) before the sentence starts a new paragraph
        int p = Math.max(0, current);
        int back = offset - 1;
        while (back >= 0 && (text.charAt(back) == ' ' || text.charAt(back) == '\t')) {
            back--;
        }
        return back >= 0 && text.charAt(back) == '\n' ? p + 1 : p;
    }

    /** Fact-checks: words that refute what a "claim" or "posts" sentence of the same article reports. */
    private static final WordSet REFUTING = WordSet.of("false", "fake", "hoax", "debunked", "misleading", "fabricated",
            "untrue", "baseless", "unfounded", "fact-check", "doctored", "misattributed", "wrongly", "falsely");

    private static boolean refutes(List<Token> tokens) {
        for (Token t : tokens) {
            if (REFUTING.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** For undated articles: the latest year written in the text completes month-day dates. */
    private static int yearHint(List<Token> tokens) {
        int best = 0;
        for (Token t : tokens) {
            String w = t.lower();
            if (w.length() == 4 && t.isNumber() && (w.startsWith("19") || w.startsWith("20"))
                    && w.chars().allMatch(Character::isDigit)) {
                best = Math.max(best, Integer.parseInt(w));
            }
        }
        return best;
    }
}
