package eu.reloop.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import eu.reloop.identity.AccountRequestThrottle;
import eu.reloop.identity.IdentityLinks;
import eu.reloop.identity.PasswordResetRequest;
import eu.reloop.identity.UserAccounts;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.shared.ui.RuleBinder;

/** "Forgot password?": asks for the address and answers the same whether or not it has an account. */
@Route(value = IdentityLinks.FORGOT_PASSWORD_ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    private final EmailField email = new EmailField();
    private final BeanValidationBinder<PasswordResetRequest> binder = RuleBinder.of(PasswordResetRequest.class);

    private final transient UserAccounts accounts;
    private final transient AccountRequestThrottle throttle;

    ForgotPasswordView(UserAccounts accounts, AccountRequestThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
        addClassName("auth-card");
        email.setLabel(getTranslation("signup.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setMaxLength(TextLimits.EMAIL);
        email.setId("forgot-email");
        binder.forField(email).bind("email");

        Button submit = new Button(getTranslation("forgot.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId("forgot-submit");
        add(new H1(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.intro")), email, submit);
    }

    private void submit() {
        PasswordResetRequest request;
        try {
            request = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        String client = RequestingClient.address();
        if (Attempt.run(this, FormFields.of(binder), () -> {
            throttle.beforePasswordReset(client, request);
            accounts.requestPasswordReset(request);
        })) {
            removeAll();
            Paragraph sent = new Paragraph(getTranslation("forgot.sent", request.email()));
            sent.setId("forgot-sent");
            add(new H1(getTranslation("forgot.title")), sent);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title");
    }
}
