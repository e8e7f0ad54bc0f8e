package io.eventline.contracts;

/** Where an article's publication date was found; NONE when the article carries no date at all. */
public enum PublicationDateOrigin {
    REQUEST, HTML_META, JSON_LD, TIME_ELEMENT, TEXT, NONE
}
