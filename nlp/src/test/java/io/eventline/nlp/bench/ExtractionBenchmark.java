package io.eventline.nlp.bench;

import io.eventline.contracts.ParsedArticle;
import io.eventline.nlp.extract.EventExtractor;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of event extraction alone (articles already parsed), single thread, i.e. one core, over two buckets of
 * inputs (see {@link BenchArticles}): {@code corpus}, the dev corpus as it is, and
 * {@code 3kb}, one article of at least 3,000 bytes per corpus article (long corpus articles as they are, the others
 * continued with whole paragraphs of the next corpus articles). Results:
 * <ul>
 * <li>score ({@code extract}) = articles per wall-clock second of the one benchmark thread;</li>
 * <li>{@code extract:bytes} = bytes of article text per second, so the size behind the score is visible;</li>
 * <li>{@code extract:gc.alloc.rate.norm} = bytes allocated per article (GC profiler);</li>
 * <li>{@code extract:ops.per.cpu.s} = articles per CPU-second of the benchmark thread, what one core does even when
 * a busy machine gives the thread only part of one ({@code extract:cpu.share}); see {@link CpuTimeProfiler}.</li>
 * </ul>
 * Both profilers are on by default in {@link #main}; naming any {@code -prof} on the command line replaces them.
 * Run (forks one JVM per bucket, so each gets its own JIT profile):
 * {@code ./mvnw -B -q -o -pl nlp test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java
 * -Dexec.args="-cp %classpath io.eventline.nlp.bench.ExtractionBenchmark"}.
 * Any JMH command-line option can be appended to the class name in {@code exec.args}, e.g. {@code -p bucket=3kb},
 * {@code -f 3}, {@code -prof stack}. On a busy shared machine {@link CpuTimeBench} (CPU time of the measuring thread)
 * is steadier for comparing two builds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

    /** Which inputs: the dev corpus as it is, or articles of at least 3 KB built from it. */
    @Param({"corpus", "3kb"})
    public String bucket;

    private ParsedArticle[] articles;
    private long bytesPerInvocation;
    private EventExtractor extractor;

    /** Text bytes extracted, reported by JMH as a rate next to the score. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Text {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        List<ParsedArticle> list = BenchArticles.bucket(bucket);
        articles = list.toArray(new ParsedArticle[0]);
        bytesPerInvocation = BenchArticles.totalBytes(list);
        extractor = EventExtractor.fromClasspath();
        System.out.printf("%nbucket %s: %d articles, mean text %d bytes%n", bucket, articles.length,
                BenchArticles.meanBytes(list));
    }

    @Benchmark
    @OperationsPerInvocation(BenchArticles.COUNT)
    public void extract(Text text, Blackhole bh) {
        for (ParsedArticle a : articles) {
            bh.consume(extractor.extract(a));
        }
        text.bytes += bytesPerInvocation;
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        // defaults for what the command line leaves unset (set on the builder, they would override it)
        OptionsBuilder opts = new OptionsBuilder();
        opts.parent(cli).include(ExtractionBenchmark.class.getName() + ".extract").threads(1);
        if (!cli.getForkCount().hasValue()) {
            opts.forks(1);
        }
        if (!cli.getWarmupIterations().hasValue()) {
            opts.warmupIterations(10);
        }
        if (!cli.getWarmupTime().hasValue()) {
            opts.warmupTime(TimeValue.seconds(2));
        }
        if (!cli.getMeasurementIterations().hasValue()) {
            opts.measurementIterations(10);
        }
        if (!cli.getMeasurementTime().hasValue()) {
            opts.measurementTime(TimeValue.seconds(2));
        }
        if (cli.getProfilers().isEmpty()) {
            opts.addProfiler(GCProfiler.class).addProfiler(CpuTimeProfiler.class);
        }
        new Runner(opts.build()).run();
    }
}
