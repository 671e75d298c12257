package app.kindred.clinic.ui;

import app.kindred.clinic.SecondStepService;
import app.kindred.clinic.SecondStepService.Result;
import app.kindred.security.SecondFactorGate.Step;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * The second sign-in step: a code from the authenticator app (or a recovery code), or setting
 * one up when the clinic requires it. Open to anonymous visitors because the session is not
 * signed in yet; without a waiting sign-in it sends them to the login page.
 */
@Route(value = "login/code", autoLayout = false)
@PageTitle("Two-factor sign-in | Kindred")
@AnonymousAllowed
class SecondStepView extends VerticalLayout implements BeforeEnterObserver {

    private final transient SecondStepService secondStep;

    SecondStepView(SecondStepService secondStep) {
        this.secondStep = secondStep;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        getStyle().set("padding-top", "10vh");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Step> step = secondStep.pendingStep();
        removeAll();
        add(new H1("Kindred"));
        if (step.isEmpty()) {
            event.forwardTo("login");
        } else if (step.get() == Step.CODE) {
            showCodeStep();
        } else {
            showEnrolment();
        }
        add(new Anchor("login", "Sign in as someone else"));
    }

    private void showCodeStep() {
        CodeField code = new CodeField("Code");
        code.setHelperText("6 digits from your authenticator app, or one of your recovery codes");
        Button signIn = new Button("Sign in", e -> {
            Result result = secondStep.verify(code.getValue());
            switch (result.status()) {
                case SIGNED_IN -> UI.getCurrent().getPage().setLocation(result.targetPath());
                case LOCKED -> UI.getCurrent().getPage().setLocation("login?error");
                case WRONG_CODE -> code.refuse("That code is not right. Type the code the app shows now.");
            }
        });
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(Key.ENTER);
        code.focus();
        add(new H2("Two-factor sign-in"), new Paragraph("Your password was right. Now the code, please."), code, signIn);
    }

    private void showEnrolment() {
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.setMaxWidth("36rem");
        body.add(new H2("Set up two-factor sign-in"),
                new Paragraph("Your clinic requires a code from an authenticator app at every sign-in. Set it up now"
                        + " to continue; it takes a minute."));
        body.add(new TwoFactorSetupForm(secondStep.beginEnrolment(),
                code -> secondStep.confirmEnrolment(code).map(enrolled -> {
                    Button next = new Button("Continue to Kindred",
                            e -> UI.getCurrent().getPage().setLocation(enrolled.targetPath()));
                    next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    body.removeAll();
                    body.add(new H2("Two-factor sign-in is on"), new RecoveryCodesPanel(enrolled.recoveryCodes(), next));
                    return true;
                }).orElse(false)));
        add(body);
    }
}
