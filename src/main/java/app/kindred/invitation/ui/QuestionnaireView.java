package app.kindred.invitation.ui;

import app.kindred.invitation.ClientInvitationService;
import app.kindred.invitation.ClientLink;
import app.kindred.invitation.LinkClosedException;
import app.kindred.invitation.LinkState;
import app.kindred.invitation.SubmitOutcome;
import app.kindred.questionnaire.IncompleteQuestionnaireException;
import app.kindred.questionnaire.ResponseService;
import app.kindred.security.CurrentUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The client's questionnaire at {@code /q/{token}}: no account, the link is the key. Every answer
 * is saved the moment it is chosen; opening the link again continues at the first page with a
 * question left. The link itself never appears in the page beyond the address bar.
 */
@Route(value = "q", autoLayout = false)
@PageTitle("Your questionnaire")
@AnonymousAllowed
class QuestionnaireView extends Main implements HasUrlParameter<String>, QuestionStep.Flow {

    /** An anonymous client's session ends after an hour without activity; their answers are already saved. */
    static final int IDLE_SECONDS = 60 * 60;

    private final transient ClientInvitationService clients;
    private final QuestionnairePages pages;
    private String token;
    private String clinicName;
    private Map<String, Integer> answers = new HashMap<>();
    private boolean backToReview;

    QuestionnaireView(ClientInvitationService clients, ResponseService responses) {
        this.clients = clients;
        this.pages = new QuestionnairePages(responses.currentInstrument());
        getStyle().set("background", "var(--lumo-contrast-5pct)").set("min-height", "100vh");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        VaadinRequest request = VaadinRequest.getCurrent();
        ClientLink link = clients.open(token, request == null ? null : request.getRemoteAddr());
        if (!link.isOpen()) {
            show(new ClosedLinkPanel(link.state()));
            return;
        }
        clinicName = link.clinicName();
        answers = new HashMap<>(clients.answersSoFar(token));
        if (answers.isEmpty()) {
            welcome();
        } else {
            showStep(pages.firstUnansweredStep(answers), "Welcome back — your earlier answers are saved.");
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Only an anonymous client's session: a signed-in clinician keeps the stricter timeout.
        if (CurrentUser.find().isEmpty() && VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().getSession().setMaxInactiveInterval(IDLE_SECONDS);
        }
    }

    @Override
    public void answered(String code, int value) {
        try {
            clients.saveAnswer(token, code, value);
            answers.put(code, value);
        } catch (LinkClosedException e) {
            linkClosed();
        }
    }

    @Override
    public void go(int step) {
        if (step == pages.reviewStep()) {
            backToReview = false;
            showReview(List.of());
        } else {
            showStep(step, null);
        }
    }

    @Override
    public void welcome() {
        show(new WelcomePanel(clinicName, pages.questionCount(), () -> go(0)));
    }

    private void showStep(int step, String note) {
        if (step >= pages.reviewStep()) {
            showReview(List.of());
            return;
        }
        show(new QuestionStep(pages, step, answers, backToReview, this, note));
    }

    private void showReview(List<String> missing) {
        show(new ReviewStep(pages, answers, missing, code -> {
            backToReview = true;
            showStep(pages.stepOf(code), null);
        }, this::submit));
    }

    private void submit() {
        try {
            SubmitOutcome outcome = clients.submit(token);
            switch (outcome) {
                case SUBMITTED -> show(new ThankYouPanel(false));
                case ALREADY_SUBMITTED -> show(new ThankYouPanel(true));
                case LINK_CLOSED -> linkClosed();
            }
        } catch (IncompleteQuestionnaireException e) {
            showReview(e.missing());
        } catch (LinkClosedException e) {
            linkClosed();
        }
    }

    private void linkClosed() {
        LinkState state = clients.open(token, null).state();
        show(new ClosedLinkPanel(state == LinkState.OPEN ? LinkState.EXPIRED : state));
    }

    private void show(Component screen) {
        removeAll();
        add(screen);
        getElement().executeJs("window.scrollTo(0, 0)");
    }
}
