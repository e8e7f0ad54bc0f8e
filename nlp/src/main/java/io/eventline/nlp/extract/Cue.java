package io.eventline.nlp.extract;

/** What a cue near a trigger says about it; see {@code rules/cues.rules}. */
enum Cue {
    NEGATION, HYPOTHETICAL, PLANNED, BACKREF, RUMOUR, REFUTATION
}
