package io.eventline.nlp.eval;

import io.eventline.contracts.ParsedArticle;
import io.eventline.nlp.article.ArticleParser;
import io.eventline.nlp.article.RawArticle;
import io.eventline.nlp.extract.EventExtractor;
import io.eventline.nlp.extract.ExtractedEvent;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Prints what the extractor finds in a text file, for looking at articles by hand:
 * {@code ./mvnw -pl nlp test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.eventline.nlp.eval.DumpEvents -Dexec.args="file.txt [anchor]"}.
 */
public final class DumpEvents {

    private DumpEvents() {
    }

    public static void main(String[] args) throws Exception {
        ParsedArticle a = ArticleParser.create().parse(RawArticle.text(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)));
        LocalDate anchor = args.length > 1 ? LocalDate.parse(args[1]) : a.publishedDate();
        System.out.println("published " + a.publishedAt() + ", anchor " + anchor);
        for (ExtractedEvent e : EventExtractor.fromClasspath().extract(a, anchor)) {
            System.out.printf("%-22s %-10s %-10s %-6s %-8s %-9s %.2f %s | actors=%s locs=%s qty=%s | expr=%s%n   %s%n", e.type(), e.date(),
                    e.dateEnd(), e.datePrecision(), e.status(), e.dateBasis(), e.confidence(), e.title(), e.actors(),
                    e.locations(), e.quantities(), e.timeExpression(), e.sentence());
        }
    }
}
