package io.eventline.timeline.repository;

import io.eventline.contracts.EventType;
import io.eventline.contracts.TimelineEvent;
import io.eventline.contracts.api.TimelinePage;
import io.eventline.stack.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signature walk (V4) against a real PostgreSQL with the real migrations: it must return exactly what the GIN
 * index returns, page by page, for every kind of web-search query and filter, and the chooser must send frequent
 * words to the walk and rare words, OR and NOT queries to the index.
 */
class TextSearchModeTest {

    private static final int EVENTS = 3000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

    /** Word k of the fixture appears in about 1 / (k + 2) of the events' evidence: a few frequent, many rare. */
    private static final String[] WORDS = {"police", "attack", "minister", "summit", "raided", "jets", "border",
            "treaty", "hostages", "curfew", "o'neil", "ceasefire", "pipeline", "referendum", "veto", "manhunt",
            "embassy", "drone", "flotilla", "quarantine"};

    private static EmbeddedPostgres postgres;
    private static PGSimpleDataSource dataSource;
    private static TimelineQueryRepository repository;

    @BeforeAll
    static void database() throws SQLException {
        postgres = EmbeddedPostgres.startTemporary();
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl());
        dataSource.setUser(postgres.username());
        dataSource.setPassword(postgres.password());
        Flyway.configure().dataSource(dataSource).load().migrate();
        repository = new TimelineQueryRepository(dataSource);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(fixtureSql());
            st.execute("ANALYZE event");
        }
    }

    @AfterAll
    static void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    /**
     * Events spread over three years: 3 % undated, a tenth week-long, a few running for two years (the straddling
     * slice's GiST part); two actors of five, one place of four; evidence words drawn by a fixed hash of the row,
     * and in every ninth event the name "Boko Haram", whose two words always come together.
     */
    private static String fixtureSql() {
        StringBuilder words = new StringBuilder();
        for (int k = 0; k < WORDS.length; k++) {
            words.append(" || CASE WHEN abs(hashtext(g || '-").append(k).append("')) % ").append(k + 2)
                    .append(" = 0 THEN ' ").append(WORDS[k].replace("'", "''")).append("' ELSE '' END");
        }
        return "INSERT INTO event (id, type, title, date, date_end, date_precision, status, actors, locations, "
                + "confidence, source_count, created_at, updated_at, evidence, actors_lc, locations_lc) "
                + "SELECT 'ev_' || lpad(g::text, 5, '0'), (ARRAY['ATTACK','RAID','MEETING'])[1 + g % 3], "
                + "'Event ' || g, d, CASE WHEN g % 500 = 7 THEN d + 730 WHEN g % 10 = 3 THEN d + 6 END, "
                + "CASE WHEN d IS NULL THEN 'UNKNOWN' WHEN g % 500 = 7 THEN 'RANGE' WHEN g % 10 = 3 THEN 'WEEK' "
                + "ELSE 'DAY' END, 'OCCURRED', ARRAY[a1, a2], ARRAY[l], 0.5, 1 + g % 4, now(), now(), "
                + "'It was reported that' " + words + " || CASE WHEN g % 9 = 0 THEN ' Boko Haram' ELSE '' END || '.', "
                + "ARRAY[lower(a1), lower(a2)], ARRAY[lower(l)] "
                + "FROM generate_series(1, " + EVENTS + ") g, LATERAL (SELECT "
                + "CASE WHEN g % 33 = 0 THEN NULL ELSE date '" + FIRST_DAY + "' + abs(hashtext(g || 'd')) % 1095 END AS d, "
                + "(ARRAY['France','NATO','Belgium','Mali','Islamic State'])[1 + g % 5] AS a1, "
                + "(ARRAY['France','NATO','Belgium','Mali','Islamic State'])[1 + (g / 5) % 5] AS a2, "
                + "(ARRAY['Paris','Brussels','Bamako','Raqqa'])[1 + (g / 7) % 4] AS l) x";
    }

    @Test
    void theWalkReturnsExactlyWhatTheIndexReturnsPageByPage() {
        List<String> queries = List.of("police", "attack police", "police attack minister", "summit",
                "\"raided jets\"", "jets -police", "jets or curfew", "o'neil", "\"o'neil\" police", "the",
                "quarantine flotilla", "zzznotaword", "policing", "\"Boko Haram\"", "\"haram boko\"");
        List<TimelineQueryFilter> shapes = new ArrayList<>();
        for (String q : queries) {
            shapes.add(filter(null, null, null, null, null, q));
            shapes.add(filter(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 5, 31), null, null, null, q));
            shapes.add(filter(LocalDate.of(2017, 6, 1), null, null, null, null, q));
            shapes.add(filter(null, LocalDate.of(2015, 8, 1), null, null, null, q));
            shapes.add(filter(null, null, Set.of(EventType.RAID), "NATO", null, q));
            shapes.add(filter(LocalDate.of(2016, 1, 1), null, null, "France", "Paris", q));
        }
        int nonEmpty = 0;
        for (TimelineQueryFilter shape : shapes) {
            List<String> viaIndex = allPages(shape, TextSearchMode.GIN_INDEX);
            List<String> viaWalk = allPages(shape, TextSearchMode.SIGNATURE_WALK);
            assertThat(viaWalk).as("%s", shape).isEqualTo(viaIndex);
            nonEmpty += viaIndex.isEmpty() ? 0 : 1;
        }
        // The comparison means something only if most shapes find events (the stop word and the unknown word don't).
        assertThat(nonEmpty).isGreaterThan(shapes.size() * 2 / 3);
        assertThat(allPages(filter(null, null, null, null, null, "\"o'neil\" police"), TextSearchMode.SIGNATURE_WALK))
                .isNotEmpty();
    }

    @Test
    void frequentWordsAreWalkedRareOnesAndOrNotQueriesGoThroughTheIndex() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(TextSearchModeChooser.choose(c, filter(null, null, null, null, null, "police")))
                    .isEqualTo(TextSearchMode.SIGNATURE_WALK);
            assertThat(TextSearchModeChooser.choose(c, filter(null, null, null, null, null, "quarantine flotilla")))
                    .isEqualTo(TextSearchMode.GIN_INDEX);
            // The planner takes "boko" and "haram" as independent (about 37 events); the phrase rule sees 333.
            assertThat(TextSearchModeChooser.choose(c, filter(null, null, null, null, null, "\"Boko Haram\"")))
                    .isEqualTo(TextSearchMode.SIGNATURE_WALK);
            assertThat(TextSearchModeChooser.choose(c, filter(null, null, null, null, null, "police or attack")))
                    .isEqualTo(TextSearchMode.GIN_INDEX);
            assertThat(TextSearchModeChooser.choose(c, filter(null, null, null, null, null, "-police")))
                    .isEqualTo(TextSearchMode.GIN_INDEX);
            assertThat(TextSearchModeChooser.choose(c, filter(null, null, null, null, null, null)))
                    .isEqualTo(TextSearchMode.GIN_INDEX);
        }
    }

    @Test
    void theRuleWalksOnceTenRowReadsCostMoreThanTheWalk() {
        // 1,000,000 events, a page of 51: the break-even is at about 2,258 matching events.
        assertThat(TextSearchModeChooser.choose(2_300, 1_000_000, 51)).isEqualTo(TextSearchMode.SIGNATURE_WALK);
        assertThat(TextSearchModeChooser.choose(2_200, 1_000_000, 51)).isEqualTo(TextSearchMode.GIN_INDEX);
    }

    @Test
    void onlyLexemesEveryMatchMustContainAreRequired() throws SQLException {
        assertThat(requiredLexemes("police attacks")).containsExactlyInAnyOrder("polic", "attack");
        assertThat(requiredLexemes("\"Islamic State\" O'Neil")).containsExactlyInAnyOrder("islam", "state", "o",
                "neil");
        assertThat(requiredLexemes("police or attack")).isEmpty();
        assertThat(requiredLexemes("police -attack")).isEmpty();
        assertThat(requiredLexemes("the and of")).isEmpty();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT eventline_required_lexemes(to_tsquery('english', 'polic:* & raid'))")) {
            rs.next();
            assertThat((String[]) rs.getArray(1).getArray()).containsExactly("raid");
        }
    }

    @Test
    void anEventsSignatureHasTheBitOfEveryLexemeItContains() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT count(*) FILTER (WHERE (e.search_sig & eventline_lexeme_signature(ARRAY[l]))
                                                   <> eventline_lexeme_signature(ARRAY[l])),
                            count(*)
                     FROM event e, unnest(tsvector_to_array(e.search)) AS l""")) {
            rs.next();
            assertThat(rs.getLong(2)).isGreaterThan(EVENTS);
            assertThat(rs.getLong(1)).isZero();
        }
    }

    private static List<String> requiredLexemes(String query) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT eventline_required_lexemes(websearch_to_tsquery('english', ?))")) {
            st.setString(1, query);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                Array array = rs.getArray(1);
                return Arrays.asList((String[]) array.getArray());
            }
        }
    }

    private static List<String> allPages(TimelineQueryFilter first, TextSearchMode mode) {
        List<String> ids = new ArrayList<>();
        TimelineQueryFilter filter = first;
        for (int pages = 0; pages < EVENTS; pages++) {
            TimelinePage page = repository.page(filter, mode);
            page.events().stream().map(TimelineEvent::id).forEach(ids::add);
            if (page.nextCursor() == null) {
                return ids;
            }
            filter = filter.withAfter(TimelineCursor.decode(page.nextCursor()));
        }
        throw new AssertionError("paging did not end: " + first);
    }

    private static TimelineQueryFilter filter(LocalDate from, LocalDate to, Set<EventType> types, String actor,
                                              String location, String q) {
        return new TimelineQueryFilter(from, to, types, actor == null ? null : List.of(actor),
                location == null ? null : List.of(location), q, null, null, 40, null);
    }
}
