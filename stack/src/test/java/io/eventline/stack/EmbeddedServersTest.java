package io.eventline.stack;

import io.eventline.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedServersTest {

    @Test
    void kafkaKeepsRecordsAcrossARestartOfAPersistentBroker(@TempDir Path dir) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.startPersistent(dir.resolve("kafka"), 0)) {
            kafka.createEventlineTopics();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                assertThat(admin.describeTopics(List.of(Topics.ARTICLES_PARSED)).allTopicNames().get()
                        .get(Topics.ARTICLES_PARSED).partitions()).hasSize(EmbeddedKafka.DEFAULT_PARTITIONS);
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    "bootstrap.servers", kafka.bootstrapServers(), "acks", "all"),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES_PARSED, "k", "kept")).get();
            }
        }
        try (EmbeddedKafka again = EmbeddedKafka.startPersistent(dir.resolve("kafka"), 0)) {
            assertThat(readAll(again.bootstrapServers(), Topics.ARTICLES_PARSED)).containsExactly("kept");
        }
    }

    @Test
    void postgresKeepsDataAcrossARestartOfAPersistentServer(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.startPersistent(dir.resolve("pg"), 0);
             Connection c = pg.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE note (text text)");
            st.execute("INSERT INTO note VALUES ('kept')");
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.startPersistent(dir.resolve("pg"), 0);
             Connection c = pg.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT text, current_user FROM note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept");
            assertThat(rs.getString(2)).isEqualTo(EmbeddedPostgres.USERNAME);
        }
    }

    @Test
    void anotherDatabaseIsSeparateAndOwnedByTheEventlineRole() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.startTemporary()) {
            String url = pg.createDatabase("eventline_other");
            assertThat(pg.createDatabase("eventline_other")).as("idempotent").isEqualTo(url);
            try (Connection c = java.sql.DriverManager.getConnection(url, pg.username(), pg.password());
                 Statement st = c.createStatement()) {
                st.execute("CREATE TABLE note (text text)");
            }
            try (Connection c = pg.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'note'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).as("not in the eventline database").isZero();
            }
            assertThatThrownBy(() -> pg.createDatabase("x; drop")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static List<String> readAll(String bootstrap, String topic) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrap, "group.id", "reader", "auto.offset.reset", "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.isEmpty() && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }
}
