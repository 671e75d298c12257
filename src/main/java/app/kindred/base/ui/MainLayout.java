package app.kindred.base.ui;

import app.kindred.security.CurrentUser;
import app.kindred.security.KindredUser;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The signed-in shell: side navigation built from the {@code @Menu} views the user may open, the
 * user's name and role, and sign out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    static final String CHANGE_PASSWORD_ROUTE = "account/password";

    private final transient AuthenticationContext authentication;

    public MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), title());
        addToDrawer(brand(), navigation(), userPanel());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A temporary password must be replaced before anything else can be done.
        boolean mustChange = CurrentUser.find().map(KindredUser::mustChangePassword).orElse(false);
        if (mustChange && !event.getLocation().getPath().equals(CHANGE_PASSWORD_ROUTE)) {
            event.forwardTo(CHANGE_PASSWORD_ROUTE);
        }
    }

    private static Span title() {
        Span title = new Span("Kindred");
        title.addClassName("navbar-title");
        title.getStyle().set("font-weight", "600");
        return title;
    }

    private static Div brand() {
        Div brand = new Div(new Span("Kindred"));
        brand.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600")
                .set("padding", "var(--lumo-space-m)");
        return brand;
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel("Main");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private VerticalLayout userPanel() {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(true);
        panel.setSpacing(false);
        CurrentUser.find().ifPresent(user -> {
            Span name = new Span(user.displayName());
            name.getStyle().set("font-weight", "600");
            Span role = new Span(user.isAdmin() ? "Clinic admin" : "Clinician");
            role.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            panel.add(name, role);
        });
        Button signOut = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(signOut);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        panel.add(actions);
        panel.getStyle().set("margin-top", "auto");
        return panel;
    }
}
