package io.eventline.timeline.bench;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.api.TimelinePage;
import io.eventline.stack.EmbeddedPostgres;
import io.eventline.timeline.repository.TimelineCursor;
import io.eventline.timeline.repository.TimelineQueryFilter;
import io.eventline.timeline.repository.SignatureWalkPlan;
import io.eventline.timeline.repository.TextSearchMode;
import io.eventline.timeline.repository.TextSearchModeChooser;
import io.eventline.timeline.repository.TimelineQueryRepository;
import io.eventline.timeline.repository.TimelineQuerySql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Timeline query latency on a million events. Not a unit test (surefire does not pick it up by name): it starts an
 * embedded PostgreSQL (kept in {@code bench.dataDir} so that the load is paid once, shared_buffers raised from the
 * 128 MB test default to 4 GB as a production server for this data would have, and the tables prewarmed), applies the real Flyway migrations,
 * bulk-loads synthetic events and runs a mix of timeline
 * queries through {@link TimelineQueryRepository} (the class the REST layer uses, with an Agroal pool like the
 * service's), then prints p50/p95/p99 per query kind and overall. Run:
 *
 * <pre>
 * ./mvnw -B -pl timeline-service test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.eventline.timeline.bench.TimelineQueryBenchmark
 * </pre>
 * System properties: {@code bench.events} (default 1000000), {@code bench.articles} (100000),
 * {@code bench.iterations} per kind (200), {@code bench.explain=true} prints one EXPLAIN ANALYZE per kind,
 * {@code bench.dataDir} (default java.io.tmpdir/eventline-timeline-bench-pg), {@code bench.fresh=true} reloads
 * from scratch (needed after an applied migration was edited; new migrations are applied to the kept data),
 * {@code bench.kinds} runs only the kinds whose name contains it, {@code bench.slow} prints each query slower than
 * that many milliseconds.
 */
public final class TimelineQueryBenchmark {

    private static final int WARMUP = 30;

    private TimelineQueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("bench.events", 1_000_000);
        int articles = Integer.getInteger("bench.articles", 100_000);
        int iterations = Integer.getInteger("bench.iterations", 200);
        long slowMillis = Long.getLong("bench.slow", Long.MAX_VALUE / 1_000_000L);
        boolean explain = Boolean.getBoolean("bench.explain");
        Path dataDir = Path.of(System.getProperty("bench.dataDir",
                Path.of(System.getProperty("java.io.tmpdir"), "eventline-timeline-bench-pg").toString()));
        if (Boolean.getBoolean("bench.fresh")) {
            deleteRecursively(dataDir);
        }
        BenchmarkDatabase.tune(dataDir);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.startPersistent(dataDir, 0);
             AgroalDataSource dataSource = pool(postgres)) {
            BenchmarkDatabase.migrate(postgres);
            try (Connection connection = postgres.connect()) {
                long existing = BenchmarkDatabase.count(connection, "event");
                if (existing != events) {
                    BenchmarkDatabase.truncate(connection);
                    TimelineBenchmarkData.load(connection, events, articles);
                } else {
                    System.out.printf("reusing the %,d events already loaded in %s%n", existing, dataDir);
                    try (java.sql.Statement st = connection.createStatement()) {
                        if (TimelineBenchmarkData.lengthenSomeRanges(st) > 0) {
                            st.execute("VACUUM ANALYZE event");
                        }
                    }
                }
                BenchmarkDatabase.printSettings(connection);
            }
            System.out.printf("prewarmed %,d MB into shared buffers%n", BenchmarkDatabase.prewarm(postgres) * 8 / 1024);
            TimelineQueryRepository repository = new TimelineQueryRepository(dataSource);
            Map<String, Function<Random, TimelineQueryFilter>> kinds = kinds(repository);
            String only = System.getProperty("bench.kinds");
            if (only != null) {
                kinds.keySet().removeIf(name -> !name.contains(only));
            }
            if (explain) {
                explainAll(postgres, kinds);
            }
            Random random = new Random(2015);
            for (var kind : kinds.entrySet()) {
                for (int i = 0; i < WARMUP; i++) {
                    repository.page(kind.getValue().apply(random));
                }
            }
            // Round-robin over the kinds, so that a burst of load on this shared machine does not fall on one kind.
            Map<String, long[]> timings = new LinkedHashMap<>();
            kinds.keySet().forEach(k -> timings.put(k, new long[iterations]));
            List<Long> all = new ArrayList<>();
            long rows = 0;
            for (int i = 0; i < iterations; i++) {
                for (var kind : kinds.entrySet()) {
                    TimelineQueryFilter filter = kind.getValue().apply(random);
                    long start = System.nanoTime();
                    TimelinePage page = repository.page(filter);
                    long nanos = System.nanoTime() - start;
                    timings.get(kind.getKey())[i] = nanos;
                    if (nanos > slowMillis * 1_000_000L) {
                        System.out.printf(Locale.ROOT, "slow: %.1f ms %s %s%n", nanos / 1e6, kind.getKey(), filter);
                    }
                    rows += page.events().size();
                    all.add(nanos);
                }
            }
            print(events, iterations, timings, all, rows);
            System.out.printf(Locale.ROOT, "machine: %d cores, load average %.1f at the end of the run%n",
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (java.nio.file.Files.exists(dir)) {
            try (var paths = java.nio.file.Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The query mix: what the UI and API clients do, with random parameters per call. */
    static Map<String, Function<Random, TimelineQueryFilter>> kinds(TimelineQueryRepository repository) {
        Map<String, Function<Random, TimelineQueryFilter>> kinds = new LinkedHashMap<>();
        TimelineQueryFilter all = TimelineQueryFilter.all();
        kinds.put("first page, no filter", r -> all);
        kinds.put("30-day window", r -> {
            LocalDate from = randomDay(r);
            return filter(from, from.plusDays(30), null, null, null, null, null, null);
        });
        kinds.put("from only (open end)", r -> filter(randomDay(r), null, null, null, null, null, null, null));
        kinds.put("to only", r -> filter(null, randomDay(r), null, null, null, null, null, null));
        kinds.put("type", r -> filter(null, null, Set.of(randomType(r)), null, null, null, null, null));
        kinds.put("2 types + 1-year window", r -> {
            LocalDate from = randomDay(r);
            return filter(from, from.plusYears(1), Set.of(EventType.RAID, EventType.ARREST), null, null, null,
                    null, null);
        });
        kinds.put("actor", r -> filter(null, null, null, randomOf(r, TimelineBenchmarkData.ACTORS), null, null,
                null, null));
        kinds.put("location", r -> filter(null, null, null, null, randomOf(r, TimelineBenchmarkData.LOCATIONS),
                null, null, null));
        kinds.put("actor + location + window", r -> {
            LocalDate from = randomDay(r);
            return filter(from, from.plusDays(365), null, randomOf(r, TimelineBenchmarkData.ACTORS),
                    randomOf(r, TimelineBenchmarkData.LOCATIONS), null, null, null);
        });
        kinds.put("q one word", r -> filter(null, null, null, null, null,
                randomOf(r, TimelineBenchmarkData.WORDS), null, null));
        kinds.put("q two words", r -> filter(null, null, null, null, null,
                randomOf(r, TimelineBenchmarkData.WORDS) + " " + randomOf(r, TimelineBenchmarkData.WORDS), null,
                null));
        kinds.put("q phrase + 90-day window", r -> {
            LocalDate from = randomDay(r);
            return filter(from, from.plusDays(90), null, null, null,
                    "\"" + randomOf(r, TimelineBenchmarkData.ACTORS) + "\"", null, null);
        });
        kinds.put("status PLANNED + minSources 3", r -> new TimelineQueryFilter(null, null, null, null, null, null,
                Set.of(EventStatus.PLANNED), 3, TimelineQueryFilter.DEFAULT_LIMIT, null));
        kinds.put("deep cursor (random position)", r -> all.withAfter(new TimelineCursor(randomDay(r), "ev_")));
        kinds.put("cursor into undated tail", r -> all.withAfter(new TimelineCursor(null, "ev_" + Integer.toHexString(r.nextInt(1 << 16)))));
        kinds.put("next page of a filtered page", r -> {
            TimelineQueryFilter first = filter(randomDay(r), null, Set.of(randomType(r)), null, null, null, null, null);
            String next = repository.page(first).nextCursor();
            return next == null ? first : first.withAfter(TimelineCursor.decode(next));
        });
        kinds.put("max page (500)", r -> filter(randomDay(r), null, null, null, null, null, null, null)
                .withLimit(TimelineQueryFilter.MAX_LIMIT));
        return kinds;
    }

    private static TimelineQueryFilter filter(LocalDate from, LocalDate to, Set<EventType> types, String actor,
                                              String location, String q, Set<EventStatus> statuses, Integer minSources) {
        return new TimelineQueryFilter(from, to, types, actor == null ? null : List.of(actor),
                location == null ? null : List.of(location), q, statuses, minSources,
                TimelineQueryFilter.DEFAULT_LIMIT, null);
    }

    private static LocalDate randomDay(Random r) {
        return TimelineBenchmarkData.FIRST_DAY.plusDays(r.nextInt(TimelineBenchmarkData.DAYS));
    }

    private static EventType randomType(Random r) {
        return EventType.values()[r.nextInt(EventType.values().length)];
    }

    /** Uniform over the list, so rare (tail) values are asked for as often as popular ones: the hard case. */
    private static String randomOf(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static AgroalDataSource pool(EmbeddedPostgres postgres) throws java.sql.SQLException {
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.minSize(1).maxSize(4)
                        .connectionFactoryConfiguration(factory -> factory.jdbcUrl(postgres.jdbcUrl())
                                .principal(new NamePrincipal(postgres.username()))
                                .credential(new SimplePassword(postgres.password())))));
    }

    private static void explainAll(EmbeddedPostgres postgres, Map<String, Function<Random, TimelineQueryFilter>> kinds)
            throws Exception {
        Random random = new Random(7);
        try (Connection connection = postgres.connect()) {
            for (var kind : kinds.entrySet()) {
                TimelineQueryFilter filter = kind.getValue().apply(random);
                TextSearchMode text = TextSearchModeChooser.choose(connection, filter);
                System.out.println("=== " + kind.getKey() + " (text filter: " + text + ")");
                SignatureWalkPlan walk = text == TextSearchMode.SIGNATURE_WALK ? SignatureWalkPlan.enter(connection) : null;
                for (TimelineQuerySql sql : TimelineQuerySql.slices(filter, text)) {
                    try (PreparedStatement st = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql.sql())) {
                        TimelineQueryRepository.bind(connection, st, sql.params(), filter.limit() + 1);
                        System.out.println("--- slice " + sql.params());
                        try (ResultSet rs = st.executeQuery()) {
                            while (rs.next()) {
                                System.out.println(rs.getString(1));
                            }
                        }
                    }
                }
                if (walk != null) {
                    walk.close();
                }
            }
        }
    }

    private static void print(int events, int iterations, Map<String, long[]> timings, List<Long> all, long rows) {
        System.out.printf(Locale.ROOT, "%nTimeline query latency, %,d events, %d runs per kind (ms, incl. sources query)%n",
                events, iterations);
        System.out.printf(Locale.ROOT, "%-34s %8s %8s %8s %8s%n", "kind", "p50", "p95", "p99", "max");
        for (var entry : timings.entrySet()) {
            long[] sorted = entry.getValue().clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%-34s %8.2f %8.2f %8.2f %8.2f%n", entry.getKey(), pct(sorted, 50),
                    pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
        }
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-34s %8.2f %8.2f %8.2f %8.2f%n", "OVERALL", pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "(%,d events returned in total)%n", rows);
    }

    private static double pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
