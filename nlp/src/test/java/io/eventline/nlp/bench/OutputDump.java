package io.eventline.nlp.bench;

import io.eventline.nlp.eval.Corpus;
import io.eventline.nlp.extract.EventExtractor;
import io.eventline.nlp.extract.ExtractedEvent;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regression guard for performance work: writes every event the extractor finds in the dev and held-out corpora
 * (with the publication date as anchor and without an anchor) to a file, so two builds can be diffed byte for byte.
 * Run: {@code ./mvnw -B -q -o -pl nlp test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.eventline.nlp.bench.OutputDump -Dexec.args=/tmp/out.txt}
 */
public final class OutputDump {

    private OutputDump() {
    }

    public static void main(String[] args) throws Exception {
        EventExtractor x = EventExtractor.fromClasspath();
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[0])), false, StandardCharsets.UTF_8)) {
            for (String folder : new String[] {"corpus", "holdout"}) {
                for (Corpus.Item item : Corpus.load(folder)) {
                    for (boolean anchored : new boolean[] {true, false}) {
                        out.println("## " + folder + "/" + item.name() + (anchored ? " anchored" : " no-anchor"));
                        for (ExtractedEvent e : anchored ? x.extract(item.article()) : x.extract(item.article(), null)) {
                            out.println(e);
                        }
                    }
                }
            }
        }
    }
}
