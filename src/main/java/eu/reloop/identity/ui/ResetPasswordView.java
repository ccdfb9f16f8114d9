package eu.reloop.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import eu.reloop.identity.IdentityLinks;
import eu.reloop.identity.PasswordReset;
import eu.reloop.identity.UserAccounts;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.shared.ui.RuleBinder;

/**
 * The page a "Forgot password?" link opens. Opening it changes nothing (mail scanners open links too); the
 * token is used up only when the new password is saved, and a refused link says why.
 */
@Route(value = IdentityLinks.RESET_PASSWORD_ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordRepeat passwords = new PasswordRepeat("reset.password", "reset-password", "reset-repeat");
    private final BeanValidationBinder<PasswordReset> binder = RuleBinder.of(PasswordReset.class);
    private String token = "";

    private final transient UserAccounts accounts;

    ResetPasswordView(UserAccounts accounts) {
        this.accounts = accounts;
        addClassName("auth-card");
        // The token comes from the address, not from a field: the binder checks the password as it is typed.
        binder.forField(passwords.password()).bind("password");

        Button submit = new Button(getTranslation("reset.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId("reset-submit");
        add(new H1(getTranslation("reset.title")), passwords.password(), passwords.repeat(), submit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(IdentityLinks.TOKEN).orElse("");
    }

    private void submit() {
        if (!passwords.matches() || !binder.validate().isOk()) {
            return;
        }
        if (Attempt.run(this, FormFields.of(binder), () -> accounts.resetPassword(new PasswordReset(token, passwords.password().getValue())))) {
            removeAll();
            Paragraph done = new Paragraph(getTranslation("reset.done"));
            done.setId("reset-done");
            add(new H1(getTranslation("reset.title")), done, new RouterLink(getTranslation("layout.sign-in"), LoginView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title");
    }
}
