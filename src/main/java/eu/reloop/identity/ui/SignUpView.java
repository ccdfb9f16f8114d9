package eu.reloop.identity.ui;


import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import eu.reloop.identity.SignUpRequest;
import eu.reloop.identity.UserAccounts;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.FieldMessage;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.shared.ui.RuleBinder;

/**
 * Opens a consumer account. The rules live on {@link SignUpRequest}; the binder shows their messages
 * beside the fields they concern as each is left, so the form and the service can never disagree.
 */
@Route(value = "signup", layout = MainLayout.class)
@AnonymousAllowed
class SignUpView extends VerticalLayout implements HasDynamicTitle {

    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirmPassword = new PasswordField();
    private final BeanValidationBinder<SignUpRequest> binder = RuleBinder.of(SignUpRequest.class);

    private final transient UserAccounts accounts;

    SignUpView(UserAccounts accounts) {
        this.accounts = accounts;
        addClassName("auth-card");

        displayName.setLabel(getTranslation("signup.name"));
        displayName.setAutocomplete(Autocomplete.NAME);
        displayName.setMaxLength(TextLimits.NAME);
        email.setLabel(getTranslation("signup.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setMaxLength(TextLimits.EMAIL);
        password.setLabel(getTranslation("signup.password"));
        password.setHelperText(getTranslation("signup.password-help", SignUpRequest.MIN_PASSWORD_LENGTH));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setMaxLength(SignUpRequest.MAX_PASSWORD_LENGTH);
        confirmPassword.setLabel(getTranslation("signup.confirm-password"));
        confirmPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmPassword.setMaxLength(SignUpRequest.MAX_PASSWORD_LENGTH);
        confirmPassword.setRequiredIndicatorVisible(true);
        confirmPassword.setManualValidation(true);
        confirmPassword.addValueChangeListener(change -> FieldMessage.clear(confirmPassword));
        displayName.setId("signup-name");
        email.setId("signup-email");
        password.setId("signup-password");
        confirmPassword.setId("signup-confirm-password");
        // A rule that a text be filled in shows as the field's required mark, as @NotNull does by default.
        binder.forField(displayName).bind("displayName");
        binder.forField(email).bind("email");
        binder.forField(password).bind("password");

        Button submit = new Button(getTranslation("signup.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId("signup-submit");

        FormLayout form = new FormLayout(displayName, email, password, confirmPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        RouterLink signIn = new RouterLink(getTranslation("signup.sign-in-link"), LoginView.class);
        add(new H1(getTranslation("signup.title")), new Paragraph(getTranslation("signup.intro")), form, submit,
                new Paragraph(signIn));
    }

    private void submit() {
        // Repeating the password guards against a typo only this form can catch; the service never sees it.
        boolean repeated = password.getValue().equals(confirmPassword.getValue());
        FieldMessage.set(confirmPassword, repeated ? null : getTranslation("signup.error.passwords-differ"));
        SignUpRequest request;
        try {
            request = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        if (repeated && Attempt.run(this, FormFields.of(binder), () -> accounts.signUp(request))) {
            Notification done = Notification.show(getTranslation("signup.done"), 6000, Notification.Position.TOP_CENTER);
            done.addThemeVariants(NotificationVariant.SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title");
    }
}
