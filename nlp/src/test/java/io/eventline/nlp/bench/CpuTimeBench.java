package io.eventline.nlp.bench;

import io.eventline.contracts.ParsedArticle;
import io.eventline.nlp.extract.EventExtractor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Extraction cost in CPU time of the measuring thread, which a busy shared machine disturbs much less than the
 * wall-clock throughput of {@link ExtractionBenchmark}: articles per CPU-second on one core, and bytes per article.
 * Inputs: the bucket named by the first argument, {@code corpus} (default) or {@code 3kb} (see {@link BenchArticles}).
 * Run: {@code ./mvnw -B -q -o -pl nlp test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.eventline.nlp.bench.CpuTimeBench -Dexec.args=3kb}.
 */
public final class CpuTimeBench {

    private CpuTimeBench() {
    }

    public static void main(String[] args) {
        String bucket = args.length > 0 ? args[0] : "corpus";
        List<ParsedArticle> articles = BenchArticles.bucket(bucket);
        long textBytes = BenchArticles.totalBytes(articles);
        EventExtractor x = EventExtractor.fromClasspath();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
        long sink = 0;
        for (int round = 0; round < 10; round++) {
            long n = 0;
            long cpu0 = mx.getCurrentThreadCpuTime();
            long bytes0 = alloc.getCurrentThreadAllocatedBytes();
            while (mx.getCurrentThreadCpuTime() - cpu0 < 2_000_000_000L) {
                for (ParsedArticle a : articles) {
                    sink += x.extract(a).size();
                    n++;
                }
            }
            double cpuSeconds = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            long bytes = alloc.getCurrentThreadAllocatedBytes() - bytes0;
            System.out.printf("%s round %d%s: %.0f articles per CPU-second, %.0f text KB per CPU-second, %.0f B allocated"
                    + "/article (mean text %d bytes)%n", bucket, round, round < 4 ? " (warm-up)" : "", n / cpuSeconds,
                    n / articles.size() * textBytes / cpuSeconds / 1024, (double) bytes / n, textBytes / articles.size());
        }
        System.out.println(sink == 42 ? "" : "done");
    }
}
