package app.kindred.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kindred.audit.AuditEvent;
import app.kindred.audit.AuditService;
import app.kindred.clinic.ClinicService;
import app.kindred.clinic.ClinicianRole;
import app.kindred.clinic.ClinicianService;
import app.kindred.couple.CoupleNotFoundException;
import app.kindred.couple.CoupleService;
import app.kindred.couple.NewCoupleData;
import app.kindred.couple.NewCoupleData.PartnerData;
import app.kindred.observation.ObservationHistory.TextVersion;
import app.kindred.questionnaire.Condition;
import app.kindred.security.KindredUser;
import app.kindred.support.AppTest;
import app.kindred.support.SignedIn;
import app.kindred.therapysession.SessionKind;
import app.kindred.therapysession.TherapySessionService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;

@AppTest
class ObservationServiceTest {

    static String alice;
    static String bob;
    static String elsewhere;
    static long aliceCouple;
    static long aliceSession;
    static long bobCouple;
    static long bobSession;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ObservationService observations;

    @Autowired
    AuditService audit;

    /** Two clinicians of the test clinic and one of another clinic, each couple with one session. */
    @BeforeAll
    static void caseloads(@Autowired UserDetailsService accounts, @Autowired ClinicianService clinicians,
            @Autowired ClinicService clinics, @Autowired CoupleService couples,
            @Autowired TherapySessionService sessions) {
        KindredUser admin = SignedIn.as(accounts, "admin");
        alice = account(clinicians, admin.clinicId(), "alice");
        bob = account(clinicians, admin.clinicId(), "bob");
        elsewhere = account(clinicians, clinics.createClinic("Other clinic " + UUID.randomUUID(), ZoneId.of("UTC")),
                "elsewhere");
        SignedIn.as(accounts, alice);
        aliceCouple = couple(couples);
        aliceSession = sessions.addSession(aliceCouple, 1, LocalDate.of(2025, 3, 3), SessionKind.INTAKE).id();
        SignedIn.as(accounts, bob);
        bobCouple = couple(couples);
        bobSession = sessions.addSession(bobCouple, 1, LocalDate.of(2025, 3, 4), SessionKind.INTAKE).id();
        SignedIn.signOut();
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void writing_stores_text_session_and_tags_in_the_authors_name_and_audits_it() {
        KindredUser me = SignedIn.as(accounts, alice);
        ObservationSummary written = observations.write(aliceCouple, new ObservationData("  They listened.  ",
                aliceSession, Set.of(Condition.TRUST, Condition.KINDNESS)));

        ObservationSummary read = observations.get(written.id());
        assertThat(read.text()).isEqualTo("They listened.");
        assertThat(read.sessionId()).isEqualTo(aliceSession);
        assertThat(read.conditions()).containsExactly(Condition.KINDNESS, Condition.TRUST);
        assertThat(read.authorName()).isEqualTo(me.displayName());
        assertThat(read.isSigned()).isFalse();
        assertThat(read.isEdited()).isFalse();
        assertThat(auditOf("OBSERVATION_WRITTEN", written.id())).isNotNull();
    }

    @Test
    void two_edits_keep_two_revisions_with_the_earlier_texts() {
        SignedIn.as(accounts, alice);
        ObservationSummary first = observations.write(aliceCouple,
                new ObservationData("First text", null, Set.of(Condition.EMPATHY)));
        ObservationSummary second = observations.edit(first.id(), first.version(), ObservationData.of("Second text"));
        ObservationSummary third = observations.edit(second.id(), second.version(),
                new ObservationData("Third text", aliceSession, Set.of(Condition.PATIENCE)));

        ObservationHistory history = observations.history(first.id());
        assertThat(history.versions()).extracting(TextVersion::number).containsExactly(1L, 2L, 3L);
        assertThat(history.earlierVersions()).extracting(TextVersion::text).containsExactly("First text", "Second text");
        assertThat(history.versions().get(0).conditions()).containsExactly(Condition.EMPATHY);
        assertThat(history.versions().get(2)).satisfies(current -> {
            assertThat(current.current()).isTrue();
            assertThat(current.text()).isEqualTo("Third text");
        });
        assertThat(history.current().text()).isEqualTo("Third text");
        assertThat(history.current().isEdited()).isTrue();
        assertThat(third.version()).isGreaterThan(second.version()).isGreaterThan(first.version());
        assertThat(audit.eventsWithAction("OBSERVATION_EDITED")).filteredOn(e -> e.getDetails().startsWith(
                "observation " + first.id() + ",")).hasSize(2);
    }

    @Test
    void saving_unchanged_text_keeps_no_empty_revision() {
        SignedIn.as(accounts, alice);
        ObservationSummary written = observations.write(aliceCouple, ObservationData.of("Same"));

        ObservationSummary saved = observations.edit(written.id(), written.version(), ObservationData.of("Same "));

        assertThat(saved.version()).isEqualTo(written.version());
        assertThat(observations.history(written.id()).versions()).hasSize(1);
    }

    @Test
    void the_second_of_two_editors_who_started_from_the_same_version_is_refused() {
        SignedIn.as(accounts, alice);
        ObservationSummary opened = observations.write(aliceCouple, ObservationData.of("Original"));
        observations.edit(opened.id(), opened.version(), ObservationData.of("Alice's change"));

        SignedIn.as(accounts, "admin");
        assertThatThrownBy(() -> observations.edit(opened.id(), opened.version(), ObservationData.of("Admin's change")))
                .isInstanceOf(ObservationConflictException.class)
                .hasMessage("Someone else changed this observation while you were editing. Your text is still here: "
                        + "copy it, reload, and apply your changes again.");

        assertThat(observations.get(opened.id()).text()).isEqualTo("Alice's change");
        assertThat(observations.history(opened.id()).earlierVersions()).extracting(TextVersion::text)
                .containsExactly("Original");
    }

    @Test
    void concurrent_edits_from_the_same_version_save_exactly_one() throws Exception {
        SignedIn.as(accounts, alice);
        ObservationSummary opened = observations.write(aliceCouple, ObservationData.of("Original"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService editors = Executors.newFixedThreadPool(2);
        try {
            List<Future<ObservationSummary>> saves = new ArrayList<>();
            for (String text : List.of("Edit one", "Edit two")) {
                saves.add(editors.submit(asAliceAfter(start, () -> observations.edit(opened.id(), opened.version(),
                        ObservationData.of(text)))));
            }
            start.countDown();
            List<String> saved = new ArrayList<>();
            int refused = 0;
            for (Future<ObservationSummary> save : saves) {
                try {
                    saved.add(save.get().text());
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ObservationConflictException.class);
                    refused++;
                }
            }
            assertThat(saved).hasSize(1);
            assertThat(refused).isEqualTo(1);
            assertThat(observations.get(opened.id()).text()).isEqualTo(saved.get(0));
            assertThat(observations.history(opened.id()).versions()).hasSize(2);
        } finally {
            editors.shutdownNow();
        }
    }

    @Test
    void a_signed_observation_is_locked() {
        SignedIn.as(accounts, alice);
        ObservationSummary written = observations.write(aliceCouple, ObservationData.of("Final words"));
        ObservationSummary signed = observations.sign(written.id(), written.version());

        assertThat(signed.isSigned()).isTrue();
        assertThat(signed.signedBy()).isEqualTo(signed.authorName());
        assertThatThrownBy(() -> observations.edit(signed.id(), signed.version(), ObservationData.of("Changed")))
                .isInstanceOf(ObservationLockedException.class)
                .hasMessageContaining("signed and can no longer be edited");
        assertThatThrownBy(() -> observations.sign(signed.id(), signed.version()))
                .isInstanceOf(ObservationLockedException.class);
        assertThat(observations.get(written.id()).text()).isEqualTo("Final words");
        assertThat(auditOf("OBSERVATION_SIGNED", written.id())).isNotNull();
    }

    @Test
    void signing_a_text_changed_since_it_was_read_is_refused() {
        SignedIn.as(accounts, alice);
        ObservationSummary read = observations.write(aliceCouple, ObservationData.of("Draft"));
        observations.edit(read.id(), read.version(), ObservationData.of("Draft, changed"));

        assertThatThrownBy(() -> observations.sign(read.id(), read.version()))
                .isInstanceOf(ObservationConflictException.class);
        assertThat(observations.get(read.id()).isSigned()).isFalse();
    }

    @Test
    void an_addendum_is_linked_to_the_signed_observation_and_listed_under_it() {
        SignedIn.as(accounts, alice);
        ObservationSummary written = observations.write(aliceCouple, new ObservationData("Session went well",
                aliceSession, Set.of()));
        ObservationSummary signed = observations.sign(written.id(), written.version());

        ObservationSummary addendum = observations.addAddendum(signed.id(), "Correction: it was tense at the end");
        ObservationSummary signedAddendum = observations.sign(addendum.id(), addendum.version());

        assertThat(addendum.addendumToId()).isEqualTo(signed.id());
        assertThat(addendum.sessionId()).isEqualTo(aliceSession);
        assertThat(signedAddendum.isSigned()).isTrue();
        List<ObservationSummary> listed = observations.observationsOf(aliceCouple);
        assertThat(listed).extracting(ObservationSummary::id).contains(signed.id()).doesNotContain(addendum.id());
        assertThat(listed).filteredOn(o -> o.id() == signed.id()).singleElement()
                .satisfies(o -> assertThat(o.addenda()).extracting(ObservationSummary::text)
                        .containsExactly("Correction: it was tense at the end"));
        assertThat(observations.get(signed.id()).addenda()).extracting(ObservationSummary::id)
                .containsExactly(addendum.id());
        assertThat(observations.get(addendum.id()).addendumToId()).isEqualTo(signed.id());
        assertThat(auditOf("OBSERVATION_ADDENDUM", addendum.id())).isNotNull();
    }

    @Test
    void an_unsigned_observation_is_edited_rather_than_amended() {
        SignedIn.as(accounts, alice);
        ObservationSummary written = observations.write(aliceCouple, ObservationData.of("Not signed"));

        assertThatThrownBy(() -> observations.addAddendum(written.id(), "An addendum"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Only a signed observation takes addenda. Edit this one instead.");
    }

    @Test
    void observations_are_listed_in_date_order() {
        SignedIn.as(accounts, alice);
        long before = observations.write(aliceCouple, ObservationData.of("Earlier")).id();
        long after = observations.write(aliceCouple, ObservationData.of("Later")).id();

        List<ObservationSummary> listed = observations.observationsOf(aliceCouple);
        assertThat(listed).extracting(ObservationSummary::writtenAt).isSorted();
        assertThat(listed).extracting(ObservationSummary::id).containsSubsequence(before, after);
    }

    @Test
    void a_session_of_another_couple_is_refused() {
        SignedIn.as(accounts, alice);
        ObservationSummary written = observations.write(aliceCouple, ObservationData.of("About the couple"));

        assertThatThrownBy(() -> observations.write(aliceCouple, new ObservationData("Text", bobSession, Set.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Choose one of this couple's sessions, or no session.");
        assertThatThrownBy(() -> observations.edit(written.id(), written.version(),
                new ObservationData("Text", bobSession, Set.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(observations.get(written.id()).sessionId()).isNull();
    }

    @Test
    void the_text_is_required_and_at_most_20000_characters() {
        SignedIn.as(accounts, alice);
        assertThatThrownBy(() -> observations.write(aliceCouple, ObservationData.of("   ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Write the observation before saving it.");
        assertThatThrownBy(() -> observations.write(aliceCouple, ObservationData.of(null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> observations.write(aliceCouple, ObservationData.of("x".repeat(20_001))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An observation has at most 20,000 characters; this one has 20,001. Split it into two.");

        assertThat(observations.write(aliceCouple, ObservationData.of("x".repeat(20_000))).text()).hasSize(20_000);
    }

    @Test
    void another_clinicians_couple_looks_exactly_like_a_missing_one() {
        SignedIn.as(accounts, alice);
        ObservationSummary written = observations.write(aliceCouple, ObservationData.of("Alice's note"));
        ObservationSummary signed = observations.sign(observations.write(aliceCouple, ObservationData.of("Signed")).id(), 0);
        SignedIn.as(accounts, bob);

        assertRefusedLikeMissing(written, signed);
        assertThatThrownBy(() -> observations.write(999_999_999L, ObservationData.of("Nobody's")))
                .isInstanceOf(CoupleNotFoundException.class).hasMessage("This couple was not found.");
        for (ThrowingCallable missingObservation : List.<ThrowingCallable>of(() -> observations.get(999_999_999L),
                () -> observations.history(999_999_999L), () -> observations.sign(999_999_999L, 0))) {
            assertThatThrownBy(missingObservation)
                    .isInstanceOf(CoupleNotFoundException.class).hasMessage("This couple was not found.");
        }

        SignedIn.as(accounts, alice);
        assertThat(observations.get(written.id()).text()).isEqualTo("Alice's note");
        assertThat(observations.get(written.id()).version()).isEqualTo(written.version());
        assertThat(observations.observationsOf(aliceCouple)).filteredOn(o -> o.id() == signed.id()).singleElement()
                .satisfies(o -> assertThat(o.addenda()).isEmpty());
        assertThat(audit.eventsWithAction("COUPLE_ACCESS_REFUSED")).anyMatch(e -> e.getActor().equals(bob)
                && e.getSubjectId() == aliceCouple);
    }

    @Test
    void a_clinician_of_another_clinic_gets_not_found() {
        SignedIn.as(accounts, alice);
        ObservationSummary written = observations.write(aliceCouple, ObservationData.of("Alice's note"));
        ObservationSummary signed = observations.sign(observations.write(aliceCouple, ObservationData.of("Signed")).id(), 0);
        SignedIn.as(accounts, elsewhere);

        assertRefusedLikeMissing(written, signed);
    }

    @Test
    void an_admin_works_with_every_couple_of_the_clinic() {
        SignedIn.as(accounts, bob);
        ObservationSummary bobs = observations.write(bobCouple, ObservationData.of("Bob's note"));
        KindredUser admin = SignedIn.as(accounts, "admin");

        assertThat(observations.observationsOf(bobCouple)).extracting(ObservationSummary::id).contains(bobs.id());
        ObservationSummary edited = observations.edit(bobs.id(), bobs.version(),
                new ObservationData("Bob's note, completed", bobSession, Set.of(Condition.CLARITY)));
        ObservationSummary signed = observations.sign(bobs.id(), edited.version());
        ObservationSummary addendum = observations.addAddendum(bobs.id(), "Admin's addendum");
        ObservationSummary own = observations.write(bobCouple, ObservationData.of("Admin's own note"));

        assertThat(signed.signedBy()).isEqualTo(admin.displayName());
        assertThat(signed.authorName()).isNotEqualTo(admin.displayName());
        assertThat(addendum.authorName()).isEqualTo(admin.displayName());
        assertThat(own.coupleId()).isEqualTo(bobCouple);
        assertThat(observations.history(bobs.id()).versions().get(1).writtenBy()).isEqualTo(admin.displayName());
    }

    @Test
    void a_caller_who_is_not_signed_in_is_refused() {
        assertThatThrownBy(() -> observations.observationsOf(aliceCouple))
                .isInstanceOfAny(AuthenticationException.class, AccessDeniedException.class);
    }

    private void assertRefusedLikeMissing(ObservationSummary unsigned, ObservationSummary signed) {
        List<ThrowingCallable> attempts = List.of(
                () -> observations.observationsOf(aliceCouple),
                () -> observations.write(aliceCouple, ObservationData.of("Not mine")),
                () -> observations.get(unsigned.id()),
                () -> observations.history(unsigned.id()),
                () -> observations.edit(unsigned.id(), unsigned.version(), ObservationData.of("Not mine")),
                () -> observations.sign(unsigned.id(), unsigned.version()),
                () -> observations.addAddendum(signed.id(), "Not mine"));
        for (ThrowingCallable attempt : attempts) {
            assertThatThrownBy(attempt).isInstanceOf(CoupleNotFoundException.class)
                    .hasMessage("This couple was not found.");
        }
    }

    private Callable<ObservationSummary> asAliceAfter(CountDownLatch start, Callable<ObservationSummary> edit) {
        return () -> {
            SignedIn.as(accounts, alice);
            try {
                start.await();
                return edit.call();
            } finally {
                SignedIn.signOut();
            }
        };
    }

    private AuditEvent auditOf(String action, long observationId) {
        return audit.eventsWithAction(action).stream()
                .filter(e -> e.getDetails() != null && e.getDetails().matches("(observation|addendum) " + observationId + "\\b.*"))
                .findFirst().orElse(null);
    }

    private static String account(ClinicianService clinicians, long clinicId, String name) {
        String username = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        clinicians.createAccount(clinicId, username, Character.toUpperCase(name.charAt(0)) + name.substring(1),
                "a-long-test-password", ClinicianRole.CLINICIAN, false);
        return username;
    }

    private static long couple(CoupleService couples) {
        return couples.create(new NewCoupleData(null, LocalDate.of(2025, 3, 1),
                new PartnerData("Ana", null, null), new PartnerData("Ben", null, null), null)).id();
    }
}
