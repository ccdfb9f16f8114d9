package eu.reloop.identity.ui;


import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import eu.reloop.identity.AccountRequestThrottle;
import eu.reloop.identity.IdentityLinks;
import eu.reloop.identity.SignUpRequest;
import eu.reloop.identity.UserAccounts;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.shared.ui.RuleBinder;

/**
 * Opens a consumer account. The rules live on {@link SignUpRequest}; the binder shows their messages
 * beside the fields they concern as each is left, so the form and the service can never disagree.
 */
@Route(value = IdentityLinks.SIGN_UP_ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class SignUpView extends VerticalLayout implements HasDynamicTitle {

    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordRepeat passwords = new PasswordRepeat("signup.password", "signup-password",
            "signup-confirm-password");
    private final BeanValidationBinder<SignUpRequest> binder = RuleBinder.of(SignUpRequest.class);

    private final transient UserAccounts accounts;
    private final transient AccountRequestThrottle throttle;
    private final transient SessionSignIn signIn;

    SignUpView(UserAccounts accounts, AccountRequestThrottle throttle, SessionSignIn signIn) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.signIn = signIn;
        addClassName("auth-card");

        displayName.setLabel(getTranslation("signup.name"));
        displayName.setAutocomplete(Autocomplete.NAME);
        displayName.setMaxLength(TextLimits.NAME);
        email.setLabel(getTranslation("signup.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setMaxLength(TextLimits.EMAIL);
        displayName.setId("signup-name");
        email.setId("signup-email");
        // A rule that a text be filled in shows as the field's required mark, as @NotNull does by default.
        binder.forField(displayName).bind("displayName");
        binder.forField(email).bind("email");
        binder.forField(passwords.password()).bind("password");

        Button submit = new Button(getTranslation("signup.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId("signup-submit");

        FormLayout form = new FormLayout(displayName, email, passwords.password(), passwords.repeat());
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        RouterLink toLogin = new RouterLink(getTranslation("signup.sign-in-link"), LoginView.class);
        add(new H1(getTranslation("signup.title")), new Paragraph(getTranslation("signup.intro")), form, submit,
                new Paragraph(toLogin));
    }

    private void submit() {
        boolean repeated = passwords.matches();
        SignUpRequest request;
        try {
            request = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        if (!repeated) {
            return;
        }
        String client = RequestingClient.address();
        Attempt.get(this, FormFields.of(binder), () -> {
            throttle.beforeSignUp(client);
            return accounts.signUp(request, getLocale());
        }).ifPresent(opened -> {
            // A known address gets the same words and its owner an e-mail; only a new account is signed in.
            removeAll();
            add(new H1(getTranslation("signup.check-email.title")),
                    new Paragraph(getTranslation("signup.check-email", request.email())));
            if (opened.isPresent()) {
                signIn.as(accounts.loadUserByUsername(request.email()));
                // A fresh page, so that the layout shows who is signed in.
                getUI().ifPresent(ui -> ui.getPage().setLocation(IdentityLinks.ACCOUNT_ROUTE));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title");
    }
}
