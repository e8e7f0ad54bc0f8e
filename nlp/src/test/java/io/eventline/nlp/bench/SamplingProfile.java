package io.eventline.nlp.bench;

import io.eventline.contracts.ParsedArticle;
import io.eventline.nlp.eval.Corpus;
import io.eventline.nlp.extract.EventExtractor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Poor man's sampler: where extraction spends its time (top io.eventline frames). Not a test. */
public final class SamplingProfile {

    private SamplingProfile() {
    }

    public static void main(String[] args) throws Exception {
        List<ParsedArticle> articles = Corpus.load().stream().map(Corpus.Item::article).toList();
        EventExtractor x = EventExtractor.fromClasspath();
        volatile_stop = false;
        Thread worker = new Thread(() -> {
            long n = 0;
            long t0 = System.nanoTime();
            while (!volatile_stop) {
                for (ParsedArticle a : articles) {
                    x.extract(a);
                    n++;
                }
            }
            System.out.printf("%d articles in %.1f s = %.0f articles/s%n", n, (System.nanoTime() - t0) / 1e9, n / ((System.nanoTime() - t0) / 1e9));
        });
        worker.start();
        Thread.sleep(3000);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 3000; i++) {
            StackTraceElement[] st = worker.getStackTrace();
            StringBuilder key = new StringBuilder();
            int frames = 0;
            for (StackTraceElement e : st) {
                if (e.getClassName().startsWith("io.eventline") && !e.getClassName().contains("TokenPattern")
                        && !e.getClassName().contains("PatternIndex")) {
                    key.append(e.getClassName().replace("io.eventline.nlp.", "")).append('.').append(e.getMethodName())
                            .append(':').append(e.getLineNumber()).append(" < ");
                    if (++frames == 2) {
                        break;
                    }
                }
            }
            if (frames > 0) {
                counts.merge(key.toString(), 1, Integer::sum);
            }
            Thread.sleep(1);
        }
        volatile_stop = true;
        worker.join();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                .forEach(e -> System.out.println(e.getValue() + "  " + e.getKey()));
    }

    private static volatile boolean volatile_stop;
}
