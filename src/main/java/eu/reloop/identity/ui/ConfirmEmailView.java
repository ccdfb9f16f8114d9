package eu.reloop.identity.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import eu.reloop.identity.EmailConfirmation;
import eu.reloop.identity.IdentityLinks;
import eu.reloop.identity.UserAccounts;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.MainLayout;

/** Opening the link mailed to an address confirms it; a refused link says why (as a notice) and changes nothing. */
@Route(value = IdentityLinks.CONFIRM_EMAIL_ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class ConfirmEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient UserAccounts accounts;
    private final transient SessionSignIn signIn;
    private final transient AuthenticationContext authentication;

    ConfirmEmailView(UserAccounts accounts, AuthenticationContext authentication, SessionSignIn signIn) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.authentication = authentication;
        addClassName("auth-card");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get(IdentityLinks.TOKEN).orElse("");
        Paragraph outcome = Attempt.get(this, () -> accounts.confirmEmail(token))
                .map(this::confirmed)
                .orElseGet(() -> new Paragraph(getTranslation("confirm.failed")));
        outcome.setId("confirm-outcome");
        add(new H1(getPageTitle()), outcome, new RouterLink(getTranslation("account.title"), AccountView.class));
    }

    private Paragraph confirmed(EmailConfirmation confirmation) {
        // The session still names the old address, by which every service knows its user: it moves along.
        if (confirmation.changedAddress()
                && authentication.getPrincipalName().filter(confirmation.previousEmail()::equals).isPresent()) {
            signIn.as(accounts.loadUserByUsername(confirmation.email()));
        }
        return new Paragraph(getTranslation("confirm.done", confirmation.email()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("confirm.title");
    }
}
