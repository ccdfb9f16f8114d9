package eu.reloop.identity.ui;

import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import eu.reloop.identity.EmailAlreadyRegisteredException;
import eu.reloop.identity.SignUpRequest;
import eu.reloop.identity.UserAccounts;
import eu.reloop.shared.ui.MainLayout;

/**
 * Opens a consumer account. The rules live on {@link SignUpRequest}; this view shows their messages
 * beside the fields they concern, so the form and the service can never disagree.
 */
@Route(value = "signup", layout = MainLayout.class)
@AnonymousAllowed
class SignUpView extends VerticalLayout implements HasDynamicTitle {

    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirmPassword = new PasswordField();
    private final Map<String, HasValidation> fieldsByProperty = Map.of(
            "displayName", displayName, "email", email, "password", password);

    private final transient UserAccounts accounts;
    private final transient Validator validator;

    SignUpView(UserAccounts accounts, Validator validator) {
        this.accounts = accounts;
        this.validator = validator;
        addClassName("auth-card");

        displayName.setLabel(getTranslation("signup.name"));
        displayName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        email.setLabel(getTranslation("signup.email"));
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        password.setLabel(getTranslation("signup.password"));
        password.setHelperText(getTranslation("signup.password-help", SignUpRequest.MIN_PASSWORD_LENGTH));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirmPassword.setLabel(getTranslation("signup.confirm-password"));
        confirmPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        for (var field : new com.vaadin.flow.component.textfield.TextFieldBase<?, ?>[] {
                displayName, email, password, confirmPassword}) {
            field.setRequiredIndicatorVisible(true);
            field.setManualValidation(true);
            // An error stays until the field is edited, then the next submit judges it afresh.
            field.addValueChangeListener(change -> field.setInvalid(false));
        }
        displayName.setId("signup-name");
        email.setId("signup-email");
        password.setId("signup-password");
        confirmPassword.setId("signup-confirm-password");

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
        clearErrors();
        SignUpRequest request = new SignUpRequest(displayName.getValue(), email.getValue(), password.getValue());
        Set<ConstraintViolation<SignUpRequest>> violations = validator.validate(request);
        for (ConstraintViolation<SignUpRequest> violation : violations) {
            showError(fieldsByProperty.get(violation.getPropertyPath().toString()),
                    getTranslation(violation.getMessage(), SignUpRequest.MIN_PASSWORD_LENGTH));
        }
        if (!password.getValue().equals(confirmPassword.getValue())) {
            showError(confirmPassword, getTranslation("signup.error.passwords-differ"));
        }
        if (!violations.isEmpty() || confirmPassword.isInvalid()) {
            return;
        }
        try {
            accounts.signUp(request);
        } catch (EmailAlreadyRegisteredException e) {
            showError(email, getTranslation("signup.error.email-taken"));
            return;
        }
        Notification done = Notification.show(getTranslation("signup.done"), 6000, Notification.Position.TOP_CENTER);
        done.addThemeVariants(NotificationVariant.SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(LoginView.class));
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {displayName, email, password, confirmPassword}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    private static void showError(HasValidation field, String message) {
        // A field can break two rules at once (blank and too short): show the first one.
        if (!field.isInvalid()) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title");
    }
}
