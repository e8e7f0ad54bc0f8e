package io.eventline.ingest.service;

/** A request the service refuses before parsing: the HTTP status and a stable code for {@code ApiError}. */
public class InvalidSubmissionException extends RuntimeException {
    public static final String EMPTY_BODY = "empty_body";
    public static final String TOO_LARGE = "too_large";
    public static final String MALFORMED_JSON = "malformed_json";
    public static final String INVALID_FIELD = "invalid_field";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type";

    private final int status;
    private final String code;
    private final String field;

    public InvalidSubmissionException(int status, String code, String message, String field) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
