package app.kindred.invitation;

import app.kindred.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The invitation tests' common ground: the services they call and the fixtures' admin signed in
 * before each test (and out after it). Subclasses carry {@code @AppTest}.
 */
abstract class SignedInInvitationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InvitationService invitations;
    @Autowired
    ClientInvitationService clients;
    @Autowired
    JdbcTemplate jdbc;

    InvitationFixtures fixtures;

    @BeforeEach
    void signInAsFixtureAdmin() {
        fixtures = new InvitationFixtures(context);
        fixtures.signIn();
    }

    @AfterEach
    void signOutAfterTest() {
        SignedIn.signOut();
    }
}
