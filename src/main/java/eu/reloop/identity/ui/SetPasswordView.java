package eu.reloop.identity.ui;

import jakarta.validation.constraints.NotBlank;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import eu.reloop.identity.AccountPasswords;
import eu.reloop.identity.IdentityLinks;
import eu.reloop.identity.NewPassword;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.FieldMessage;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;

/** Where a single-use link sets a password; the token in the address is the only proof needed. */
@Route(value = IdentityLinks.SET_PASSWORD, layout = MainLayout.class)
@AnonymousAllowed
class SetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordField password = new PasswordField();
    private final PasswordField confirmPassword = new PasswordField();
    private final BeanValidationBinder<NewPassword> binder = new BeanValidationBinder<>(NewPassword.class);
    private final transient AccountPasswords passwords;
    private String token = "";

    SetPasswordView(AccountPasswords passwords) {
        this.passwords = passwords;
        addClassName("auth-card");
        password.setLabel(getTranslation("set-password.password"));
        password.setHelperText(getTranslation("signup.password-help", NewPassword.MIN_LENGTH));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setMaxLength(NewPassword.MAX_LENGTH);
        password.setId("set-password-password");
        confirmPassword.setLabel(getTranslation("signup.confirm-password"));
        confirmPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmPassword.setMaxLength(NewPassword.MAX_LENGTH);
        confirmPassword.setRequiredIndicatorVisible(true);
        confirmPassword.setManualValidation(true);
        confirmPassword.addValueChangeListener(change -> FieldMessage.clear(confirmPassword));
        confirmPassword.setId("set-password-confirm");
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT.chain((rule, binding) -> rule instanceof NotBlank));
        binder.forField(password).bind("password");
        Button submit = new Button(getTranslation("set-password.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId("set-password-submit");
        add(new H1(getTranslation("set-password.title")), password, confirmPassword, submit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(IdentityLinks.TOKEN).orElse("");
    }

    private void submit() {
        boolean repeated = password.getValue().equals(confirmPassword.getValue());
        FieldMessage.set(confirmPassword, repeated ? null : getTranslation("signup.error.passwords-differ"));
        NewPassword newPassword;
        try {
            newPassword = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        // A refused token has no field here: its message shows as a notification.
        if (repeated && Attempt.run(this, FormFields.of(binder), () -> passwords.setWithLink(token, newPassword))) {
            Feedback.success(getTranslation("set-password.done"));
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("set-password.title");
    }
}
