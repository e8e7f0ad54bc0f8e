package io.eventline.nlp.bench;

import io.eventline.contracts.TextSpan;
import io.eventline.nlp.eval.Corpus;
import io.eventline.nlp.lexicon.Token;
import io.eventline.nlp.lexicon.Tokenizer;
import io.eventline.nlp.time.DateContext;
import io.eventline.nlp.time.DateResolver;
import io.eventline.nlp.time.TimeExpression;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Regression guard for the date resolver: the time expressions of every sentence of the dev and held-out corpora,
 * and of every sentence suffix starting at a token (so rules are tried at every position), to diff two builds.
 * Run like {@link OutputDump} with {@code -Dexec.mainClass=io.eventline.nlp.bench.DateDump}.
 */
public final class DateDump {

    private DateDump() {
    }

    public static void main(String[] args) throws Exception {
        DateResolver dates = DateResolver.fromClasspath();
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[0])), false, StandardCharsets.UTF_8)) {
            for (String folder : new String[] {"corpus", "holdout"}) {
                for (Corpus.Item item : Corpus.load(folder)) {
                    String text = item.article().text();
                    LocalDate anchor = item.article().publishedDate();
                    DateContext ctx = new DateContext(anchor, 0, null, null);
                    out.println("## " + folder + "/" + item.name());
                    for (TextSpan s : item.article().sentences()) {
                        List<Token> tokens = Tokenizer.tokenize(text, s.start(), s.end());
                        for (int from = 0; from < tokens.size(); from++) {
                            List<TimeExpression> found = dates.find(text, tokens.subList(from, tokens.size()),
                                    tokens.get(from).start(), s.end(), ctx);
                            if (!found.isEmpty()) {
                                out.println(s.start() + "+" + from + " " + found);
                            }
                        }
                    }
                }
            }
        }
    }
}
