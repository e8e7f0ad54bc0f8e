package io.eventline.nlp.bench;

import io.eventline.contracts.ParsedArticle;
import io.eventline.nlp.eval.Corpus;
import io.eventline.nlp.extract.EventExtractor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Extraction cost in CPU time of the measuring thread, which a busy shared machine disturbs much less than the
 * wall-clock throughput of {@link ExtractionBenchmark}: articles per CPU-second on one core, and bytes per article.
 * Run like {@link ExtractionBenchmark} with {@code -Dexec.mainClass=io.eventline.nlp.bench.CpuTimeBench}.
 */
public final class CpuTimeBench {

    private CpuTimeBench() {
    }

    public static void main(String[] args) {
        List<ParsedArticle> articles = Corpus.load().stream().map(Corpus.Item::article).toList();
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        EventExtractor x = EventExtractor.fromClasspath();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
        long sink = 0;
        for (int round = 0; round < 8; round++) {
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
            System.out.printf("round %d%s: %.0f articles per CPU-second, %.0f B/article (mean text %d chars)%n", round,
                    round < 3 ? " (warm-up)" : "", n / cpuSeconds, (double) bytes / n, chars / articles.size());
        }
        System.out.println(sink == 42 ? "" : "done");
    }
}
