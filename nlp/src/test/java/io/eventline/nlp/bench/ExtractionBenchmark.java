package io.eventline.nlp.bench;

import io.eventline.contracts.ParsedArticle;
import io.eventline.nlp.eval.Corpus;
import io.eventline.nlp.extract.EventExtractor;
import io.eventline.nlp.extract.ExtractedEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of event extraction alone (articles already parsed) over the labelled corpus, single thread.
 * Score = articles per second on one core; with {@code -prof gc} (on by default in {@link #main})
 * {@code gc.alloc.rate.norm} = bytes allocated per article.
 * <p>
 * Run: {@code ./mvnw -B -q -o -pl nlp test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.eventline.nlp.bench.ExtractionBenchmark}
 * (in-process, forks=0, because exec:java does not expose a class path a forked JVM could reuse).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

    /** Articles per invocation; keep in step with the corpus size (checked in setup). */
    static final int ARTICLES = 50;

    private ParsedArticle[] articles;
    private EventExtractor extractor;

    @Setup(Level.Trial)
    public void setUp() {
        List<Corpus.Item> items = Corpus.load();
        articles = new ParsedArticle[ARTICLES];
        long chars = 0;
        for (int i = 0; i < ARTICLES; i++) {
            articles[i] = items.get(i % items.size()).article();
            chars += articles[i].text().length();
        }
        extractor = EventExtractor.fromClasspath();
        System.out.printf("%n%d corpus articles, mean cleaned text %d chars%n", items.size(), chars / ARTICLES);
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void extractCorpus(Blackhole bh) {
        for (ParsedArticle a : articles) {
            List<ExtractedEvent> events = extractor.extract(a);
            bh.consume(events);
        }
    }

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.runner.options.ChainedOptionsBuilder opts = new OptionsBuilder()
                .include(ExtractionBenchmark.class.getSimpleName())
                .forks(0)
                .threads(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .addProfiler(GCProfiler.class);
        if (Boolean.getBoolean("bench.stack")) {
            opts.addProfiler(org.openjdk.jmh.profile.StackProfiler.class, "lines=3;top=25;detailLine=true");
        }
        new Runner(opts.build()).run();
    }


}
