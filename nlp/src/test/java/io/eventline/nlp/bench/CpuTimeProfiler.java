package io.eventline.nlp.bench;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JMH profiler that divides each iteration's operations by CPU time rather than wall-clock time, so the score on
 * a shared, busy machine (where the benchmark thread gets only part of a core) still says what one core does:
 * <ul>
 * <li>{@code ops.per.cpu.s}: operations per CPU-second of the JMH worker threads (the code under test only);</li>
 * <li>{@code ops.per.process.cpu.s}: operations per CPU-second of the whole JVM, GC and JIT threads included;</li>
 * <li>{@code cpu.share}: worker CPU-seconds per wall-clock second, how much of a core the benchmark got.</li>
 * </ul>
 * Use {@code -prof io.eventline.nlp.bench.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> workerCpuBefore = new HashMap<>();
    private long processCpuBefore;
    private long wallBefore;

    @Override
    public String getDescription() {
        return "operations per CPU-second of the benchmark threads and of the process";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        workerCpuBefore.clear();
        workerCpuBefore.putAll(workerCpu());
        processCpuBefore = processCpu();
        wallBefore = System.nanoTime();
    }

    @Override
    public List<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                 IterationResult result) {
        long wall = System.nanoTime() - wallBefore;
        long process = processCpu() - processCpuBefore;
        long worker = 0;
        for (Map.Entry<Long, Long> e : workerCpu().entrySet()) {
            worker += e.getValue() - workerCpuBefore.getOrDefault(e.getKey(), 0L);
        }
        double ops = result.getMetadata().getAllOps();
        return List.of(
                new ScalarResult("ops.per.cpu.s", worker == 0 ? Double.NaN : ops / (worker / 1e9), "ops/cpu-s",
                        AggregationPolicy.AVG),
                new ScalarResult("ops.per.process.cpu.s", process == 0 ? Double.NaN : ops / (process / 1e9),
                        "ops/cpu-s", AggregationPolicy.AVG),
                new ScalarResult("cpu.share", (double) worker / wall, "cores", AggregationPolicy.AVG));
    }

    /** CPU nanoseconds so far of every live JMH worker thread, by thread id. */
    private Map<Long, Long> workerCpu() {
        Map<Long, Long> out = new HashMap<>();
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && t.getThreadName().contains("jmh-worker")) {
                long cpu = threads.getThreadCpuTime(t.getThreadId());
                if (cpu >= 0) {
                    out.put(t.getThreadId(), cpu);
                }
            }
        }
        return out;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
