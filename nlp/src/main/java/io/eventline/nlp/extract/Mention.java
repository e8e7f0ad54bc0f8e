package io.eventline.nlp.extract;

import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.Quantity;
import io.eventline.nlp.time.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One trigger occurrence in one sentence while an article is being processed; merged into ExtractedEvents. */
final class Mention {
    EventType type;
    String cameo;
    double weight;
    boolean noun;
    /** A subordinate or definite mention of an event told elsewhere ("in response to the attack"). */
    boolean weak;
    boolean backrefCue;
    boolean quoted;
    /** From a headline or caption line: supports body mentions, never an event on its own. */
    boolean headline;
    EventStatus status = EventStatus.OCCURRED;
    LocalDate date;
    LocalDate dateEnd;
    DatePrecision precision = DatePrecision.UNKNOWN;
    DateBasis basis = DateBasis.NONE;
    /** The expression the date came from, also kept when it could not be resolved. */
    TimeExpression time;
    boolean inherited;
    final Set<String> actors = new LinkedHashSet<>();
    /** Countries or organisations acting (for titles): "France" invokes, "European Union" pledges. */
    final Set<String> states = new LinkedHashSet<>();
    final Set<String> locations = new LinkedHashSet<>();
    final Set<String> countries = new LinkedHashSet<>();
    final List<Quantity> quantities = new ArrayList<>();
    /** The acting country closest before the trigger ("led France to declare"). */
    String nearestState;
    String beneficiary;
    String object;
    String triggerText;
    /** The article text; the sentence is its [sentenceStart, sentenceEnd). */
    String text;
    int sentenceStart;
    int sentenceEnd;
    int sentenceIndex;
    int paragraph;

    /** The sentence's text, made when asked: only the mention an event is told by needs it. */
    String sentence() {
        return text.substring(sentenceStart, sentenceEnd);
    }

    int basisRank() {
        return switch (basis) {
            case EXPLICIT -> 3;
            case RELATIVE -> inherited ? 1 : 2;
            case ANCHOR -> 0;
            case NONE -> -1;
        };
    }

    /** How much a mention tells, to pick the evidence among mentions of one event. */
    int informativeness() {
        return actors.size() + locations.size() + 2 * quantities.size() + (object != null ? 1 : 0);
    }
}
