package io.eventline.nlp.extract;

import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.Quantity;
import io.eventline.nlp.lexicon.Entity;
import io.eventline.nlp.lexicon.Gazetteer;
import io.eventline.nlp.lexicon.Token;
import io.eventline.nlp.time.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the triggers of one sentence into mentions: drops negated, hypothetical, refuted and generic ones, decides
 * status, attaches the time expression of the trigger's clause, and collects actors, places and counts from the
 * part of the sentence that belongs to the trigger (between the neighbouring triggers).
 */
final class MentionFinder {

    /** Prepositions after which a country or city is where something happened rather than who did it. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "across", "inside", "outside", "throughout",
            "around", "into", "over", "on", "outskirts", "north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "against", "within", "of");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those", "its",
            "their", "his", "her", "our", "'s", "latest", "new", "recent", "last", "another", "first", "second", "third",
            "fresh", "further", "earlier", "twin", "multiple", "several", "series", "wave");
    private static final Set<String> DEFINITE = Set.of("the", "these", "those", "this", "that", "'s");
    private static final Set<String> CLAUSE_WORDS = Set.of("which", "while", "whereas", "but", "although", "though", "who");
    /** A time expression after one of these dates the report ("..., the ministry said on Tuesday"), not the event. */
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "announced", "added", "stated",
            "reported", "confirmed", "according", "tweeted", "wrote", "explained", "insisted", "noted");
    private static final Set<String> FORCES = Set.of("police", "forces", "troops", "jets", "warplanes", "military",
            "army", "government", "authorities", "officials", "navy", "aircraft", "soldiers", "prosecutors", "president",
            "minister", "air", "security", "special", "defence", "defense", "gendarmes", "drones", "officers", "commandos",
            "agents", "detectives", "investigators", "swat", "marines");

    /** Nouns that stand for the country the article is about when they open a sentence: "The country ...". */
    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation");
    /** Words that make an organisation right before or after them part of a treaty's name. */
    private static final Set<String> TREATY_NOUNS = Set.of("treaty", "treaties", "charter", "convention");

    /**
     * An occurred event with no time expression of its own is dated by the anchor as the RANGE of this many days
     * before it up to the anchor day: reported by then, the day not stated.
     */
    static final int ANCHOR_DAYS_BEFORE = 2;

    /** Events that are made by saying so: a pledge, a claim of responsibility. */
    private static final Set<EventType> SAID_EVENTS = java.util.EnumSet.of(EventType.PLEDGE_OF_SUPPORT,
            EventType.CLAIM_OF_RESPONSIBILITY);

    /** Before a deployment verb, what makes the report its announcement: "it was sending", "it would send". */
    private static final Set<String> ANNOUNCING = Set.of("was", "is", "were", "are", "would", "will");

    private final TriggerLexicon triggers;
    private final CueLexicon cues;
    private final QuantityFinder quantities;
    private final Gazetteer gazetteer;

    MentionFinder(TriggerLexicon triggers, CueLexicon cues, QuantityFinder quantities, Gazetteer gazetteer) {
        this.triggers = triggers;
        this.cues = cues;
        this.quantities = quantities;
        this.gazetteer = gazetteer;
    }

    /** What the sentence shares with its mentions. */
    record Sentence(String text, List<Token> tokens, int from, int to, int start, int end, int index, int paragraph,
                    List<TimeExpression> times, List<Entity> entities, List<PersonFinder.Person> people,
                    LocalDate anchor, TimeExpression inherited, boolean headline, boolean articleRefutes,
                    String previousCountry) {
    }

    List<TriggerMatch> triggers(List<Token> tokens, int from, int to) {
        return triggers.find(tokens, from, to);
    }

    List<Mention> mentions(Sentence s, List<TriggerMatch> found) {
        List<Mention> out = new ArrayList<>(found.size());
        List<Token> tokens = s.tokens();
        int subjectEnd = found.get(0).from();
        List<TimeExpression> leftovers = new ArrayList<>(0);
        TimeExpression[] own = assignTimes(s, found, leftovers);
        TimeExpression intro = intro(s);
        if (tokens.get(s.to() - 1).is("?")) {
            return out; // questions report nothing
        }
        boolean negatedPrevious = false;
        CueLexicon.Hits hits = cues.scan(tokens, s.from(), s.to());
        boolean[] backref = new boolean[found.size()];
        for (int k = 0; k < found.size(); k++) {
            TriggerMatch m = found.get(k);
            backref[k] = m.rule().noun() && cues.has(Cue.BACKREF, hits, tokens, s.from(), s.to(), m.from(), m.to(),
                    k == 0 ? s.from() : found.get(k - 1).to(), m.rule().type());
        }
        for (int k = 0; k < found.size(); k++) {
            TriggerMatch m = found.get(k);
            int regionFrom = k == 0 ? s.from() : clauseStart(tokens, found.get(k - 1).to(), m.from());
            int regionTo = k == found.size() - 1 ? s.to() : found.get(k + 1).from();
            int stopAt = k == 0 ? s.from() : found.get(k - 1).to();
            boolean coordinatedWithNegated = k > 0 && negatedPrevious && coordinated(tokens, found.get(k - 1).to(), m.from());
            negatedPrevious = false;
            if (coordinatedWithNegated) {
                negatedPrevious = true;
                continue; // "has not invoked Article 5 or carried out any strikes"
            }
            if (cues.has(Cue.NEGATION, hits, tokens, s.from(), s.to(), m.from(), m.to(), stopAt, m.rule().type())
                    || negatedInside(tokens, m) || modalInside(tokens, m)) {
                negatedPrevious = true;
                continue;
            }
            if (false
                    || cues.has(Cue.HYPOTHETICAL, hits, tokens, s.from(), s.to(), m.from(), m.to(), k == 0 ? s.from() : found.get(k - 1).from(), m.rule().type())
                    || (cues.has(Cue.RUMOUR, hits, tokens, s.from(), s.to(), m.from(), m.to(), s.from(), m.rule().type())
                    && (s.articleRefutes() || cues.has(Cue.REFUTATION, hits, tokens, s.from(), s.to(), m.from(), m.to(), s.from(), m.rule().type())))) {
                continue;
            }
            Mention x = new Mention();
            x.type = m.rule().type();
            x.cameo = cameo(m.rule(), tokens, s.from(), s.to());
            x.weight = m.rule().weight();
            x.noun = m.rule().noun();
            x.triggerText = s.text().substring(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end());
            x.text = s.text();
            x.sentenceStart = s.start();
            x.sentenceEnd = s.end();
            x.sentenceIndex = s.index();
            x.paragraph = s.paragraph();
            x.quoted = insideQuotes(tokens, s.from(), m.from());
            if (x.type != EventType.PLEDGE_OF_SUPPORT && cues.has(Cue.PLANNED, hits, tokens, s.from(), s.to(), m.from(), m.to(), stopAt, m.rule().type())) {
                x.status = EventStatus.PLANNED;
            }
            collectEntities(s, x, m, regionFrom, regionTo, subjectEnd, k + 1 < found.size() ? found.get(k + 1).from() : -1);
            if (x.states.isEmpty() && s.previousCountry() != null && countrySubject(tokens, s.from(), m.from())) {
                // "The country referenced Article 42": the country the article was just telling about acts
                x.states.add(s.previousCountry());
                x.nearestState = s.previousCountry();
                x.actors.add(s.previousCountry());
            }
            x.quantities.addAll(quantities.find(tokens, regionFrom, regionTo, x.type));
            boolean definite = x.noun && definiteBefore(tokens, s.from(), m.from());
            x.backrefCue = x.noun && cues.has(Cue.BACKREF, hits, tokens, s.from(), s.to(), m.from(), m.to(), stopAt, m.rule().type());
            TimeExpression ownTime = own[k];
            if (ownTime == null && !x.backrefCue) {
                // coordinated with the next trigger of its clause ("detained nine people in raids ... on Friday")
                // ... but not an expression that opens the next clause ("detained dozens in recent months, and last
                // December an army raid ...")
                if (k + 1 < found.size() && own[k + 1] != null && !backref[k + 1]
                        && own[k + 1].start() >= tokens.get(found.get(k + 1).from()).start()
                        && (!m.rule().noun() || found.get(k + 1).rule().type() == m.rule().type())
                        && !strongBreakBetween(tokens, m.to(), found.get(k + 1).from())
                        && !reportingBetween(tokens, m.to(), found.get(k + 1).from())) {
                    ownTime = own[k + 1];
                } else if (k > 0 && own[k - 1] != null && !found.get(k - 1).rule().noun()
                        && own[k - 1].end() <= tokens.get(m.from()).start()
                        && whenBetween(tokens, found.get(k - 1).to(), m.from())) {
                    ownTime = own[k - 1]; // "captured on Friday afternoon when police raided a house"
                } else if (intro != null && tokens.get(m.from()).start() > intro.start()) {
                    ownTime = intro;
                }
            }
            if (x.noun && ownTime == null && !specific(tokens, s, m, x)) {
                continue; // generic: "terror attacks are a threat"
            }
            x.weak = x.noun && ownTime == null && (x.backrefCue || definite) || s.headline();
            x.headline = s.headline();
            date(x, s, ownTime);
            if (x.type == EventType.TREATY_INVOCATION || x.type == EventType.DECLARATION) {
                x.object = object(x.type, tokens, s.from(), s.to(), m);
            }
            out.add(x);
        }
        // "the attacks on 26 June in Sousse, on 10 October in Ankara, ...": a plural event noun with a list of dates
        // is one event per date
        for (TimeExpression t : leftovers) {
            Mention list = null;
            for (Mention x : out) {
                if (x.time != null && x.time != t && x.noun && x.triggerText.endsWith("s") && x.time.end() <= t.start()
                        && (list == null || x.sentenceStart >= 0 && x.time.start() > list.time.start())) {
                    list = x;
                }
            }
            if (list == null || list.time.basis() != DateBasis.EXPLICIT || t.basis() != DateBasis.EXPLICIT) {
                continue;
            }
            Mention c = copyOf(list);
            c.time = t;
            c.date = t.date();
            c.dateEnd = t.dateEnd();
            c.precision = t.precision();
            c.basis = t.basis();
            c.locations.clear();
            c.countries.clear();
            for (Entity e : s.entities()) {
                int at = tokenIndex(tokens, s.from(), s.to(), t.end());
                if (e.isPlace() && e.from() >= at && e.from() - at <= 3) {
                    c.locations.add(e.canonical());
                    c.countries.add(e.country());
                }
            }
            out.add(c);
        }
        // a second trigger of the same happening in the sentence ("will visit ... next week for a follow-up
        // meeting") shares the date and status of the one that has a time expression
        for (Mention a : out) {
            if (a.time != null || a.weak) {
                continue;
            }
            for (Mention b : out) {
                if (b != a && b.type == a.type && b.time != null && b.date != null) {
                    a.date = b.date;
                    a.dateEnd = b.dateEnd;
                    a.precision = b.precision;
                    a.basis = b.basis;
                    a.time = b.time;
                    a.status = b.status;
                    break;
                }
            }
        }
        return out;
    }

    /** Where the part of the sentence that belongs to a trigger starts: after "and" or a comma that follows the previous trigger. */
    private static int clauseStart(List<Token> tokens, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            String w = tokens.get(i).lower();
            if (w.equals("and") || w.equals(",") || w.equals("but") || w.equals(";")) {
                return i + 1;
            }
        }
        return from;
    }

    /** "Article 5 ... has not been triggered": a negation inside a gapped trigger. */
    private static boolean negatedInside(List<Token> tokens, TriggerMatch m) {
        for (int i = m.from(); i < m.to(); i++) {
            String w = tokens.get(i).lower();
            if (w.equals("not") || w.equals("never") || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Article 5 could in theory be invoked": a modal inside a gapped trigger. Not for what is announced or planned
     * ("promised that Germany would send jets", "the carrier would sail"): there the modal is the future.
     */
    private static boolean modalInside(List<Token> tokens, TriggerMatch m) {
        EventType type = m.rule().type();
        if (type == EventType.PLEDGE_OF_SUPPORT || type == EventType.MILITARY_DEPLOYMENT || type == EventType.MEETING
                || type == EventType.DECLARATION || type == EventType.LEGISLATIVE_ACTION) {
            return false;
        }
        for (int i = m.from() + 1; i < m.to() - 1; i++) {
            Token t = tokens.get(i);
            String w = t.lower();
            if (w.equals("could") || w.equals("might") || w.equals("would") || w.equals("should") || w.equals("if")
                    || w.equals("may") && !t.capitalized()) {
                return true;
            }
        }
        return false;
    }

    private static Mention copyOf(Mention m) {
        Mention c = new Mention();
        c.type = m.type;
        c.cameo = m.cameo;
        c.weight = m.weight;
        c.noun = m.noun;
        c.status = m.status;
        c.actors.addAll(m.actors);
        c.states.addAll(m.states);
        c.nearestState = m.nearestState;
        c.triggerText = m.triggerText;
        c.text = m.text;
        c.sentenceStart = m.sentenceStart;
        c.sentenceEnd = m.sentenceEnd;
        c.sentenceIndex = m.sentenceIndex;
        c.paragraph = m.paragraph;
        c.quoted = m.quoted;
        return c;
    }

    private static boolean coordinated(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).lower();
            if (w.equals("or") || w.equals("nor") || w.equals("and")) {
                return true;
            }
        }
        return false;
    }

    private static String cameo(TriggerRule r, List<Token> tokens, int from, int to) {
        if (r.cameoIfCode() != null && r.cameoIf().anyIn(tokens, from, to)) {
            return r.cameoIfCode();
        }
        return r.cameo();
    }

    private static boolean insideQuotes(List<Token> tokens, int from, int at) {
        int quotes = 0;
        for (int i = from; i < at; i++) {
            if (tokens.get(i).is("\"")) {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    private static boolean definiteBefore(List<Token> tokens, int from, int at) {
        for (int i = at - 1; i >= from && i >= at - 4; i--) {
            Token t = tokens.get(i);
            if (DEFINITE.contains(t.lower())) {
                return true;
            }
            if (!t.isWord() || t.is("a") || t.is("an")) {
                return false;
            }
        }
        return false;
    }

    /** A noun trigger names a particular event when something pins it down. */
    private static boolean specific(List<Token> tokens, Sentence s, TriggerMatch m, Mention x) {
        if (!x.locations.isEmpty() || !x.quantities.isEmpty() || !x.actors.isEmpty() || !x.states.isEmpty()) {
            return true;
        }
        for (int i = s.from(); i < s.to(); i++) {
            if (FORCES.contains(tokens.get(i).lower())) {
                return true; // "police carried out searches"
            }
        }
        for (int i = m.from() - 1; i >= s.from() && i >= m.from() - 3; i--) {
            Token t = tokens.get(i);
            if (DETERMINERS.contains(t.lower()) || t.isNumber() || t.capitalized() && i > s.from()) {
                return true;
            }
            if (!t.isWord()) {
                break;
            }
        }
        return false;
    }

    /**
     * Which time expression dates which trigger. English puts the time adjunct after the event ("X attacked Y on
     * Friday"), so each expression goes to the nearest trigger before it that has none yet, else to the nearest one
     * after it, never across a strong clause break or past another trigger that is closer. "N days after <event>"
     * dates the event after it. A sentence-initial expression ("On Tuesday, ...") also covers triggers left without one.
     */
    private static TimeExpression[] assignTimes(Sentence s, List<TriggerMatch> found, List<TimeExpression> leftovers) {
        TimeExpression[] own = new TimeExpression[found.size()];
        List<Token> tokens = s.tokens();
        TimeExpression intro = null;
        // relational expressions ("two days before the attacks") first: they name their event exactly
        List<TimeExpression> ordered = new ArrayList<>(s.times());
        ordered.sort(java.util.Comparator.comparing(t -> !t.rule().equals(io.eventline.nlp.time.DateResolver.RELATIONAL)));
        for (TimeExpression t : ordered) {
            int tokenAt = tokenIndex(tokens, s.from(), s.to(), t.start());
            if (t.rule().equals(io.eventline.nlp.time.DateResolver.RELATIONAL)) {
                for (int k = 0; k < found.size(); k++) {
                    if (found.get(k).from() >= tokenAt && own[k] == null && !strongBreakBetween(tokens, tokenAt, found.get(k).from())) {
                        own[k] = t;
                        break;
                    }
                }
                continue;
            }
            if (durationOnly(t) || dateline(tokens, s, t, tokenAt)) {
                continue;
            }
            boolean inside = false;
            for (int k = 0; k < found.size(); k++) {
                if (tokenAt >= found.get(k).from() && tokenAt < found.get(k).to()) {
                    if (own[k] == null) {
                        own[k] = t;
                    }
                    inside = true;
                    break;
                }
            }
            if (inside) {
                continue;
            }
            if (tokenAt - s.from() <= 2 && intro == null) {
                intro = t;
            }
            if (reportingBetween(tokens, Math.max(s.from(), tokenAt - 2), tokenAt) && !quotedTriggerBefore(tokens, s, found, tokenAt)) {
                // "the ministry said on Tuesday": the date of the report, which is the event itself only when the
                // saying is the event ("the Netherlands said on Wednesday it would contribute six jets")
                for (int k = 0; k < found.size(); k++) {
                    TriggerMatch m = found.get(k);
                    if (m.from() >= tokenAt) {
                        boolean announced = SAID_EVENTS.contains(m.rule().type())
                                || m.rule().type() == EventType.MILITARY_DEPLOYMENT && m.from() > 0
                                && ANNOUNCING.contains(tokens.get(m.from() - 1).lower()); // "said ... it was sending"
                        if (announced && own[k] == null && m.from() - tokenAt <= 10
                                && !strongBreakBetween(tokens, tokenAt, m.from())
                                && !expressionBetween(s.times(), t, tokens.get(m.from()).start())) {
                            own[k] = t;
                        }
                        break;
                    }
                }
                continue;
            }
            int best = -1;
            int exprEnd = tokenIndex(tokens, s.from(), s.to(), t.end());
            if (exprEnd < s.to() && tokens.get(exprEnd).is("'s") || t.text().endsWith("'s") || t.text().endsWith("\u2019s")) {
                // "Wednesday's provincial elections", "Friday's attacks": the possessive dates the noun it qualifies
                for (int k = 0; k < found.size(); k++) {
                    if (found.get(k).from() >= exprEnd && found.get(k).from() - exprEnd <= 3 && own[k] == null) {
                        own[k] = t;
                        break;
                    }
                }
                continue;
            }
            // an expression right before a verb belongs to it ("police on Friday arrested", "two days later arrested")
            boolean coordinatorBefore = tokenAt - 1 >= s.from()
                    && (tokens.get(tokenAt - 1).is("and") || tokens.get(tokenAt - 1).is(",") || tokens.get(tokenAt - 1).is(";"));
            for (int k = 0; k < found.size() && best < 0; k++) {
                if (found.get(k).to() == tokenAt && own[k] == null && !coordinatorBefore) {
                    best = k; // right after its trigger: "lawmakers voted on Thursday to extend ..."
                }
            }
            for (int k = 0; k < found.size() && best < 0; k++) {
                TriggerMatch m = found.get(k);
                // "... and last December an army raid ...": after a coordinator the expression opens the next clause
                if (m.from() >= exprEnd && own[k] == null
                        && (m.from() - exprEnd <= 1 && !m.rule().noun() || coordinatorBefore && m.from() - exprEnd <= 3)) {
                    best = k;
                    break;
                }
            }
            for (int k = found.size() - 1; k >= 0 && best < 0; k--) {
                TriggerMatch m = found.get(k);
                if (m.to() <= tokenAt) {
                    if (strongBreakBetween(tokens, m.to(), tokenAt)
                            || reportingBetween(tokens, m.to(), tokenAt) && !insideQuotes(tokens, s.from(), m.to())) {
                        break;
                    }
                    if (own[k] == null || widerAround(own[k], t)) {
                        best = k;
                        break;
                    }
                }
            }
            // "one week after the attacks of 13 November": what follows is the event counted from, not the dated one
            if (best < 0 && !countsFromWhatFollows(t)) {
                for (int k = 0; k < found.size(); k++) {
                    TriggerMatch m = found.get(k);
                    if (m.from() >= tokenAt) {
                        // not past a nearer expression: "on Tuesday that the September 11 attacks" dates the verb
                        if (own[k] == null && m.from() - tokenAt <= 8 && !strongBreakBetween(tokens, tokenAt, m.from())
                                && !reportingBetween(tokens, tokenAt, m.from())
                                && !expressionBetween(s.times(), t, tokens.get(m.from()).start())) {
                            best = k;
                        }
                        break;
                    }
                }
            }
            if (best >= 0) {
                own[best] = t;
            } else if (t.resolved()) {
                leftovers.add(t);
            }
        }
        return own;
    }

    private static boolean countsFromWhatFollows(TimeExpression t) {
        String lower = t.text().toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(" after") || lower.endsWith(" before");
    }

    /** "In 2015 a suicide bomber killed 33 people ... on 20 July 2015": the day inside the year is the better date. */
    private static boolean widerAround(TimeExpression have, TimeExpression day) {
        return have.resolved() && day.resolved() && have.dateEnd() != null && day.dateEnd() == null
                && !day.date().isBefore(have.date()) && !day.date().isAfter(have.dateEnd());
    }

    private static boolean expressionBetween(List<TimeExpression> times, TimeExpression t, int offset) {
        for (TimeExpression other : times) {
            if (other != t && other.start() >= t.end() && other.start() < offset) {
                return true;
            }
        }
        return false;
    }

    /** The expression opening the sentence ("On Tuesday, ...", "The same day ..."), or null. */
    private static TimeExpression intro(Sentence s) {
        for (TimeExpression t : s.times()) {
            int tokenAt = tokenIndex(s.tokens(), s.from(), s.to(), t.start());
            if (tokenAt - s.from() <= 2 && !t.rule().equals(io.eventline.nlp.time.DateResolver.RELATIONAL) && !durationOnly(t)
                    && !dateline(s.tokens(), s, t, tokenAt)) {
                return t;
            }
            break;
        }
        return null;
    }

    /** '"France is at war," Hollande told parliament on Monday': the quote's date is the telling's. */
    private static boolean quotedTriggerBefore(List<Token> tokens, Sentence s, List<TriggerMatch> found, int tokenAt) {
        for (TriggerMatch m : found) {
            if (m.to() <= tokenAt && insideQuotes(tokens, s.from(), m.to())) {
                return true;
            }
        }
        return false;
    }

    /** A temporal clause between two triggers: the second happened at the time of the first. */
    private static boolean whenBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isClauseBreak() || REPORTING.contains(t.lower())) {
                return false;
            }
            if (t.is("when")) {
                return i + 4 >= to; // the clause's own verb follows closely: "when heavily armed police raided"
            }
        }
        return false;
    }

    /** "said on Friday", "told reporters Friday": an expression that dates the report. */
    static boolean afterReportingVerb(List<Token> tokens, int sentenceFrom, TimeExpression t) {
        int at = tokenIndex(tokens, sentenceFrom, tokens.size(), t.start());
        return reportingBetween(tokens, Math.max(sentenceFrom, at - 2), at);
    }

    private static boolean reportingBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (REPORTING.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** More kinds of place a name can follow ("the Tunisian resort of Sousse", "the island of Utoya"). */
    private static final Set<String> PLACE_NOUNS = Set.of("resort", "island", "port", "area", "suburbs", "neighbourhood",
            "neighborhood", "county", "state", "governorate", "prefecture", "enclave", "territory", "peninsula", "valley");

    /** "OSLO, July 23 (Reuters) -": the date of the report, which is the anchor, not of an event in the sentence. */
    private static boolean dateline(List<Token> tokens, Sentence s, TimeExpression t, int tokenAt) {
        if (tokenAt - s.from() > 6) {
            return false;
        }
        int after = tokenIndex(tokens, s.from(), s.to(), t.end());
        for (int i = after; i < Math.min(s.to(), after + 4); i++) {
            String w = tokens.get(i).lower();
            if (w.equals("-") || w.equals("\u2014") || w.equals("\u2013") || w.equals("(")) {
                return true;
            }
            if (tokens.get(i).isWord() && !tokens.get(i).capitalized() && !tokens.get(i).isNumber()) {
                return false;
            }
        }
        return false;
    }

    /** "from Saturday", "until May 22": the span of a state, not the date of an event. */
    private static boolean durationOnly(TimeExpression t) {
        String lower = t.text().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("from ") || lower.startsWith("until ");
    }

    private static int tokenIndex(List<Token> tokens, int from, int to, int offset) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return to;
    }

    /**
     * Relative "which"/"who" clauses describe the noun before them ("a meeting, which is expected on Monday"). A name's
     * acronym in brackets ("National Security Guard (NSG) commandos") is no break.
     */
    private static boolean strongBreakBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.is("(") && i + 2 < to && tokens.get(i + 1).isWord() && tokens.get(i + 2).is(")")) {
                i += 2;
                continue;
            }
            if (t.isClauseBreak() || CLAUSE_WORDS.contains(t.lower()) && !t.is("which") && !t.is("who")) {
                return true;
            }
        }
        return false;
    }

    private void date(Mention x, Sentence s, TimeExpression own) {
        TimeExpression t = own;
        if (t == null && s.inherited() != null && !x.weak && compatible(s.inherited(), x, s.anchor())) {
            t = s.inherited();
            x.inherited = true;
        }
        if (t != null && !t.resolved() && s.anchor() != null) {
            x.time = t; // "the same day" with nothing to refer to: fall back to the anchor, keep the expression
            t = null;
            if (s.inherited() != null && !x.weak && compatible(s.inherited(), x, s.anchor())) {
                t = s.inherited();
                x.inherited = true;
            }
        }
        if (t != null) {
            x.time = t;
            if (t.resolved()) {
                x.date = t.date();
                if (x.status == EventStatus.PLANNED && "weekday".equals(t.rule()) && s.anchor() != null
                        && t.date().isBefore(s.anchor()) && t.dateEnd() == null) {
                    x.date = t.date().plusWeeks(1); // "has called a meeting on Sunday": the coming Sunday
                }
                x.dateEnd = t.dateEnd();
                x.precision = t.precision();
                x.basis = x.inherited && t.basis() == DateBasis.EXPLICIT ? DateBasis.EXPLICIT : t.basis();
            }
        } else if (s.anchor() != null && x.status == EventStatus.OCCURRED) {
            // reported by the anchor day, the day itself not stated: the few days up to it, never a made-up DAY
            x.date = s.anchor().minusDays(ANCHOR_DAYS_BEFORE);
            x.dateEnd = s.anchor();
            x.precision = DatePrecision.RANGE;
            x.basis = DateBasis.ANCHOR;
        }
        if (x.date != null && s.anchor() != null) {
            if (x.date.isAfter(s.anchor())) {
                x.status = EventStatus.PLANNED;
            } else if (x.date.isBefore(s.anchor()) && x.basis != DateBasis.ANCHOR && (x.dateEnd == null || x.dateEnd.isBefore(s.anchor()))) {
                x.status = EventStatus.OCCURRED;
            }
        }
    }

    private static boolean compatible(TimeExpression t, Mention x, LocalDate anchor) {
        if (!t.resolved() || anchor == null) {
            return t.resolved();
        }
        boolean future = t.date().isAfter(anchor);
        return future == (x.status == EventStatus.PLANNED);
    }

    private void collectEntities(Sentence s, Mention x, TriggerMatch m, int regionFrom, int regionTo, int subjectEnd,
                                 int nextTrigger) {
        List<Token> tokens = s.tokens();
        boolean movement = x.type == EventType.MEETING || x.type == EventType.MILITARY_DEPLOYMENT;
        for (Entity e : s.entities()) {
            if (insidePerson(s.people(), e)) {
                continue; // "U.S." in "U.S. Secretary of State John Kerry" is a role, not a place or an actor
            }
            boolean inRegion = e.from() >= regionFrom && e.to() <= regionTo;
            boolean subject = e.to() <= subjectEnd && !afterLocative(tokens, s.from(), e.from());
            if (e.kind() == Entity.Kind.ORGANISATION) {
                if (namesTreaty(tokens, s.from(), s.to(), e)) {
                    continue; // the EU of "Article 42 of the EU Treaty" is the treaty's, not who invokes it
                }
                if (inRegion || subject) {
                    x.actors.add(e.canonical());
                    if (e.to() <= m.from()) {
                        x.states.add(e.canonical());
                    }
                }
                continue;
            }
            if (e.kind() == Entity.Kind.DEMONYM) {
                // "French jets", "Syrian forces": the country acts; "French police" also says where
                if ((inRegion || subject) && e.to() < s.to() && FORCES.contains(tokens.get(e.to()).lower())) {
                    if (e.to() <= m.from()) {
                        x.states.add(e.country());
                    }
                    if (x.type == EventType.RAID || x.type == EventType.ARREST) {
                        x.countries.add(e.country());
                    }
                }
                continue;
            }
            if (!inRegion && !subject) {
                continue;
            }
            boolean locative = afterLocative(tokens, s.from(), e.from());
            boolean modifierOfNext = nextTrigger >= 0 && e.to() >= nextTrigger - 1 && !locative;
            if (modifierOfNext) {
                continue;
            }
            if (e.kind() == Entity.Kind.COUNTRY && !locative && e.to() <= m.from()) {
                if (!possessiveOrModifier(tokens, e, m)) {
                    x.states.add(e.canonical());
                    x.nearestState = e.canonical();
                    x.actors.add(e.canonical());
                    continue;
                }
            }
            boolean afterTrigger = e.from() >= m.to();
            boolean modifier = e.to() <= m.from() && m.from() - e.to() <= 2; // "Paris attacks", "the Brussels bombings"
            boolean insideTrigger = e.from() >= m.from() && e.to() <= m.to();
            if (insideTrigger && !movement && e.kind() == Entity.Kind.COUNTRY) {
                x.states.add(e.canonical()); // '"France is at war"'
                x.actors.add(e.canonical());
                continue;
            }
            boolean moveTarget = movement && (afterTrigger && e.from() - m.to() <= 3 || insideTrigger); // "travel to Moscow"
            if (locative || moveTarget || modifier && e.kind() != Entity.Kind.COUNTRY) {
                if (!inRegion) {
                    continue;
                }
                if (e.kind() == Entity.Kind.COUNTRY && afterTrigger && !locative && !movement) {
                    continue;
                }
                if (e.kind() == Entity.Kind.COUNTRY && afterTrigger && (tokens.get(e.from() - 1).is("to") || tokens.get(e.from() - 1).is("for"))
                        && !movement) {
                    x.beneficiary = e.canonical();
                    continue;
                }
                x.locations.add(e.canonical());
                x.countries.add(e.country());
            } else if (afterTrigger && x.beneficiary == null && e.from() > 0
                    && (tokens.get(e.from() - 1).is("for") || tokens.get(e.from() - 1).is("to") || tokens.get(e.from() - 1).is("with"))) {
                x.beneficiary = e.canonical();
            }
        }
        for (PersonFinder.Person p : s.people()) {
            boolean inRegion = p.from() >= regionFrom && p.to() <= regionTo;
            if (inRegion || p.to() <= subjectEnd) {
                x.actors.add(p.actor());
                for (Entity e : s.entities()) {
                    if (e.from() >= p.from() && e.to() <= p.to() && e.country() != null && p.to() <= m.from()) {
                        x.states.add(e.country());
                    }
                }
            }
        }
    }

    /**
     * Whether the sentence opens with "the country" or "the nation" as the subject of the trigger at {@code trigger}
     * (at most a few words between, "the country also ...").
     */
    static boolean countrySubject(List<Token> tokens, int from, int trigger) {
        return trigger - from >= 2 && trigger - from <= 4 && tokens.get(from).is("the")
                && COUNTRY_NOUNS.contains(tokens.get(from + 1).lower());
    }

    /**
     * An organisation named as part of a treaty's name: "the EU Treaty", "the UN Charter", "the Treaty on European
     * Union", "the Charter of the United Nations", "the Treaty on the Functioning of the European Union".
     */
    static boolean namesTreaty(List<Token> tokens, int from, int to, Entity e) {
        if (e.to() < to && TREATY_NOUNS.contains(tokens.get(e.to()).lower())) {
            return true;
        }
        int i = e.from() - 1;
        while (i >= from && (tokens.get(i).is("the") || tokens.get(i).is("of") || tokens.get(i).is("on")
                || tokens.get(i).is("functioning"))) {
            i--;
        }
        return i >= from && i < e.from() - 1 && TREATY_NOUNS.contains(tokens.get(i).lower());
    }

    private static boolean insidePerson(List<PersonFinder.Person> people, Entity e) {
        for (PersonFinder.Person p : people) {
            if (e.from() >= p.from() && e.to() <= p.to()) {
                return true;
            }
        }
        return false;
    }

    /** "Germany's defense minister", "France's request": a country inside a noun phrase, not the actor. */
    private static boolean possessiveOrModifier(List<Token> tokens, Entity e, TriggerMatch m) {
        if (e.to() < tokens.size() && tokens.get(e.to()).is("'s")) {
            return e.to() + 1 < m.from() && !tokens.get(e.to() + 1).isWord();
        }
        return false;
    }

    private static boolean afterLocative(List<Token> tokens, int from, int at) {
        for (int i = at - 1; i >= from && i >= at - 3; i--) {
            String w = tokens.get(i).lower();
            if (LOCATIVE.contains(w)) {
                return !(w.equals("of") && i > from && !isPlaceNoun(tokens.get(i - 1).lower()));
            }
            if (!(w.equals("the") || w.equals("city") || w.equals("town") || w.equals("capital") || w.equals("province")
                    || w.equals("region") || w.equals("'s") || tokens.get(i).capitalized())) {
                return false;
            }
        }
        return false;
    }

    private static boolean isPlaceNoun(String w) {
        return w.equals("city") || w.equals("town") || w.equals("capital") || w.equals("province") || w.equals("region")
                || w.equals("village") || w.equals("outskirts") || w.equals("suburb") || w.equals("district")
                || w.equals("centre") || w.equals("center") || w.equals("north") || w.equals("south")
                || w.equals("east") || w.equals("west") || w.equals("heart") || w.equals("streets")
                || PLACE_NOUNS.contains(w);
    }

    private static String object(EventType type, List<Token> tokens, int from, int to, TriggerMatch m) {
        if (type == EventType.TREATY_INVOCATION) {
            String clause = null;
            for (int i = from; i + 1 < to; i++) {
                String w = tokens.get(i).lower();
                if ((w.equals("article") || w.equals("art") || w.equals("art.")) && tokens.get(i + 1).isNumber()) {
                    clause = "Article " + tokens.get(i + 1).lower();
                    break;
                }
            }
            String body = treatyBody(tokens, from, to);
            if (clause == null) {
                for (int i = from; i < to; i++) {
                    if (tokens.get(i).is("mutual") || tokens.get(i).is("collective")) {
                        clause = "mutual defence clause";
                        break;
                    }
                    if (tokens.get(i).is("solidarity") && i + 1 < to && tokens.get(i + 1).is("clause")) {
                        clause = "solidarity clause";
                        break;
                    }
                }
            }
            if (clause == null) {
                return body;
            }
            if ("EU".equals(body) && clause.equals("Article 42")) {
                clause = "Article 42.7";
            }
            return body == null ? clause : body + " " + clause;
        }
        for (int i = m.from(); i < Math.min(to, m.to() + 4); i++) {
            String w = tokens.get(i).lower();
            switch (w) {
                case "war" -> {
                    return i > 0 && tokens.get(i - 1).is("at") ? "itself at war" : "war";
                }
                case "emergency" -> {
                    return "state of emergency";
                }
                case "mourning" -> {
                    return "national mourning";
                }
                case "curfew", "ceasefire", "truce", "independence", "lockdown" -> {
                    return w;
                }
                case "martial" -> {
                    return "martial law";
                }
                default -> {
                }
            }
        }
        return null;
    }

    private static String treatyBody(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).lower();
            if (w.equals("nato") || w.equals("north") && i + 1 < to && tokens.get(i + 1).is("atlantic")) {
                return "NATO";
            }
            if (w.equals("charter")) {
                return "UN Charter";
            }
        }
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).lower();
            if (w.equals("eu") || w.equals("european") || w.equals("lisbon")) {
                return "EU";
            }
        }
        return null;
    }

    static Quantity largest(List<Quantity> qs, String unit) {
        Quantity best = null;
        for (Quantity q : qs) {
            if (q.unit().equals(unit) && (best == null || q.value() > best.value())) {
                best = q;
            }
        }
        return best;
    }
}
