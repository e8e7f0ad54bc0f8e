package io.eventline.timeline.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the timeline schema with synthetic but realistically spread data, entirely inside PostgreSQL
 * ({@code generate_series}) so that a million rows load in about a minute: dates over 20 years (mostly days, some
 * weeks, months, years and ranges, a few undated), the 11 event types, skewed actor / location / word popularity
 * (a few very common, a long tail of rare ones), one mention per event pointing at one of the articles.
 */
final class TimelineBenchmarkData {

    static final String[] ACTORS = {
            "France", "United States", "Russia", "NATO", "European Union", "Germany", "United Kingdom", "Turkey",
            "Iran", "Israel", "Ukraine", "China", "Syria", "Iraq", "Islamic State", "Hezbollah", "Hamas",
            "United Nations", "Belgium", "Spain", "Italy", "Poland", "Japan", "India", "Pakistan", "Afghanistan",
            "Taliban", "Al-Qaeda", "Kurdish forces", "Saudi Arabia", "Egypt", "Libya", "Mali", "Nigeria", "Boko Haram",
            "Kenya", "Somalia", "Al-Shabaab", "Yemen", "Houthis", "Qatar", "Jordan", "Lebanon", "Greece", "Sweden",
            "Norway", "Denmark", "Netherlands", "Austria", "Hungary", "Brazil", "Mexico", "Venezuela", "Colombia",
            "Canada", "Australia", "South Korea", "North Korea", "Philippines", "Indonesia"};
    static final String[] LOCATIONS = {
            "Paris", "Saint-Denis", "Brussels", "Molenbeek", "London", "Berlin", "Moscow", "Kyiv", "Washington",
            "New York", "Damascus", "Aleppo", "Raqqa", "Mosul", "Baghdad", "Kabul", "Tehran", "Jerusalem", "Gaza",
            "Beirut", "Ankara", "Istanbul", "Cairo", "Tripoli", "Bamako", "Lagos", "Nairobi", "Mogadishu", "Sanaa",
            "Riyadh", "Doha", "Amman", "Athens", "Rome", "Madrid", "Barcelona", "Nice", "Lyon", "Marseille", "Toulouse",
            "Vienna", "Budapest", "Warsaw", "Stockholm", "Oslo", "Copenhagen", "Amsterdam", "Geneva", "Strasbourg",
            "Tokyo", "Seoul", "Pyongyang", "Beijing", "Delhi", "Islamabad", "Manila", "Jakarta", "Sydney", "Ottawa",
            "Mexico City", "Caracas", "Bogota", "Brasilia", "Kandahar", "Homs", "Idlib", "Donetsk", "Kharkiv", "Odessa",
            "Crimea", "Benghazi", "Sirte", "Timbuktu", "Maiduguri", "Garissa", "Aden", "Basra", "Fallujah", "Tikrit",
            "Kirkuk"};
    static final String[] WORDS = {
            "attack", "police", "government", "minister", "security", "forces", "military", "killed", "people",
            "officials", "president", "said", "city", "country", "state", "group", "members", "support", "suspects",
            "operation", "army", "troops", "border", "crisis", "talks", "agreement", "summit", "leaders", "vote",
            "parliament", "law", "emergency", "explosion", "gunmen", "hostages", "victims", "wounded", "arrested",
            "raid", "apartment", "investigation", "prosecutor", "intelligence", "warned", "threat", "alliance",
            "treaty", "article", "solidarity", "defence", "airstrikes", "jets", "targets", "bombing", "camp",
            "training", "fighters", "claimed", "responsibility", "statement", "video", "message", "mourning", "flags",
            "memorial", "concert", "stadium", "restaurant", "cafe", "hall", "station", "airport", "embassy",
            "ceasefire", "negotiations", "sanctions", "refugees", "migrants", "protest", "demonstration", "election",
            "campaign", "coalition", "pledge", "aid", "deployment", "carrier", "navy", "drone", "missile", "rocket",
            "shelling", "offensive", "siege", "withdrawal", "convoy", "checkpoint", "curfew", "lockdown", "manhunt",
            "accomplice", "ringleader", "cell", "network", "plot", "foiled", "detained", "charged", "court", "trial",
            "sentence", "verdict", "appeal", "resolution", "council", "assembly", "declaration", "invoked", "clause",
            "mutual", "assistance", "request", "response", "retaliation", "strike", "barracks", "headquarters",
            "compound", "village", "province", "region", "capital", "outskirts", "suburb", "district", "neighbourhood",
            "morning", "evening", "night", "weekend", "overnight", "dawn", "announced", "confirmed", "denied",
            "reported", "according", "sources", "witnesses", "footage", "casualties", "toll", "dozens", "hundreds",
            "thousands", "cyberattack", "hackers", "sabotage", "pipeline", "tanker", "vessel", "seized", "hijacked",
            "kidnapped", "released", "exchange", "prisoners", "amnesty", "pardon", "reform", "budget", "spending",
            "veto", "referendum", "independence", "secession", "autonomy", "occupation", "annexation", "settlement"};
    static final String[] TYPES = {
            "ATTACK", "AIRSTRIKE", "RAID", "ARREST", "TREATY_INVOCATION", "PLEDGE_OF_SUPPORT", "MEETING",
            "DECLARATION", "MILITARY_DEPLOYMENT", "LEGISLATIVE_ACTION", "CLAIM_OF_RESPONSIBILITY"};
    static final String[] SOURCES = {"Reuters", "AP", "AFP", "BBC", "Le Monde", "The Guardian", "Al Jazeera",
            "Der Spiegel", "El País", "NYT"};

    static final java.time.LocalDate FIRST_DAY = java.time.LocalDate.of(2006, 1, 1);
    static final int DAYS = 7305;

    private TimelineBenchmarkData() {
    }

    static void load(Connection connection, int events, int articles) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            st.execute("SET synchronous_commit = off");
            st.execute("SET maintenance_work_mem = '512MB'");
            st.execute("SET work_mem = '64MB'");
            st.execute("SET max_parallel_maintenance_workers = 2");
            // Bulk load without secondary indexes, then rebuild exactly the indexes the migrations declared.
            List<String> indexes = secondaryIndexes(st);
            for (String index : indexes) {
                st.execute("DROP INDEX " + index.split("\\|", 2)[0]);
            }
            st.execute("SELECT setseed(0.2015)");
            long t0 = System.nanoTime();
            st.execute(articlesSql(articles));
            st.execute(eventsSql(events));
            st.execute(mentionsSql(articles));
            long t1 = System.nanoTime();
            for (String index : indexes) {
                st.execute(index.split("\\|", 2)[1]);
            }
            long t2 = System.nanoTime();
            lengthenSomeRanges(st);
            st.execute("VACUUM ANALYZE article");
            st.execute("VACUUM ANALYZE event");
            st.execute("VACUUM ANALYZE mention");
            System.out.printf("loaded %,d events, %,d mentions, %,d articles in %.1f s; %d indexes rebuilt in %.1f s%n",
                    events, events, articles, (t1 - t0) / 1e9, indexes.size(), (t2 - t1) / 1e9);
        }
    }

    /**
     * A few long-running events (campaigns, wars, states of emergency: 1 in 50 RANGE events, 401 to 3400 days) so
     * that windows also meet events that began years before them. Idempotent, so also applied to kept data.
     */
    static int lengthenSomeRanges(Statement st) throws SQLException {
        return st.executeUpdate("UPDATE event SET date_end = date + 401 + abs(hashtext(id)) % 3000 "
                + "WHERE date_precision = 'RANGE' AND abs(hashtext(id)) % 50 = 0 AND date_end - date <= 400");
    }

    /** "name|CREATE INDEX ..." for every non-primary-key index of the loaded tables. */
    private static List<String> secondaryIndexes(Statement st) throws SQLException {
        List<String> result = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("""
                SELECT i.indexname, i.indexdef FROM pg_indexes i
                WHERE i.schemaname = current_schema() AND i.tablename IN ('event', 'mention', 'article')
                  AND i.indexname NOT IN (SELECT conname FROM pg_constraint)""")) {
            while (rs.next()) {
                result.add(rs.getString(1) + "|" + rs.getString(2));
            }
        }
        return result;
    }

    private static String array(String[] values) {
        StringBuilder sb = new StringBuilder("ARRAY[");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ",").append('\'').append(values[i].replace("'", "''")).append('\'');
        }
        return sb.append("]::text[]").toString();
    }

    /** A skewed pick from {@code values}: index 1 is the most popular, the tail is rare (power law on random()). */
    private static String pick(String arrayExpr, int size, double power) {
        return "(" + arrayExpr + ")[1 + floor(power(random(), " + power + ") * " + size + ")::int]";
    }

    private static String articlesSql(int articles) {
        return "INSERT INTO article (id, title, source, url, published_at, published_date, published_at_origin, "
                + "anchor_date, status, received_at, processed_at) "
                + "SELECT 'art_' || g, 'Article number ' || g, " + pick(array(SOURCES), SOURCES.length, 1.5)
                + ", 'https://news.example.org/' || g, to_char(d, 'YYYY-MM-DD'), d, 'REQUEST', d, 'PROCESSED', "
                + "now() - g * interval '1 minute', now() - g * interval '1 minute' "
                + "FROM generate_series(1, " + articles + ") g, "
                + "LATERAL (SELECT date '" + FIRST_DAY + "' + floor(random() * " + DAYS + ")::int + (g * 0) AS d) x";
    }

    private static String eventsSql(int events) {
        String words = array(WORDS);
        String w = pick("w.words", WORDS.length, 2.5);
        String actors = array(ACTORS);
        String locations = array(LOCATIONS);
        return "INSERT INTO event (id, type, title, date, date_end, date_precision, status, actors, locations, "
                + "quantities, cameo_code, confidence, source_count, alternative_dates, created_at, updated_at, "
                + "version, evidence, actors_lc, locations_lc) "
                + "SELECT id, type, title, d, CASE p WHEN 'WEEK' THEN d + 6 WHEN 'MONTH' THEN d + 30 "
                + "    WHEN 'YEAR' THEN d + 364 WHEN 'RANGE' THEN d + 1 + floor(random() * 14)::int END, "
                + "  p, CASE WHEN random() < 0.06 THEN 'PLANNED' ELSE 'OCCURRED' END, a, l, "
                + "  jsonb_build_array(jsonb_build_object('value', 1 + floor(random() * 200)::int, 'unit', 'killed')), "
                + "  NULL, round(random()::numeric, 2)::double precision, 1 + floor(power(random(), 4) * 12)::int, "
                + "  NULL, now(), now(), 0, evidence, "
                + "  (SELECT array_agg(lower(x)) FROM unnest(a) x), (SELECT array_agg(lower(x)) FROM unnest(l) x) "
                + "FROM ( "
                + "  SELECT 'ev_' || substr(md5(g::text), 1, 20) AS id, t AS type, "
                + "    CASE WHEN pr < 0.03 THEN 'UNKNOWN' WHEN pr < 0.83 THEN 'DAY' WHEN pr < 0.89 THEN 'WEEK' "
                + "      WHEN pr < 0.95 THEN 'MONTH' WHEN pr < 0.98 THEN 'YEAR' ELSE 'RANGE' END AS p, "
                + "    CASE WHEN pr < 0.03 THEN NULL ELSE date '" + FIRST_DAY + "' + floor(random() * " + DAYS
                + ")::int END AS d, "
                + "    a, l, "
                + "    initcap(replace(lower(t), '_', ' ')) || ' ' || a[1] || ' in ' || l[1] || ' ' || " + w
                + " AS title, "
                + "    a[1] || ' ' || " + w + " " + " || ' ' || " + w + " || ' in ' || l[1] || ', ' || " + w
                + " || ' ' || " + w + " || ' said the ' || " + w + " || ' ' || " + w + " || ' after the ' || " + w
                + " || ' ' || " + w + " || ' near ' || " + w + " || ' ' || " + w + " || '.' AS evidence "
                + "  FROM generate_series(1, " + events + ") g "
                + "  CROSS JOIN (SELECT " + words + " AS words) w "
                + "  CROSS JOIN LATERAL (SELECT (" + array(TYPES) + ")[1 + floor(random() * 11)::int + (g * 0)] AS t, "
                + "    random() + (g * 0) AS pr, "
                + "    ARRAY[" + pick(actors, ACTORS.length, 2.0) + ", " + pick(actors, ACTORS.length, 2.0)
                + "] AS a, ARRAY[" + pick(locations, LOCATIONS.length, 2.0) + "] AS l) r "
                + ") s";
    }

    private static String mentionsSql(int articles) {
        return "INSERT INTO mention (event_id, article_id, type, title, date, date_end, date_precision, status, "
                + "date_basis, actors, locations, confidence, sentence, sentence_start, sentence_end) "
                + "SELECT e.id, 'art_' || (1 + abs(hashtext(e.id)) % " + articles + "), e.type, e.title, e.date, "
                + "e.date_end, e.date_precision, e.status, 'PUBLICATION_DATE', e.actors, e.locations, e.confidence, "
                + "e.evidence, 0, length(e.evidence) FROM event e";
    }
}
