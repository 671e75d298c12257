package app.kindred.observation;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.security.crypto.FieldCipher;
import app.kindred.support.AppTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** What someone with the database, a dump or a backup sees of observation texts. */
@AppTest
class ObservationEncryptionTest {

    static final String TEXT = "Session 3: A. spoke for the first time about the miscarriage; B. held her hand.";

    @Autowired
    ObservationRepository observations;

    @Autowired
    ObservationRevisionRepository revisions;

    @Autowired
    FieldCipher cipher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void observation_texts_and_their_earlier_versions_are_stored_encrypted() {
        long coupleId = newCouple();
        long authorId = jdbc.queryForObject("select min(id) from clinician", Long.class);
        Observation observation = observations.save(new Observation(coupleId, null, authorId, null, TEXT, null, "TRUST",
                Instant.now()));
        ObservationRevision revision = revisions.save(new ObservationRevision(observation, 1, authorId, Instant.now()));

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select o.body, r.body as revision_body from observation o join observation_revision r"
                        + " on r.observation_id = o.id where o.id = ?", observation.getId());
        assertThat(rows).hasSize(1);
        for (Object stored : rows.get(0).values()) {
            assertThat((String) stored).startsWith("v1:" + cipher.currentKeyId() + ":")
                    .doesNotContain("miscarriage").doesNotContain("Session 3");
        }
        assertThat(jdbc.queryForObject("select count(*) from observation where body like '%miscarriage%'", Integer.class))
                .isZero();
        assertThat(observations.findById(observation.getId()).orElseThrow().getBody()).isEqualTo(TEXT);
        assertThat(revisions.findById(revision.getId()).orElseThrow().getBody()).isEqualTo(TEXT);
    }

    @Test
    void reading_an_observation_does_not_rewrite_it() {
        long coupleId = newCouple();
        long authorId = jdbc.queryForObject("select min(id) from clinician", Long.class);
        long id = observations.save(new Observation(coupleId, null, authorId, null, TEXT, null, "", Instant.now())).getId();
        String before = jdbc.queryForObject("select body from observation where id = ?", String.class, id);
        // A fresh ciphertext on every flush would look like an edit to the version column.
        transactions.executeWithoutResult(tx -> observations.findById(id).orElseThrow().getBody());
        assertThat(jdbc.queryForObject("select body from observation where id = ?", String.class, id)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select version from observation where id = ?", Long.class, id)).isZero();
    }

    private long newCouple() {
        long clinicId = jdbc.queryForObject("select min(id) from clinic", Long.class);
        long clinicianId = jdbc.queryForObject("select min(id) from clinician", Long.class);
        String reference = "ENC-" + System.nanoTime() % 1_000_000_000;
        jdbc.update("insert into couple (clinic_id, clinician_id, reference, status, started_on, created_at)"
                + " values (?, ?, ?, 'ACTIVE', current_date, current_timestamp)", clinicId, clinicianId, reference);
        return jdbc.queryForObject("select id from couple where clinic_id = ? and reference = ?", Long.class, clinicId,
                reference);
    }
}
