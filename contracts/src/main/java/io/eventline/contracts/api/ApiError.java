package io.eventline.contracts.api;

/**
 * The JSON body of every 4xx/5xx answer.
 *
 * @param status  the HTTP status, repeated for clients that only keep the body
 * @param error   a stable machine-readable code, e.g. {@code empty_body}, {@code unsupported_media_type}
 * @param message what is wrong, for a person
 * @param field   the offending input field, when there is one
 */
public record ApiError(int status, String error, String message, String field) {
    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, null);
    }
}
