package io.eventline.nlp.time;

/** Direction a relative expression points to, read from the verbs around it. */
public enum Tense {
    PAST, FUTURE
}
