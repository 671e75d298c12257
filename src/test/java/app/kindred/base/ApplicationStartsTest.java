package app.kindred.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.support.AppTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@AppTest
class ApplicationStartsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    @Test
    void flyway_migrated_the_whole_domain_into_mariadb() {
        String version = jdbc.queryForObject("select version()", String.class);
        assertThat(version).contains("MariaDB");
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where version = '1' and success = 1", Integer.class);
        assertThat(applied).isEqualTo(1);
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = database()", String.class);
        assertThat(tables).contains("clinic", "clinician", "couple", "partner", "therapy_session", "invitation",
                "draft_answer", "response", "response_answer", "observation", "observation_revision", "audit_event");
    }

    @Test
    void every_table_stores_utf8mb4() {
        List<String> collations = jdbc.queryForList("select distinct table_collation from information_schema.tables"
                + " where table_schema = database() and table_name <> 'flyway_schema_history'", String.class);
        assertThat(collations).allMatch(c -> c.startsWith("utf8mb4"));
    }

    @Test
    void health_is_public_and_reports_the_database() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"status\":\"UP\"").contains("\"db\"");
    }

    @Test
    void other_actuator_endpoints_are_not_public() {
        for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump"}) {
            ResponseEntity<String> response = http.withRedirects(Redirects.DONT_FOLLOW).getForEntity(endpoint, String.class);
            assertThat(response.getStatusCode().is2xxSuccessful()).as(endpoint).isFalse();
            assertThat(String.valueOf(response.getBody())).as(endpoint).doesNotContain("spring.datasource");
        }
    }

    @Test
    void a_second_couple_with_the_same_reference_in_a_clinic_is_refused_by_the_database() {
        Long clinicId = jdbc.queryForObject("select min(id) from clinic", Long.class);
        Long clinicianId = jdbc.queryForObject("select min(id) from clinician", Long.class);
        String insert = "insert into couple (clinic_id, clinician_id, reference, status, started_on, created_at)"
                + " values (?, ?, 'DUP-1', 'ACTIVE', current_date, current_timestamp)";
        jdbc.update(insert, clinicId, clinicianId);
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(insert, clinicId, clinicianId))
                    .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        } finally {
            jdbc.update("delete from couple where reference = 'DUP-1'");
        }
    }
}
