package io.eventline.ingest.rest;

import io.eventline.ingest.service.InvalidSubmissionException;
import io.eventline.nlp.article.RawArticle;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmissionReaderTest {
    final SubmissionReader reader = new SubmissionReader(100);
    final SubmissionReader.QueryMetadata query = new SubmissionReader.QueryMetadata("T", "S", "https://x.org/a", "2015-11-17");

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void jsonSubmissionKeepsItsOwnMetadata() {
        RawArticle raw = reader.read(utf8("{\"html\":\"<p>Hi there.</p>\",\"title\":\"A\",\"extra\":1}"),
                "application/json", null, query);
        assertThat(raw.format()).isEqualTo(RawArticle.Format.HTML);
        assertThat(raw.title()).isEqualTo("A");
        assertThat(raw.source()).isNull();
    }

    @Test
    void rawBodiesTakeQueryMetadataAndCharset() {
        RawArticle raw = reader.read("Caf\u00e9 raid.".getBytes(StandardCharsets.ISO_8859_1), "text/plain", "ISO-8859-1", query);
        assertThat(raw.body()).isEqualTo("Caf\u00e9 raid.");
        assertThat(raw.format()).isEqualTo(RawArticle.Format.TEXT);
        assertThat(raw).extracting(RawArticle::title, RawArticle::source, RawArticle::url, RawArticle::publishedAt)
                .containsExactly("T", "S", "https://x.org/a", "2015-11-17");
        assertThat(reader.read(utf8("<p>x</p>"), "text/html", null, null).format()).isEqualTo(RawArticle.Format.HTML);
    }

    @Test
    void refusesBadBodiesWithStableCodes() {
        assertCode(() -> reader.read(new byte[0], "text/plain", null, query), 400, "empty_body");
        assertCode(() -> reader.read(utf8(" \n "), "application/json", null, query), 400, "empty_body");
        assertCode(() -> reader.read(new byte[101], "text/plain", null, query), 413, "too_large");
        assertCode(() -> reader.read(utf8("{\"text\": "), "application/json", null, query), 400, "malformed_json");
        assertCode(() -> reader.read(utf8("[1,2]"), "application/json", null, query), 400, "malformed_json");
        assertCode(() -> reader.read(utf8("{}"), "application/json", null, query), 400, "invalid_field");
        assertCode(() -> reader.read(utf8("{\"text\":\"a\",\"html\":\"<p>b</p>\"}"), "application/json", null, query),
                400, "invalid_field");
        assertCode(() -> reader.read(utf8("<a/>"), "application/xml", null, query), 415, "unsupported_media_type");
    }

    static void assertCode(Runnable call, int status, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).isNotBlank();
        });
    }
}
