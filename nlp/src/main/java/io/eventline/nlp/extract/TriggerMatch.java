package io.eventline.nlp.extract;

/** A trigger rule matched on tokens [from, to) of a sentence. */
record TriggerMatch(TriggerRule rule, int from, int to) {

    int length() {
        return to - from;
    }
}
