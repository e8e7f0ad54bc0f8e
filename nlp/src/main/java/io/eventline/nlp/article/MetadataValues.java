package io.eventline.nlp.article;

/** Metadata values as articles carry them: possibly missing, blank or padded; one stripped value or null. */
public final class MetadataValues {

    private MetadataValues() {
    }

    /** The first value that is not null or blank, stripped; null when there is none. */
    public static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** The value stripped, or null when it is null or blank. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
