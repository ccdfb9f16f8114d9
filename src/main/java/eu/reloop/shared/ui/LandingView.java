package eu.reloop.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** What ReLoop is, and the ways in: find a repairer, buy refurbished, verify a stamp, sign in or up. */
@Route(value = "", layout = MainLayout.class)
@Menu(order = 0, icon = "vaadin:home", title = "menu.home")
@AnonymousAllowed
class LandingView extends VerticalLayout implements HasDynamicTitle {

    LandingView(AuthenticationContext authentication) {
        addClassName("landing");
        setMaxWidth("64rem");
        H1 headline = new H1(getTranslation("landing.headline"));
        Paragraph pitch = new Paragraph(getTranslation("landing.pitch"));
        pitch.addClassName("lead");
        add(headline, pitch);

        // Paths, not SearchLinks or StampLinks: shared is below every module
        // (docs/decisions/links-against-the-module-order.md).
        HorizontalLayout entries = new HorizontalLayout(
                entry(VaadinIcon.WRENCH, "landing.find-repairer", "find"),
                entry(VaadinIcon.CART, "landing.buy-refurbished", "buy"),
                entry(VaadinIcon.CHECK_CIRCLE, "landing.verify-stamp", "verify"));
        entries.setWrap(true);
        entries.addClassName("entries");
        add(entries);

        if (!authentication.isAuthenticated()) {
            Button signUp = new Button(getTranslation("landing.sign-up"),
                    click -> getUI().ifPresent(ui -> ui.navigate("signup")));
            signUp.addThemeVariants(ButtonVariant.PRIMARY);
            Button signIn = new Button(getTranslation("landing.sign-in"),
                    click -> getUI().ifPresent(ui -> ui.navigate("login")));
            add(new HorizontalLayout(signUp, signIn));
        }
        // For businesses: registering needs an account, so a visitor goes by sign-in (and its sign-up link) first.
        Anchor register = new Anchor("my-organisations/register", getTranslation("landing.register-organisation"));
        register.getElement().setAttribute("router-link", true);
        register.setId("landing-register-organisation");
        add(new Paragraph(register));
    }

    private Component entry(VaadinIcon icon, String key, String route) {
        Div card = new Div();
        card.addClassName("entry-card");
        Anchor link = new Anchor(route, getTranslation(key + ".title"));
        link.getElement().setAttribute("router-link", true);
        card.add(icon.create(), new H2(link), new Paragraph(getTranslation(key + ".text")));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("landing.title");
    }
}
