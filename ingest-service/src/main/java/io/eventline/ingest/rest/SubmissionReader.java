package io.eventline.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.eventline.contracts.Json;
import io.eventline.contracts.api.ArticleSubmission;
import io.eventline.ingest.service.InvalidSubmissionException;
import io.eventline.nlp.article.RawArticle;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Turns a request body (JSON submission, raw text or raw HTML) into a {@link RawArticle}, refusing empty, oversized
 * and malformed bodies with the codes of {@link InvalidSubmissionException}.
 */
public final class SubmissionReader {

    /** Metadata that raw text/HTML bodies pass as query parameters. */
    public record QueryMetadata(String title, String source, String url, String publishedAt) {
        static final QueryMetadata NONE = new QueryMetadata(null, null, null, null);
    }

    private final int maxBodyBytes;

    public SubmissionReader(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * @param mediaType type and subtype in lower case, e.g. {@code application/json}
     * @param charset   the charset parameter of the Content-Type, or null (UTF-8)
     */
    public RawArticle read(byte[] body, String mediaType, String charset, QueryMetadata query) {
        if (body != null && body.length > maxBodyBytes) {
            throw tooLarge(body.length);
        }
        String text = body == null ? "" : new String(body, charsetOf(charset));
        if (text.isBlank()) {
            throw new InvalidSubmissionException(400, InvalidSubmissionException.EMPTY_BODY,
                    "the request body is empty: send the article as JSON {\"text\": ...} or {\"html\": ...}, "
                            + "or as a text/plain or text/html body", null);
        }
        return switch (mediaType) {
            case "application/json" -> fromJson(text);
            case "text/plain" -> withQuery(RawArticle.text(text), query);
            case "text/html", "application/xhtml+xml" -> withQuery(RawArticle.html(text), query);
            default -> throw unsupported(mediaType);
        };
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    public InvalidSubmissionException tooLarge(long bytes) {
        return new InvalidSubmissionException(413, InvalidSubmissionException.TOO_LARGE,
                "the body has " + bytes + " bytes; the limit is " + maxBodyBytes + " bytes", null);
    }

    static InvalidSubmissionException unsupported(String mediaType) {
        return new InvalidSubmissionException(415, InvalidSubmissionException.UNSUPPORTED_MEDIA_TYPE,
                "unsupported content type " + mediaType + "; use application/json, text/plain or text/html", null);
    }

    private static RawArticle fromJson(String json) {
        ArticleSubmission s;
        try {
            s = Json.mapper().readValue(json, ArticleSubmission.class);
        } catch (JsonProcessingException e) {
            throw new InvalidSubmissionException(400, InvalidSubmissionException.MALFORMED_JSON,
                    "the body is not a JSON article submission: " + e.getOriginalMessage(), null);
        } catch (IOException e) {
            throw new InvalidSubmissionException(400, InvalidSubmissionException.MALFORMED_JSON,
                    "the body cannot be read as JSON", null);
        }
        if (s == null) {
            throw new InvalidSubmissionException(400, InvalidSubmissionException.MALFORMED_JSON,
                    "the body is JSON null, expected an object with text or html", null);
        }
        boolean hasText = s.text() != null && !s.text().isBlank();
        boolean hasHtml = s.html() != null && !s.html().isBlank();
        if (hasText == hasHtml) {
            throw new InvalidSubmissionException(400, InvalidSubmissionException.INVALID_FIELD,
                    hasText ? "give either text or html, not both" : "one of text or html must be a non-empty string",
                    hasText ? "html" : "text");
        }
        return RawArticle.from(s);
    }

    private static RawArticle withQuery(RawArticle raw, QueryMetadata q) {
        QueryMetadata m = q == null ? QueryMetadata.NONE : q;
        return raw.withMetadata(m.title(), m.source(), m.url(), m.publishedAt());
    }

    private static Charset charsetOf(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip().replace("\"", "").toUpperCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
