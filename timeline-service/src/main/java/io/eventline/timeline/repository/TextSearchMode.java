package io.eventline.timeline.repository;

/** How a timeline page's full-text filter is matched (see {@link TextSearchModeChooser} for which is picked when). */
public enum TextSearchMode {
    /** The GIN index finds every matching event; their rows are read and sorted. Cheap when few events match. */
    GIN_INDEX,
    /**
     * The timeline is walked in date order; the lexeme signature in the index entry rules most events out, and the
     * search vector is read only for those that pass. Cheap when many events match, because the page fills early.
     */
    SIGNATURE_WALK
}
