package io.eventline.nlp.article;

/** The article cannot be parsed; {@link #code()} is the stable machine-readable reason ({@code no_text}, ...). */
public class ArticleRejectedException extends RuntimeException {
    public static final String NO_TEXT = "no_text";
    public static final String BAD_PUBLISHED_AT = "bad_published_at";

    private final String code;
    private final String field;

    public ArticleRejectedException(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    /** The offending input field, or null. */
    public String field() {
        return field;
    }
}
