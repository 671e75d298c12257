package app.kindred.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Kindred")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final Paragraph changed = new Paragraph("Your password was changed. Sign in with the new one.");

    LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in to Kindred");
        i18n.getForm().setUsername("Username");
        i18n.getErrorMessage().setTitle("Sign-in failed");
        // One message for every failure, so it never reveals whether an account exists.
        i18n.getErrorMessage().setMessage(
                "The username or password is not right, or the account is locked for a while. Check both and try again.");
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        H1 brand = new H1("Kindred");
        Paragraph tagline = new Paragraph("A practice dashboard for couples therapists");
        changed.setVisible(false);
        add(brand, tagline, changed, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        login.setError(parameters.containsKey("error"));
        changed.setVisible(parameters.containsKey("changed"));
    }
}
