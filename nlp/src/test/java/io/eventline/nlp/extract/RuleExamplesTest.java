package io.eventline.nlp.extract;

import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.ParsedArticle;
import io.eventline.contracts.PublicationDateOrigin;
import io.eventline.contracts.Quantity;
import io.eventline.contracts.TextSpan;
import io.eventline.nlp.lexicon.RuleFile;
import io.eventline.nlp.time.DateContext;
import io.eventline.nlp.time.DateResolver;
import io.eventline.nlp.time.TimeExpression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs every example line of every rule file under {@code rules/}; a rule without an example fails.
 * Date rules: {@code "text" @anchor => date[..end] PRECISION | NONE}. Other rules go through the whole extractor:
 * {@code "sentence" [@anchor] => TYPE [PLANNED|OCCURRED] [yyyy-mm-dd[..yyyy-mm-dd]] [qty=N unit] [loc=Place] [actor=Name] | NONE}
 * (a range checks date and dateEnd: an event without a time expression of its own is the anchor RANGE).
 */
class RuleExamplesTest {

    private static final LocalDate DEFAULT_ANCHOR = LocalDate.of(2015, 11, 17);
    private static final Pattern EXAMPLE = Pattern.compile("\"(?<text>.*)\"\\s*(?:@(?<anchor>\\d{4}-\\d\\d-\\d\\d))?\\s*=>\\s*(?<expect>.+)");

    record Example(String file, String rule, String line) {
        @Override
        public String toString() {
            return file + " " + rule + ": " + line;
        }
    }

    static Stream<Example> examples() throws IOException, URISyntaxException {
        Path dir = Paths.get(RuleExamplesTest.class.getClassLoader().getResource("rules").toURI());
        List<Example> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rules")).sorted().toList()) {
                String name = "rules/" + f.getFileName();
                for (RuleFile.Block b : RuleFile.load(name)) {
                    if (b.get("define") != null) {
                        continue;
                    }
                    List<String> ex = b.all("example");
                    String id = b.get("id", b.where());
                    if (ex.isEmpty()) {
                        out.add(new Example(name, id, null));
                    }
                    for (String e : ex) {
                        out.add(new Example(name, id, e));
                    }
                }
            }
        }
        assertThat(out).as("rule examples found").hasSizeGreaterThan(50);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleHolds(Example example) {
        if (example.line() == null) {
            fail(example.file() + " rule " + example.rule() + " has no example line");
        }
        Matcher m = EXAMPLE.matcher(example.line());
        assertThat(m.matches()).as("example syntax: " + example.line()).isTrue();
        String text = m.group("text");
        LocalDate anchor = m.group("anchor") != null ? LocalDate.parse(m.group("anchor"))
                : example.file().endsWith("dates.rules") ? null : DEFAULT_ANCHOR;
        String expect = m.group("expect").strip();
        if (example.file().endsWith("dates.rules")) {
            checkDate(text, anchor, expect);
        } else {
            checkEvents(text, anchor, expect);
        }
    }

    private static void checkDate(String text, LocalDate anchor, String expect) {
        List<TimeExpression> found = DateResolver.fromClasspath().find(text, DateContext.of(anchor));
        assertThat(found).as("a time expression in \"" + text + "\"").isNotEmpty();
        TimeExpression t = found.get(0);
        if (expect.equals("NONE")) {
            assertThat(t.resolved()).as("unresolvable: " + t).isFalse();
            return;
        }
        String[] parts = expect.split("\\s+");
        String[] range = parts[0].split("\\.\\.");
        assertThat(t.date()).as("date of \"" + text + "\" " + t).isEqualTo(LocalDate.parse(range[0]));
        if (range.length > 1) {
            assertThat(t.dateEnd()).as("end of \"" + text + "\"").isEqualTo(LocalDate.parse(range[1]));
        }
        assertThat(t.precision().name()).as("precision of \"" + text + "\"").isEqualTo(parts[1]);
    }

    /** A one-sentence article; a final full stop is added so the sentence does not read as a headline. */
    static ParsedArticle article(String sentence, LocalDate anchor) {
        String text = sentence.matches(".*[.!?\"]$") ? sentence : sentence + ".";
        return new ParsedArticle("t", null, null, null, anchor == null ? null : anchor.toString(),
                anchor == null ? null : PublicationDateOrigin.values()[0], text, List.of(new TextSpan(0, text.length())),
                List.of(new TextSpan(0, text.length())), null);
    }

    private static void checkEvents(String text, LocalDate anchor, String expect) {
        List<ExtractedEvent> events = EventExtractor.fromClasspath().extract(article(text, anchor));
        if (expect.equals("NONE")) {
            assertThat(events).as("no event in \"" + text + "\"").isEmpty();
            return;
        }
        String[] parts = expect.split("\\s+(?=(?:PLANNED|OCCURRED|\\d{4}-|qty=|loc=|actor=))");
        EventType type = EventType.valueOf(parts[0].strip());
        List<ExtractedEvent> ofType = events.stream().filter(e -> e.type() == type).toList();
        assertThat(ofType).as(type + " in \"" + text + "\" (got " + events + ")").isNotEmpty();
        ExtractedEvent e = ofType.get(0);
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.equals("PLANNED") || p.equals("OCCURRED")) {
                assertThat(e.status()).as("status " + e).isEqualTo(EventStatus.valueOf(p));
            } else if (p.matches("\\d{4}-\\d\\d-\\d\\d(?:\\.\\.\\d{4}-\\d\\d-\\d\\d)?")) {
                String[] range = p.split("\\.\\.");
                assertThat(e.date()).as("date " + e).isEqualTo(LocalDate.parse(range[0]));
                if (range.length > 1) {
                    assertThat(e.dateEnd()).as("end of the date range " + e).isEqualTo(LocalDate.parse(range[1]));
                }
            } else if (p.startsWith("qty=")) {
                String[] q = p.substring(4).split("\\s+", 2);
                assertThat(e.quantities()).as("quantities " + e).contains(new Quantity(Long.parseLong(q[0]), q[1]));
            } else if (p.startsWith("loc=")) {
                assertThat(e.locations()).as("locations " + e).contains(p.substring(4));
            } else if (p.startsWith("actor=")) {
                assertThat(e.actors()).as("actors " + e).contains(p.substring(6));
            }
        }
    }
}
