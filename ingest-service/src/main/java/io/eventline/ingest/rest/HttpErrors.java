package io.eventline.ingest.rest;

/** Stable error codes and default messages for HTTP statuses raised by the framework rather than by our code. */
final class HttpErrors {
    private HttpErrors() {
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal_error" : "http_" + status;
        };
    }

    static String message(int status, String fallback) {
        return switch (status) {
            case 404 -> "no such resource; articles are submitted with POST /api/articles";
            case 405 -> "method not allowed; articles are submitted with POST /api/articles";
            case 406 -> "this service only answers application/json";
            case 413 -> "the request body is too large";
            case 415 -> "unsupported content type; use application/json, text/plain or text/html";
            default -> fallback == null ? "HTTP " + status : fallback;
        };
    }
}
