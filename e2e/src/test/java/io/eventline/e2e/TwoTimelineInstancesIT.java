package io.eventline.e2e;

import io.eventline.contracts.AlternativeDate;
import io.eventline.contracts.ArticleStatus;
import io.eventline.contracts.DatePrecision;
import io.eventline.contracts.EventSource;
import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.contracts.Quantity;
import io.eventline.contracts.TimelineEvent;
import io.eventline.contracts.Topics;
import io.eventline.contracts.api.ArticleView;
import io.eventline.stack.EmbeddedPostgres;
import io.eventline.stack.EventlineClient;
import io.eventline.stack.ServiceProcess;
import io.eventline.stack.Stack;
import io.eventline.stack.StackOptions;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #4, "order does not matter", across processes. Two timeline-service processes in one consumer group, each
 * on its own partitions of articles.parsed and both on one database, merge the seeds and the NLP corpus (among them
 * several reports of the Paris attacks of November 2015) at once. A third timeline-service process, alone on a fresh
 * database, then reads the very same articles.parsed records one at a time in the reverse order. Both timelines
 * must be the same, ids and timestamps aside.
 */
class TwoTimelineInstancesIT {

    /** The consumer group of timeline-service (application.properties). */
    private static final String GROUP = "timeline-service";
    /** A copy of articles.parsed in the reverse order, on one partition so that it is read in exactly that order. */
    private static final String REVERSED_TOPIC = Topics.ARTICLES_PARSED + ".reversed";
    private static final String REFERENCE_DATABASE = "eventline_reference";
    private static final String REFERENCE_EVENTS_TOPIC = Topics.TIMELINE_EVENTS + ".reference";
    private static final Duration PROCESSING = Duration.ofMinutes(3);

    /**
     * Corpus articles (by number) besides the seeds: the Paris attacks of November 2015 and what followed (49 and 50
     * are copies of the seeds: same ids); other happenings that must stay apart (Bamako a week later, Brussels 2016 and
     * its arrests); undated reports, dated only by what they merge with; NATO Article 4 requests.
     */
    private static final Set<String> CORPUS = Set.of(
            "01", "02", "03", "05", "21", "22", "24", "29", "38", "39", "40", "46", "49", "50",
            "04", "07", "08", "48",
            "16", "34", "36", "42", "43", "44",
            "14", "15");

    @Test
    void twoInstancesOnDifferentPartitionsBuildTheTimelineOfOneInstanceReadingTheArticlesReversed() throws Exception {
        long started = System.nanoTime();
        Path work = Files.createTempDirectory("eventline-two-instances");
        StackOptions options = StackOptions.ephemeral(RunningStack.repoRoot(), work, RunningStack.API_KEY)
                .withTimelineInstances(2);
        try (Stack stack = Stack.start(options, TwoTimelineInstancesIT::log)) {
            long stackReady = System.nanoTime();
            List<ServiceProcess> instances = stack.timelineServices();
            assertThat(instances).hasSize(2);
            Map<String, List<Integer>> partitionsByInstance = awaitEveryMemberAssigned(stack, instances.size());

            // Two instances at once: every article through the public gateway, in file name order.
            EventlineClient gateway = new EventlineClient(stack.gatewayUrl(), RunningStack.API_KEY);
            List<Path> files = articleFiles();
            long posting = System.nanoTime();
            List<String> ids = files.stream().map(gateway::postFile).distinct().toList();
            long posted = System.nanoTime();
            awaitMerged(stack.postgres(), EmbeddedPostgres.DATABASE, ids.size());
            assertThat(gateway.awaitProcessed(ids, PROCESSING)).extracting(ArticleView::status)
                    .containsOnly(ArticleStatus.PROCESSED);
            long togetherDone = System.nanoTime();
            List<TimelineEvent> together = new EventlineClient(instances.get(0).baseUrl(), null).timeline();
            Merges mergesTogether = merges(stack.postgres(), EmbeddedPostgres.DATABASE);

            // Who did what: each instance merged exactly the articles of its own partitions, at the same time.
            Map<String, ConsumerRecord<String, String>> parsed = readArticlesParsed(stack, ids);
            Map<String, String> instanceOf = instanceOfArticle(parsed, partitionsByInstance);
            assertThat(describeGroup(stack).members()).as("the group still has the members it settled on")
                    .extracting(MemberDescription::clientId)
                    .containsExactlyInAnyOrderElementsOf(partitionsByInstance.keySet());
            Map<String, Long> merged = new TreeMap<>();
            instances.forEach(instance -> merged.put(instance.name(), processedArticles(instance)));
            assertThat(merged).as("articles merged by each instance (its /q/metrics counter)")
                    .containsOnlyKeys(partitionsByInstance.keySet())
                    .isEqualTo(instanceOf.values().stream()
                            .collect(Collectors.groupingBy(i -> i, TreeMap::new, Collectors.counting())));
            List<String> mergedBy = mergesTogether.order().stream().map(instanceOf::get).toList();
            String firstToMerge = mergedBy.get(0);
            assertThat(mergedBy.subList(0, mergedBy.lastIndexOf(firstToMerge)))
                    .as("the other instance merged before %s was done: %s", firstToMerge, mergedBy)
                    .anyMatch(instance -> !instance.equals(firstToMerge));

            // One instance on a fresh database: the same records, in the reverse order.
            List<String> reversed = new ArrayList<>(ids);
            Collections.reverse(reversed);
            ServiceProcess alone = startReference(stack, reversed.stream().map(parsed::get).toList());
            EventlineClient reference = new EventlineClient(alone.baseUrl(), null);
            awaitMerged(stack.postgres(), REFERENCE_DATABASE, ids.size());
            assertThat(reference.awaitProcessed(ids, PROCESSING)).extracting(ArticleView::status)
                    .containsOnly(ArticleStatus.PROCESSED);
            long aloneDone = System.nanoTime();
            List<TimelineEvent> alonesTimeline = reference.timeline();
            Merges mergesAlone = merges(stack.postgres(), REFERENCE_DATABASE);
            assertThat(mergesAlone.order()).as("the reference instance merged the articles in the reverse order")
                    .isEqualTo(reversed);
            assertThat(mergesTogether.order()).as("the two instances merged them in another order")
                    .isNotEqualTo(reversed);

            List<Content> actual = contents(together);
            log("articles: " + ids.size() + " (" + files.size() + " files); events: two instances " + together.size()
                    + ", one instance reversed " + alonesTimeline.size() + "; events with several sources: "
                    + actual.stream().filter(c -> c.sourceCount() > 1).count());
            partitionsByInstance.forEach((instance, partitions) -> log(instance + ": partitions " + partitions
                    + " of " + Topics.ARTICLES_PARSED + ", articles merged " + merged.get(instance)));
            log("merge order by instance: " + mergedBy.stream().map(i -> i.substring(i.length() - 1))
                    .collect(Collectors.joining()));
            log("timings: stack " + seconds(started, stackReady)
                    + ", two instances " + seconds(stackReady, togetherDone) + " (posting " + seconds(posting, posted)
                    + ", first to last merge " + seconds(mergesTogether.span()) + ")"
                    + ", one instance reversed " + seconds(togetherDone, aloneDone) + " with its start"
                    + " (first to last merge " + seconds(mergesAlone.span()) + ")");
            assertThat(actual).as("the timeline of two instances at once vs one instance reading in reverse")
                    .containsExactlyElementsOf(contents(alonesTimeline));
        }
    }

    /** The seeds and the chosen corpus articles (gold files left out), in file name order. */
    private static List<Path> articleFiles() {
        List<Path> files = new ArrayList<>(list(RunningStack.seeds()));
        list(RunningStack.repoRoot().resolve("nlp/src/test/resources/corpus")).stream()
                .filter(p -> CORPUS.contains(p.getFileName().toString().substring(0, 2)))
                .forEach(files::add);
        return files;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return !name.endsWith(".gold.json") && !name.equalsIgnoreCase("README.md");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the consumer group is stable with {@code members} members that each own partitions of
     * articles.parsed, so that no rebalance moves partitions while the articles are processed; returns each
     * member's partitions by client id (the process name, see {@link Stack}).
     */
    private static Map<String, List<Integer>> awaitEveryMemberAssigned(Stack stack, int members) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        ConsumerGroupDescription group = null;
        while (System.nanoTime() < deadline) {
            group = describeGroup(stack);
            Map<String, List<Integer>> assigned = partitionsByMember(group);
            if (group.groupState() == GroupState.STABLE && assigned.size() == members
                    && assigned.values().stream().noneMatch(List::isEmpty)) {
                return assigned;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("consumer group " + GROUP + " did not settle on " + members
                + " members with partitions each: " + group);
    }

    private static ConsumerGroupDescription describeGroup(Stack stack) throws Exception {
        try (Admin admin = admin(stack)) {
            return admin.describeConsumerGroups(List.of(GROUP)).all().get(10, TimeUnit.SECONDS).get(GROUP);
        }
    }

    private static Map<String, List<Integer>> partitionsByMember(ConsumerGroupDescription group) {
        Map<String, List<Integer>> byMember = new TreeMap<>();
        for (MemberDescription member : group.members()) {
            byMember.put(member.clientId(), member.assignment().topicPartitions().stream()
                    .filter(tp -> tp.topic().equals(Topics.ARTICLES_PARSED))
                    .map(TopicPartition::partition).sorted().toList());
        }
        return byMember;
    }

    private static Admin admin(Stack stack) {
        return Admin.create(Map.<String, Object>of("bootstrap.servers", stack.kafka().bootstrapServers()));
    }

    /** Which instance consumed each article: the owner of its record's partition. */
    private static Map<String, String> instanceOfArticle(Map<String, ConsumerRecord<String, String>> records,
                                                         Map<String, List<Integer>> partitionsByInstance) {
        Map<String, String> instanceOf = new LinkedHashMap<>();
        records.forEach((id, record) -> partitionsByInstance.forEach((instance, partitions) -> {
            if (partitions.contains(record.partition())) {
                instanceOf.put(id, instance);
            }
        }));
        return instanceOf;
    }

    /** The instance's own count of articles it merged (Prometheus counter on /q/metrics). */
    private static long processedArticles(ServiceProcess instance) {
        EventlineClient.Answer metrics = new EventlineClient(instance.baseUrl(), null).get("/q/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        return Math.round(metrics.body().lines()
                .filter(l -> l.startsWith("eventline_articles_processed_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum());
    }

    /**
     * Waits until {@code count} articles are merged (or failed) in the database, asking PostgreSQL rather than the
     * services' APIs so that the waiting takes no CPU from the instances being measured.
     */
    private static void awaitMerged(EmbeddedPostgres postgres, String database, int count) throws Exception {
        long deadline = System.nanoTime() + PROCESSING.toNanos();
        try (Connection c = connect(postgres, database); Statement st = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = st.executeQuery("select count(*) from article where status <> 'PENDING'")) {
                    rs.next();
                    if (rs.getInt(1) >= count) {
                        return;
                    }
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException(count + " articles not merged in " + database + " within " + PROCESSING);
    }

    /** The articles in the order their merge transactions committed, and the time from the first to the last. */
    record Merges(List<String> order, Duration span) {
    }

    private static Merges merges(EmbeddedPostgres postgres, String database) throws SQLException {
        try (Connection c = connect(postgres, database); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select id, processed_at from article order by processed_at, id")) {
            List<String> ids = new ArrayList<>();
            java.time.Instant first = null;
            java.time.Instant last = null;
            while (rs.next()) {
                ids.add(rs.getString(1));
                last = rs.getTimestamp(2).toInstant();
                first = first == null ? last : first;
            }
            return new Merges(ids, first == null ? Duration.ZERO : Duration.between(first, last));
        }
    }

    private static Connection connect(EmbeddedPostgres postgres, String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }

    /** The first articles.parsed record of each article, by article id (the record key). */
    private static Map<String, ConsumerRecord<String, String>> readArticlesParsed(Stack stack, List<String> ids) {
        Map<String, ConsumerRecord<String, String>> byId = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of("bootstrap.servers", stack.kafka().bootstrapServers()),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_PARSED).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!byId.keySet().containsAll(ids) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    byId.putIfAbsent(r.key(), r);
                }
            }
        }
        assertThat(byId).as("an articles.parsed record for every article").containsKeys(ids.toArray(String[]::new));
        return byId;
    }

    /**
     * One timeline-service alone on a fresh database, in a consumer group of its own, reading {@code records} in
     * their order from a one-partition topic and publishing its changes to a topic nobody else reads.
     */
    private static ServiceProcess startReference(Stack stack, List<ConsumerRecord<String, String>> records)
            throws Exception {
        stack.kafka().createTopics(Map.of(REVERSED_TOPIC, 1, REFERENCE_EVENTS_TOPIC, 1));
        publish(stack, records);
        return stack.startTimelineService("timeline-reference", REFERENCE_DATABASE, Map.of(
                        "mp.messaging.incoming.articles-in.topic", REVERSED_TOPIC,
                        "mp.messaging.incoming.articles-in.group.id", "timeline-reference",
                        "mp.messaging.outgoing.timeline-out.topic", REFERENCE_EVENTS_TOPIC),
                TwoTimelineInstancesIT::log);
    }

    /** Copies the records, key, value and headers, to the one partition of the reversed topic, in list order. */
    private static void publish(Stack stack, List<ConsumerRecord<String, String>> records) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", stack.kafka().bootstrapServers(), "acks", "all",
                "max.request.size", Integer.toString(8 * 1024 * 1024)),
                new StringSerializer(), new StringSerializer())) {
            for (ConsumerRecord<String, String> r : records) {
                producer.send(new ProducerRecord<>(REVERSED_TOPIC, 0, r.key(), r.value(), r.headers())).get();
            }
        }
    }

    /** What an event says, without its id and timestamps; sources in article and sentence order. */
    record Content(EventType type, LocalDate date, LocalDate dateEnd, DatePrecision precision, EventStatus status,
                   String title, List<String> actors, List<String> locations, List<Quantity> quantities,
                   String cameoCode, double confidence, int sourceCount, List<AlternativeDate> alternativeDates,
                   List<EventSource> sources) {

        static Content of(TimelineEvent e) {
            List<EventSource> sources = e.sources().stream()
                    .sorted(Comparator.comparing(EventSource::articleId)
                            .thenComparing(EventSource::sentenceStart, Comparator.nullsFirst(Comparator.naturalOrder()))
                            .thenComparing(EventSource::sentence, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList();
            return new Content(e.type(), e.date(), e.dateEnd(), e.datePrecision(), e.status(), e.title(), e.actors(),
                    e.locations(), e.quantities(), e.cameoCode(), e.confidence(), e.sourceCount(),
                    e.alternativeDates(), sources);
        }
    }

    private static List<Content> contents(List<TimelineEvent> timeline) {
        return timeline.stream().map(Content::of).sorted(Comparator.comparing(Content::toString)).toList();
    }

    private static String seconds(long from, long to) {
        return seconds(Duration.ofNanos(to - from));
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static void log(String message) {
        System.out.println("[two-instances] " + message);
    }
}
