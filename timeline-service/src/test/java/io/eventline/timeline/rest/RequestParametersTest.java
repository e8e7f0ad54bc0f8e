package io.eventline.timeline.rest;

import io.eventline.contracts.EventStatus;
import io.eventline.contracts.EventType;
import io.eventline.timeline.repository.ArticleCursor;
import io.eventline.timeline.repository.TimelineCursor;
import io.eventline.timeline.repository.TimelineQueryFilter;
import io.eventline.timeline.repository.TimelineQuerySql;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestParametersTest {

    private static TimelineQueryFilter parse(String from, String to, List<String> types, String limit, String cursor) {
        return RequestParameters.timeline(from, to, types, null, null, null, null, null, limit, cursor);
    }

    @Test
    void defaultsToTheWholeTimelineFirstPage() {
        TimelineQueryFilter filter = parse(null, null, null, null, null);
        assertThat(filter.limit()).isEqualTo(50);
        assertThat(filter.includesUndated()).isTrue();
        assertThat(filter.after()).isNull();
    }

    @Test
    void typesAcceptRepetitionCommaListsAndAnyCase() {
        TimelineQueryFilter filter = parse(null, null, List.of("raid, Arrest", "treaty-invocation"), "10", null);
        assertThat(filter.types()).containsExactlyInAnyOrder(EventType.RAID, EventType.ARREST,
                EventType.TREATY_INVOCATION);
        assertThat(RequestParameters.timeline(null, null, null, List.of(" France "), List.of("Washington, D.C."),
                " q ", List.of("planned"), "2", null, null))
                .satisfies(f -> {
                    assertThat(f.actors()).containsExactly("france");
                    assertThat(f.locations()).containsExactly("washington, d.c.");
                    assertThat(f.text()).isEqualTo("q");
                    assertThat(f.statuses()).containsExactly(EventStatus.PLANNED);
                    assertThat(f.minSources()).isEqualTo(2);
                });
    }

    @Test
    void rejectsEachBadParameterByName() {
        assertField(() -> parse("2015-02-30", null, null, null, null), "from");
        assertField(() -> parse(null, "13/11/2015", null, null, null), "to");
        assertField(() -> parse("2015-11-20", "2015-11-19", null, null, null), "from");
        assertField(() -> parse(null, null, List.of("PICNIC"), null, null), "type");
        assertField(() -> parse(null, null, null, "501", null), "limit");
        assertField(() -> parse(null, null, null, "-3", null), "limit");
        assertField(() -> parse(null, null, null, "99999999999999", null), "limit");
        assertField(() -> parse(null, null, null, null, "%%%"), "cursor");
        assertField(() -> parse(null, null, null, null, new ArticleCursor(Instant.EPOCH, "a").encode()), "cursor");
        assertField(() -> RequestParameters.timeline(null, null, null, null, null, "x".repeat(501), null, null, null,
                null), "q");
        assertField(() -> RequestParameters.id(" "), "id");
    }

    private static void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo(field));
    }

    @Test
    void cursorsRoundTripIncludingUndatedPositions() {
        TimelineCursor dated = new TimelineCursor(LocalDate.parse("2015-11-13"), "ev_a|b");
        assertThat(TimelineCursor.decode(dated.encode())).isEqualTo(dated);
        TimelineCursor undated = new TimelineCursor(null, "ev_z");
        assertThat(TimelineCursor.decode(undated.encode())).isEqualTo(undated);
        assertThat(dated.encode()).matches("[A-Za-z0-9_-]+");
        ArticleCursor article = new ArticleCursor(Instant.parse("2015-11-17T10:00:00.123456Z"), "art_1");
        assertThat(ArticleCursor.decode(article.encode())).isEqualTo(article);
    }

    @Test
    void userInputOnlyEverReachesSqlAsBindValues() {
        String evil = "x'); DROP TABLE event; --";
        TimelineQueryFilter filter = RequestParameters.timeline("2015-11-01", null, List.of("RAID"), List.of(evil),
                List.of(evil), evil, null, null, null, new TimelineCursor(LocalDate.parse("2015-11-13"), evil).encode());
        List<TimelineQuerySql> slices = TimelineQuerySql.slices(filter);
        assertThat(slices).hasSize(2);
        for (TimelineQuerySql slice : slices) {
            assertThat(slice.sql()).doesNotContain("DROP").doesNotContain(evil);
            assertThat(slice.params()).contains(evil);
            assertThat(slice.sql().chars().filter(c -> c == '?').count()).isEqualTo(slice.params().size());
            assertThat(slice.params()).contains(TimelineQuerySql.PAGE_LIMIT);
        }
    }

    @Test
    void slicesFollowTimelineOrderAndSkipWhatTheWindowOrCursorExcludes() {
        List<TimelineQuerySql> windowed = TimelineQuerySql.slices(parse("2015-11-01", "2015-11-30", null, null, null));
        assertThat(windowed).hasSize(2);
        assertThat(windowed.get(0).sql()).contains("daterange").contains("k.date_end >= ?");
        assertThat(windowed).noneMatch(s -> s.sql().contains("k.date IS NULL"));
        List<TimelineQuerySql> all = TimelineQuerySql.slices(parse(null, null, null, null, null));
        assertThat(all).hasSize(2);
        assertThat(all.get(0).sql()).contains("k.date IS NOT NULL").doesNotContain("daterange");
        assertThat(all.get(1).sql()).contains("k.date IS NULL");
        List<TimelineQuerySql> inUndatedTail = TimelineQuerySql.slices(parse(null, null, null, null,
                new TimelineCursor(null, "ev_q").encode()));
        assertThat(inUndatedTail).singleElement().satisfies(s -> assertThat(s.sql()).contains("k.id > ?"));
    }
}
