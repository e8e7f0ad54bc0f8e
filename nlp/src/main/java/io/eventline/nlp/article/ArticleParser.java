package io.eventline.nlp.article;

import io.eventline.contracts.ParsedArticle;
import io.eventline.contracts.PublicationDateOrigin;
import io.eventline.contracts.TextSpan;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import static io.eventline.nlp.article.MetadataValues.blankToNull;
import static io.eventline.nlp.article.MetadataValues.firstNonBlank;

/**
 * Cleans a submitted article (text or HTML) into a {@link ParsedArticle}: boilerplate-free paragraphs, sentence
 * spans, title, source, publication date and a stable id. Thread-safe; create once (loads the OpenNLP model).
 */
public final class ArticleParser {
    private static final int HEADLINE_MAX_WORDS = 25;
    private static final int HEADLINE_MAX_CHARS = 200;
    private static final Pattern ENDS_WITH_PERIOD = Pattern.compile("[.:;,]$");

    private final BoilerplateFilter filter;
    private final SentenceSplitter sentences;

    private ArticleParser(BoilerplateRules rules) {
        this.filter = new BoilerplateFilter(rules);
        this.sentences = new SentenceSplitter();
    }

    public static ArticleParser create() {
        return new ArticleParser(BoilerplateRules.defaults());
    }

    public ParsedArticle parse(RawArticle raw) {
        return parse(raw, Instant.now());
    }

    /**
     * @throws ArticleRejectedException {@code bad_published_at} when the caller's publishedAt is not ISO-8601,
     *                                  {@code no_text} when nothing but boilerplate is left
     */
    public ParsedArticle parse(RawArticle raw, Instant receivedAt) {
        String requestDate = requestDate(raw.publishedAt());
        String body = raw.body() == null ? "" : raw.body();

        List<Block> blocks;
        HtmlArticleReader.HtmlMetadata meta = null;
        if (raw.format() == RawArticle.Format.HTML) {
            HtmlArticleReader.Result result = HtmlArticleReader.read(body, raw.url());
            blocks = result.blocks();
            meta = result.metadata();
        } else {
            blocks = TextArticleReader.read(body);
        }
        List<BoilerplateFilter.Paragraph> kept = filter.cleaned(blocks);
        String headline = null;
        if (raw.format() == RawArticle.Format.TEXT) {
            int h = headlineIndex(kept);
            if (h >= 0) {
                headline = kept.get(h).text();
                kept = dropChromeAbove(kept, h);
            }
        }
        List<String> paragraphs = kept.stream().map(BoilerplateFilter.Paragraph::text).toList();
        if (paragraphs.isEmpty()) {
            throw new ArticleRejectedException(ArticleRejectedException.NO_TEXT, null,
                    "the article has no text left once navigation, credits and other page furniture are removed");
        }

        StringBuilder text = new StringBuilder();
        List<TextSpan> paragraphSpans = new ArrayList<>(paragraphs.size());
        List<TextSpan> sentenceSpans = new ArrayList<>();
        for (String p : paragraphs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(p);
            paragraphSpans.add(new TextSpan(start, text.length()));
            sentenceSpans.addAll(sentences.split(p, start));
        }
        String cleaned = text.toString();

        String title = firstNonBlank(raw.title(), meta == null ? null : meta.title(), headline);

        String publishedAt;
        PublicationDateOrigin origin;
        if (requestDate != null) {
            publishedAt = requestDate;
            origin = PublicationDateOrigin.REQUEST;
        } else if (meta != null && meta.publishedAt() != null) {
            publishedAt = meta.publishedAt();
            origin = PublicationDateOrigin.valueOf(meta.publishedAtOrigin());
        } else {
            Optional<LocalDate> fromText = TextClues.dateLine(blocks)
                    .or(() -> TextClues.dateline(paragraphs, TextClues.yearHint(raw.url(), cleaned)));
            publishedAt = fromText.map(LocalDate::toString).orElse(null);
            origin = fromText.isPresent() ? PublicationDateOrigin.TEXT : PublicationDateOrigin.NONE;
        }

        String source = firstNonBlank(raw.source(), meta == null ? null : meta.siteName(), hostOf(raw.url()),
                TextClues.siteFromNavigation(blocks).orElse(null), TextClues.datelineAgency(paragraphs).orElse(null),
                TextClues.agencyCredit(blocks).orElse(null));

        return new ParsedArticle(ArticleIds.of(cleaned), title, source, blankToNull(raw.url()), publishedAt, origin,
                cleaned, List.copyOf(paragraphSpans), List.copyOf(sentenceSpans), receivedAt);
    }

    private static String requestDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return PublicationDates.parseMachine(value).orElseThrow(() -> new ArticleRejectedException(
                ArticleRejectedException.BAD_PUBLISHED_AT, "publishedAt",
                "publishedAt must be an ISO-8601 date (2015-11-17) or date-time (2015-11-17T09:30:00Z), got: "
                        + abbreviate(value)));
    }

    /** Paragraphs a headline can hide behind: site name, tagline, section labels the rules did not know. */
    private static final int HEADLINE_SEARCH = 5;
    private static final int HEADLINE_MIN_WORDS = 3;
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?…\"”’)]$");

    /**
     * The headline of a pasted page: among the first paragraphs, the first that stands alone in its block and is
     * shaped like a headline (a few words, no closing period); -1 when none. Site names and taglines share their
     * block with navigation lines, and section labels are one or two words.
     */
    static int headlineIndex(List<BoilerplateFilter.Paragraph> paragraphs) {
        for (int i = 0; i < Math.min(HEADLINE_SEARCH, paragraphs.size() - 1); i++) {
            BoilerplateFilter.Paragraph p = paragraphs.get(i);
            if (p.alone() && isHeadlineShaped(p.text())) {
                return i;
            }
        }
        return -1;
    }

    static boolean isHeadlineShaped(String line) {
        String s = line.strip();
        int words = s.split("\\s+").length;
        return words >= HEADLINE_MIN_WORDS && words <= HEADLINE_MAX_WORDS && s.length() <= HEADLINE_MAX_CHARS
                && !ENDS_WITH_PERIOD.matcher(s).find();
    }

    /** Lines above the headline that are not sentences are page chrome (site name, tagline). */
    private static List<BoilerplateFilter.Paragraph> dropChromeAbove(List<BoilerplateFilter.Paragraph> paragraphs, int headline) {
        List<BoilerplateFilter.Paragraph> kept = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            BoilerplateFilter.Paragraph p = paragraphs.get(i);
            if (i >= headline || ENDS_SENTENCE.matcher(p.text()).find()) {
                kept.add(p);
            }
        }
        return kept;
    }

    /** "https://www.dw.com/en/..." -> "dw.com". */
    static String hostOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            return host.toLowerCase(Locale.ROOT).replaceFirst("^(www\\d?|m|amp|mobile)\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }


    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
