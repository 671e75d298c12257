package app.kindred.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kindred.couple.PartnerLabel;
import app.kindred.invitation.InvitationFixtures.Setup;
import app.kindred.questionnaire.IncompleteQuestionnaireException;
import app.kindred.support.AppTest;
import app.kindred.support.SignedIn;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's side: answers saved one by one, submit, double submit, bad links. */
@AppTest
class ClientQuestionnaireTest extends SignedInInvitationTest {

    String token;
    Setup setup;

    @BeforeEach
    void invite() {
        setup = fixtures.coupleWithSession(null, null);
        token = InvitationFixtures.tokenOf(invitations.invite(setup.sessionId(), PartnerLabel.A).link());
        SignedIn.signOut();
    }

    @Test
    void each_answer_is_saved_at_once_and_a_changed_answer_replaces_the_old_one() {
        String first = fixtures.itemCodes().get(0);
        clients.saveAnswer(token, first, 2);
        clients.saveAnswer(token, first, 6);
        clients.saveAnswer(token, fixtures.closenessCode(), 0);

        assertThat(clients.answersSoFar(token)).containsEntry(first, 6).containsEntry(fixtures.closenessCode(), 0)
                .hasSize(2);
    }

    @Test
    void impossible_answers_are_refused() {
        assertThatThrownBy(() -> clients.saveAnswer(token, fixtures.itemCodes().get(0), 8))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clients.saveAnswer(token, "NO_SUCH_ITEM", 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clients.saveAnswer(token, fixtures.closenessCode(), 11))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void submit_refuses_an_incomplete_questionnaire_and_names_the_missing_items_in_order() {
        List<String> codes = fixtures.itemCodes();
        for (int i = 0; i < codes.size(); i++) {
            if (i != 3 && i != 17) {
                clients.saveAnswer(token, codes.get(i), 4);
            }
        }

        assertThatThrownBy(() -> clients.submit(token))
                .isInstanceOfSatisfying(IncompleteQuestionnaireException.class, e -> assertThat(e.missing())
                        .containsExactly(codes.get(3), codes.get(17), fixtures.closenessCode()));
        assertThat(clients.open(token, "192.0.2.30").state()).isEqualTo(LinkState.OPEN);
        assertThat(clients.answersSoFar(token)).hasSize(20);
    }

    @Test
    void two_tabs_submitting_at_once_make_exactly_one_response() throws Exception {
        fixtures.answerAll(token);
        ExecutorService tabs = Executors.newFixedThreadPool(2);
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<SubmitOutcome>> outcomes = new ArrayList<>();
            for (int tab = 0; tab < 2; tab++) {
                outcomes.add(tabs.submit(() -> {
                    ready.countDown();
                    go.await();
                    return clients.submit(token);
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();

            List<SubmitOutcome> results = new ArrayList<>();
            for (Future<SubmitOutcome> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder(SubmitOutcome.SUBMITTED, SubmitOutcome.ALREADY_SUBMITTED);
        } finally {
            tabs.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from response where session_id = ?", Integer.class,
                setup.sessionId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'RESPONSE_SUBMITTED'"
                + " and subject_id = ?", Integer.class, setup.couple().id())).isEqualTo(1);
    }

    @Test
    void after_twenty_unknown_links_in_a_minute_an_address_gets_nothing_looked_up_but_others_still_do() {
        String address = "198.51.100." + (int) (Math.random() * 250);
        for (int i = 0; i < 20; i++) {
            assertThat(clients.open(InvitationToken.newToken(), address).state()).isEqualTo(LinkState.UNKNOWN);
        }

        assertThat(clients.open(InvitationToken.newToken(), address).state()).isEqualTo(LinkState.RATE_LIMITED);
        assertThat(clients.open(token, address).state()).isEqualTo(LinkState.RATE_LIMITED);
        assertThat(clients.open(token, address + "1").state()).isEqualTo(LinkState.OPEN);
    }

    @Test
    void closed_but_real_links_do_not_count_as_guesses() {
        String address = "198.51.100.251";
        fixtures.answerAll(token);
        clients.submit(token);

        for (int i = 0; i < 25; i++) {
            assertThat(clients.open(token, address).state()).isEqualTo(LinkState.COMPLETED);
        }
    }
}
