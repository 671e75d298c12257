package app.kindred.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.support.AppTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AppTest
class DemoDataSeederTest {

    @Autowired
    DemoDataSeeder seeder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seeding_twice_creates_the_demo_clinic_once() {
        seeder.seedOnce();
        Map<String, Long> first = counts();
        seeder.seedOnce();
        assertThat(counts()).isEqualTo(first);
        assertThat(first.get("couples")).isEqualTo(12);
        assertThat(first.get("clinicians")).isEqualTo(3);
        assertThat(first.get("sessions")).isBetween(12L * 2, 12L * 8);
        assertThat(first.get("responses")).isGreaterThan(first.get("sessions"));
        assertThat(first.get("pending")).isPositive();
    }

    @Test
    void demo_answers_are_scored_like_any_other_and_stay_on_the_scale() {
        seeder.seedOnce();
        Integer outOfScale = jdbc.queryForObject("select count(*) from response_answer a join response r"
                + " on r.id = a.response_id where a.item_value not between 1 and 7", Integer.class);
        assertThat(outOfScale).isZero();
        Integer drafts = jdbc.queryForObject("select count(*) from draft_answer d join invitation i on i.id = d.invitation_id"
                + " join therapy_session s on s.id = i.session_id join couple c on c.id = s.couple_id"
                + " join clinic k on k.id = c.clinic_id where k.name = ?", Integer.class, DemoDataSeeder.CLINIC);
        assertThat(drafts).as("submitted drafts are cleared").isZero();
    }

    private Map<String, Long> counts() {
        String clinic = "(select id from clinic where name = '" + DemoDataSeeder.CLINIC + "')";
        return Map.of(
                "couples", count("select count(*) from couple where clinic_id = " + clinic),
                "clinicians", count("select count(*) from clinician where clinic_id = " + clinic),
                "sessions", count("select count(*) from therapy_session s join couple c on c.id = s.couple_id"
                        + " where c.clinic_id = " + clinic),
                "responses", count("select count(*) from response r join therapy_session s on s.id = r.session_id"
                        + " join couple c on c.id = s.couple_id where c.clinic_id = " + clinic),
                "pending", count("select count(*) from invitation i join therapy_session s on s.id = i.session_id"
                        + " join couple c on c.id = s.couple_id where c.clinic_id = " + clinic
                        + " and i.status = 'PENDING'"));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
