package app.kindred.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationSelectionTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Test
    void a_period_takes_its_sessions_notes_and_the_free_notes_of_its_days_oldest_first() {
        ReportObservation late = note("2026-03-10T09:00:00Z", 4);
        ReportObservation early = note("2026-02-01T09:00:00Z", 2);
        ReportObservation outside = note("2026-01-05T09:00:00Z", 1);
        ReportObservation freeInside = note("2026-02-20T09:00:00Z", null);
        // 23:30 UTC on 31 March is already 1 April in Berlin: outside a period ending on 31 March.
        ReportObservation freeAfter = note("2026-03-31T23:30:00Z", null);
        ReportPeriod period = new ReportPeriod(2, 4, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31), "");

        assertThat(ObservationSelection.of(List.of(late, outside, freeAfter, early, freeInside), period, ZONE))
                .containsExactly(early, freeInside, late);
    }

    @Test
    void addenda_are_put_in_date_order_under_their_observation() {
        ReportObservation second = note("2026-02-03T09:00:00Z", null);
        ReportObservation first = note("2026-02-02T09:00:00Z", null);
        ReportObservation observation = new ReportObservation(Instant.parse("2026-02-01T09:00:00Z"), "Dr Rivera", 2,
                "text", "Dr Rivera", Instant.parse("2026-02-01T10:00:00Z"), List.of(second, first));

        assertThat(ObservationSelection.ofSession(List.of(observation, note("2026-02-01T09:00:00Z", 3)), 2))
                .singleElement().satisfies(o -> assertThat(o.addenda()).containsExactly(first, second));
    }

    static ReportObservation note(String at, Integer session) {
        return new ReportObservation(Instant.parse(at), "Dr Rivera", session, "note " + at, null, null, List.of());
    }
}
