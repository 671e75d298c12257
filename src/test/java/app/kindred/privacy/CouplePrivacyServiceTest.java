package app.kindred.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kindred.couple.CoupleErasedException;
import app.kindred.couple.CoupleNotFoundException;
import app.kindred.couple.CoupleService;
import app.kindred.couple.CoupleSummary;
import app.kindred.couple.PartnerLabel;
import app.kindred.invitation.InvitationService;
import app.kindred.invitation.InvitationStatus;
import app.kindred.invitation.InvitationSummary;
import app.kindred.observation.ObservationData;
import app.kindred.observation.ObservationHistory.TextVersion;
import app.kindred.observation.ObservationService;
import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.ScoringService;
import app.kindred.questionnaire.scoring.Flag;
import app.kindred.support.AppTest;
import app.kindred.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The right of access and the right to erasure, through the real services and database: what the
 * export holds, what erasure leaves behind (every text column of every table is searched), and
 * who may do either.
 */
@AppTest
class CouplePrivacyServiceTest {

    @Autowired ApplicationContext context;
    @Autowired TestUsers users;
    @Autowired CouplePrivacyService privacy;
    @Autowired CoupleService couples;
    @Autowired ScoringService scoring;
    @Autowired ObservationService observations;
    @Autowired InvitationService invitations;
    @Autowired JdbcTemplate jdbc;

    PrivacyFixtures f;

    @BeforeEach
    void coupleWithHistory() {
        f = new PrivacyFixtures(context).build();
    }

    @Test
    void the_export_holds_every_part_of_the_couple_and_no_link_secret() throws Exception {
        byte[] file = users.as(f.admin, () -> privacy.exportJson(f.couple.id()));
        String text = new String(file, StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(file);

        assertThat(fieldNames(json)).containsExactly("exportedAt", "couple", "partners", "sessions", "invitations",
                "responses", "scores", "observations", "auditEvents");
        assertThat(text).contains("\n  \"couple\"");
        assertThat(json.at("/couple/reference").asText()).isEqualTo(f.couple.reference());
        assertThat(json.get("partners")).extracting(p -> p.get("displayName").asText()).containsExactly(f.nameA, f.nameB);
        assertThat(json.get("partners")).extracting(p -> p.get("email").asText()).containsExactly(f.emailA, f.emailB);
        assertThat(json.get("sessions")).extracting(s -> s.get("number").asInt()).containsExactly(1, 2);

        JsonNode invitationsJson = json.get("invitations");
        assertThat(invitationsJson).hasSize(5);
        assertThat(invitationsJson).extracting(i -> i.get("status").asText())
                .contains("COMPLETED", "REVOKED", "PENDING");
        assertThat(invitationsJson).extracting(i -> i.get("recipient").asText()).contains(f.emailA, f.emailB);
        for (Map<String, Object> row : jdbc.queryForList("select i.token_hash, i.reminder_token_hash from invitation i"
                + " join therapy_session s on s.id = i.session_id where s.couple_id = ?", f.couple.id())) {
            row.values().stream().filter(v -> v != null).forEach(hash -> assertThat(text).doesNotContain((String) hash));
        }
        assertThat(text).doesNotContainIgnoringCase("token");

        JsonNode responses = json.get("responses");
        assertThat(responses).hasSize(3);
        assertThat(responses.get(0).get("answers")).hasSize(22);
        assertThat(responses).extracting(r -> r.get("partner").asText()).containsExactlyInAnyOrder("A", "B", "A");

        CoupleScores scores = users.as(f.admin, () -> scoring.scoresOfCouple(f.couple.id(), false));
        JsonNode firstSession = json.at("/scores/sessions/0");
        assertThat(firstSession.at("/partnerA/index").asDouble()).isEqualTo(scores.sessions().get(0).a().index());
        assertThat(firstSession.at("/partnerB/index").asDouble()).isEqualTo(scores.sessions().get(0).b().index());
        assertThat(json.at("/scores/flags")).hasSize(scores.flags().size());

        JsonNode observationsJson = json.get("observations");
        assertThat(observationsJson).hasSize(2);
        assertThat(observationsJson.get(0).get("text").asText()).isEqualTo(f.observationTexts.get(2));
        assertThat(observationsJson.get(0).get("history")).extracting(v -> v.get("text").asText())
                .containsExactly(f.observationTexts.get(0), f.observationTexts.get(1), f.observationTexts.get(2));
        assertThat(observationsJson.get(1).get("text").asText()).isEqualTo(f.observationTexts.get(3));
        assertThat(observationsJson.get(1).get("addendumTo").asLong()).isEqualTo(f.observationId);

        assertThat(json.get("auditEvents")).extracting(e -> e.get("action").asText())
                .contains("COUPLE_CREATED", "SESSION_ADDED", "INVITATION_CREATED", "RESPONSE_SUBMITTED",
                        "OBSERVATION_WRITTEN", "OBSERVATION_EDITED", "OBSERVATION_SIGNED", "INVITATION_EMAIL_FAILED");
        assertThat(auditCount("COUPLE_DATA_EXPORTED")).isEqualTo(1);
    }

    @Test
    void erasure_leaves_no_name_email_or_observation_text_in_any_text_column() {
        List<String> before = columnsHolding(f.secrets());
        assertThat(before).as("the scan finds what is stored in plain text")
                .contains("partner.display_name", "partner.email", "audit_event.details");
        CoupleScores scoresBefore = users.as(f.admin, () -> scoring.scoresOfCouple(f.couple.id(), false));

        ErasureResult result = users.as(f.admin, () -> privacy.erase(f.couple.id(), f.couple.reference()));

        // The note's three texts and its addendum.
        assertThat(result.observationTexts()).isEqualTo(4);
        assertThat(result.linksRevoked()).isEqualTo(1);
        assertThat(columnsHolding(f.secrets())).isEmpty();

        users.run(f.admin, () -> {
            CoupleSummary erased = couples.get(f.couple.id());
            assertThat(erased.isErased()).isTrue();
            assertThat(erased.partners()).extracting(CoupleSummary.PartnerSummary::displayName)
                    .containsExactly("Erased partner A", "Erased partner B");
            assertThat(erased.partners()).allSatisfy(p -> assertThat(p.email()).isNull());
            // Encrypted at rest, so the scan above cannot see them: read them back through the service.
            List<String> texts = new ArrayList<>();
            observations.observationsOf(f.couple.id()).forEach(o -> {
                observations.history(o.id()).versions().stream().map(TextVersion::text).forEach(texts::add);
                o.addenda().forEach(a -> texts.add(a.text()));
            });
            assertThat(texts).hasSize(4).containsOnly(ObservationService.ERASED_TEXT);
            assertThat(invitations.invitationsOfCouple(f.couple.id()).values().stream().flatMap(List::stream)
                    .map(InvitationSummary::status)).doesNotContain(InvitationStatus.PENDING, InvitationStatus.OPENED);

            CoupleScores after = scoring.scoresOfCouple(f.couple.id(), false);
            assertThat(after.sessions()).hasSameSizeAs(scoresBefore.sessions());
            for (int i = 0; i < after.sessions().size(); i++) {
                assertThat(after.sessions().get(i).a()).isEqualTo(scoresBefore.sessions().get(i).a());
                assertThat(after.sessions().get(i).b()).isEqualTo(scoresBefore.sessions().get(i).b());
            }
            assertThat(after.flags()).extracting(Flag::type)
                    .containsExactlyElementsOf(scoresBefore.flags().stream().map(Flag::type).toList());
        });
        assertThat(auditCount("COUPLE_ERASED")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'COUPLE_ERASED' and subject_id = ?",
                String.class, f.couple.id())).contains(f.couple.reference());
        // The event that named a partner is kept, its details rewritten with the neutral labels.
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'INVITATION_EMAIL_FAILED'"
                + " and subject_id = ?", String.class, f.couple.id()))
                .isEqualTo("550 mailbox unavailable: Erased partner A <[email erased]>");
    }

    @Test
    void an_erased_couple_takes_no_new_invitations_observations_or_names() {
        users.run(f.admin, () -> privacy.erase(f.couple.id(), f.couple.reference()));

        users.run(f.clinician, () -> {
            assertThatThrownBy(() -> invitations.invite(f.session2, PartnerLabel.B))
                    .isInstanceOf(CoupleErasedException.class);
            assertThatThrownBy(() -> observations.write(f.couple.id(), new ObservationData("New note", null, Set.of())))
                    .isInstanceOf(CoupleErasedException.class);
        });
        assertThatThrownBy(() -> users.run(f.admin, () -> privacy.erase(f.couple.id(), f.couple.reference())))
                .isInstanceOf(CoupleErasedException.class);
        byte[] export = users.as(f.admin, () -> privacy.exportJson(f.couple.id()));
        assertThat(new String(export, StandardCharsets.UTF_8)).contains("Erased partner A").doesNotContain(f.nameA);
    }

    @Test
    void a_clinician_and_another_clinics_admin_are_refused() {
        assertThatThrownBy(() -> users.run(f.clinician, () -> privacy.exportJson(f.couple.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(f.clinician, () -> privacy.erase(f.couple.id(), f.couple.reference())))
                .isInstanceOf(AccessDeniedException.class);

        int refusals = refusalsOf(f.otherAdmin);
        assertThatThrownBy(() -> users.run(f.otherAdmin, () -> privacy.exportJson(f.couple.id())))
                .isInstanceOf(CoupleNotFoundException.class);
        assertThatThrownBy(() -> users.run(f.otherAdmin, () -> privacy.erase(f.couple.id(), f.couple.reference())))
                .isInstanceOf(CoupleNotFoundException.class);
        assertThat(refusalsOf(f.otherAdmin)).isEqualTo(refusals + 2);

        assertThat(auditCount("COUPLE_DATA_EXPORTED") + auditCount("COUPLE_ERASED")).isZero();
        assertThat(columnsHolding(List.of(f.nameA))).contains("partner.display_name");
    }

    @Test
    void erasing_needs_the_exact_reference() {
        String reference = f.couple.reference();
        for (String typed : new String[] {null, "", reference.toLowerCase(), reference + " ", "C-", f.nameA}) {
            assertThatThrownBy(() -> users.run(f.admin, () -> privacy.erase(f.couple.id(), typed)))
                    .as("typed %s", typed)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Type the reference " + reference);
        }
        assertThat(users.as(f.admin, () -> couples.get(f.couple.id())).isErased()).isFalse();
        assertThat(columnsHolding(List.of(f.nameA, f.emailB))).contains("partner.display_name", "partner.email");
        assertThat(auditCount("COUPLE_ERASED")).isZero();
    }

    /**
     * Every text-typed column of every table of the schema ("table.column") that holds any of
     * these strings, compared without case.
     */
    private List<String> columnsHolding(List<String> secrets) {
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name from"
                + " information_schema.columns where table_schema = database() and data_type in ('char', 'varchar',"
                + " 'tinytext', 'text', 'mediumtext', 'longtext', 'json', 'enum', 'set')");
        assertThat(columns).hasSizeGreaterThan(30);
        List<String> holding = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            for (String secret : secrets) {
                Integer hits = jdbc.queryForObject("select count(*) from `" + table + "` where lower(`" + name
                        + "`) like ?", Integer.class, "%" + secret.toLowerCase() + "%");
                if (hits != null && hits > 0) {
                    holding.add(table + "." + name);
                }
            }
        }
        return holding;
    }

    private int auditCount(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and subject_id = ?",
                Integer.class, action, f.couple.id());
    }

    private int refusalsOf(String username) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'COUPLE_ACCESS_REFUSED'"
                + " and actor = ?", Integer.class, username);
    }

    private static List<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList();
    }
}
