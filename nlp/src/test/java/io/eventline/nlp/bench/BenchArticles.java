package io.eventline.nlp.bench;

import io.eventline.contracts.ParsedArticle;
import io.eventline.contracts.TextSpan;
import io.eventline.nlp.eval.Corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Inputs of the extraction benchmarks, as parsed articles (extraction alone is measured, not parsing).
 * <ul>
 * <li>{@code corpus}: the 85 articles of the labelled dev corpus as the parser leaves them.</li>
 * <li>{@code 3kb}: 85 articles of at least 3,000 bytes of text (UTF-8), one per dev-corpus article. An article that
 * already has {@link #LONG} bytes or more is taken as it is. Every other one keeps all its own paragraphs and is
 * continued with whole body paragraphs (each donor's first paragraph, usually its headline, is left out) of the
 * corpus articles after it in corpus order, wrapping round, until its text reaches 3,000 bytes. Paragraphs are
 * joined with a blank line as the parser joins them, and each keeps the sentence spans the parser gave it (the
 * parser splits sentences per paragraph, so these are the spans it would give the joined text). Title, source and
 * publication date are the leading article's. The dev corpus has no two articles on quite the same story, so the
 * continuation is other news of the same kind (attacks, strikes, treaty articles), which keeps the density of
 * triggers, dates and names of real articles.</li>
 * </ul>
 */
final class BenchArticles {

    /** The size the target is stated for, in bytes of cleaned text. */
    static final int TARGET_BYTES = 3_000;
    /** Corpus articles this long are already "3 KB" articles. */
    static final int LONG = 2_500;
    /** Articles per bucket; the JMH benchmark's operations per invocation. */
    static final int COUNT = 85;

    private BenchArticles() {
    }

    /** The bucket named {@code corpus} or {@code 3kb}. */
    static List<ParsedArticle> bucket(String name) {
        List<ParsedArticle> corpus = Corpus.load().stream().map(Corpus.Item::article).toList();
        if (corpus.size() != COUNT) {
            throw new IllegalStateException("dev corpus has " + corpus.size() + " articles, benchmarks expect " + COUNT);
        }
        return switch (name) {
            case "corpus" -> corpus;
            case "3kb" -> threeKb(corpus);
            default -> throw new IllegalArgumentException("unknown bucket " + name + " (corpus, 3kb)");
        };
    }

    static List<ParsedArticle> threeKb(List<ParsedArticle> corpus) {
        List<ParsedArticle> out = new ArrayList<>(corpus.size());
        for (int i = 0; i < corpus.size(); i++) {
            ParsedArticle lead = corpus.get(i);
            if (bytes(lead.text()) >= LONG) {
                out.add(lead);
                continue;
            }
            Joined j = new Joined();
            for (int p = 0; p < lead.paragraphs().size(); p++) {
                j.add(lead, p);
            }
            for (int d = 1; d < corpus.size() && j.bytes < TARGET_BYTES; d++) {
                ParsedArticle donor = corpus.get((i + d) % corpus.size());
                for (int p = 1; p < donor.paragraphs().size() && j.bytes < TARGET_BYTES; p++) {
                    j.add(donor, p);
                }
            }
            String text = j.text.toString();
            out.add(new ParsedArticle(lead.id() + "-3kb", lead.title(), lead.source(), lead.url(), lead.publishedAt(),
                    lead.publishedAtOrigin(), text, List.copyOf(j.paragraphs), List.copyOf(j.sentences),
                    lead.receivedAt()));
        }
        return out;
    }

    /** Mean UTF-8 bytes of text per article. */
    static long meanBytes(List<ParsedArticle> articles) {
        return totalBytes(articles) / articles.size();
    }

    static long totalBytes(List<ParsedArticle> articles) {
        return articles.stream().mapToLong(a -> bytes(a.text())).sum();
    }

    static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** A text built from whole parsed paragraphs, with their sentence spans moved along. */
    private static final class Joined {
        final StringBuilder text = new StringBuilder();
        final List<TextSpan> paragraphs = new ArrayList<>();
        final List<TextSpan> sentences = new ArrayList<>();
        int bytes;

        void add(ParsedArticle a, int index) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            TextSpan p = a.paragraphs().get(index);
            int shift = text.length() - p.start();
            text.append(a.text(), p.start(), p.end());
            paragraphs.add(new TextSpan(p.start() + shift, p.end() + shift));
            for (TextSpan s : a.sentences()) {
                if (s.start() >= p.start() && s.end() <= p.end()) {
                    sentences.add(new TextSpan(s.start() + shift, s.end() + shift));
                }
            }
            bytes = bytes(text.toString());
        }
    }
}
