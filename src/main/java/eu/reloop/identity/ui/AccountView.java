package eu.reloop.identity.ui;

import java.util.function.Consumer;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.identity.AcceptablePassword;
import eu.reloop.identity.EmailChange;
import eu.reloop.identity.IdentityLinks;
import eu.reloop.identity.NameChange;
import eu.reloop.identity.PasswordChange;
import eu.reloop.identity.UserAccount;
import eu.reloop.identity.UserAccounts;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.shared.ui.RuleBinder;

/**
 * The signed-in person's own account: the name shown, the address (a new one is used once confirmed), and
 * the password. An address not confirmed yet is said at the top, with a way to get the link again.
 */
@Route(value = IdentityLinks.ACCOUNT_ROUTE, layout = MainLayout.class)
@Menu(order = 17, icon = "vaadin:user", title = "menu.account")
@PermitAll
class AccountView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserAccounts accounts;

    AccountView(UserAccounts accounts) {
        this.accounts = accounts;
        UserAccount account = accounts.currentAccount();
        add(new H1(getPageTitle()));
        if (!accounts.emailConfirmed()) {
            add(unconfirmedNotice(account.email()));
        }
        add(nameForm(account), emailForm(account), passwordForm());
    }

    private Div unconfirmedNotice(String email) {
        Button resend = new Button(getTranslation("account.resend"), click -> {
            if (Attempt.run(this, accounts::resendConfirmation)) {
                Feedback.success(getTranslation("signup.check-email", email));
            }
        });
        resend.setId("account-resend");
        Div notice = new Div(new Paragraph(getTranslation("account.unconfirmed", email)), resend);
        notice.setId("account-unconfirmed");
        notice.addClassName("notice");
        return notice;
    }

    private VerticalLayout nameForm(UserAccount account) {
        TextField name = new TextField(getTranslation("signup.name"));
        name.setAutocomplete(Autocomplete.NAME);
        name.setMaxLength(TextLimits.NAME);
        name.setValue(account.displayName());
        name.setId("account-name");
        BeanValidationBinder<NameChange> binder = RuleBinder.of(NameChange.class);
        binder.forField(name).bind("displayName");
        Button save = new Button(getTranslation("account.save-name"), click -> save(binder, change -> {
            accounts.changeName(change);
            Feedback.success(getTranslation("account.name-saved"));
        }));
        save.setId("account-save-name");
        return section("account.name.title", new FormLayout(name), save);
    }

    private VerticalLayout emailForm(UserAccount account) {
        EmailField email = new EmailField(getTranslation("account.new-email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setMaxLength(TextLimits.EMAIL);
        email.setId("account-email");
        PasswordField password = currentPassword("account-email-password");
        BeanValidationBinder<EmailChange> binder = RuleBinder.of(EmailChange.class);
        binder.forField(email).bind("email");
        binder.forField(password).bind("currentPassword");
        Button send = new Button(getTranslation("account.change-email"), click -> save(binder, change -> {
            accounts.requestEmailChange(change);
            Feedback.success(getTranslation("signup.check-email", change.email()));
            binder.getFields().forEach(field -> field.clear());
        }));
        send.setId("account-change-email");
        Paragraph current = new Paragraph(getTranslation("account.current-email", account.email()));
        current.setId("account-current-email");
        return section("account.email.title", current, new FormLayout(email, password), send);
    }

    private VerticalLayout passwordForm() {
        PasswordField current = currentPassword("account-current-password");
        PasswordRepeat passwords = new PasswordRepeat("reset.password", "account-new-password", "account-repeat-password");
        BeanValidationBinder<PasswordChange> binder = RuleBinder.of(PasswordChange.class);
        binder.forField(current).bind("currentPassword");
        binder.forField(passwords.password()).bind("newPassword");
        Button change = new Button(getTranslation("account.change-password"), click -> {
            if (passwords.matches()) {
                save(binder, request -> {
                    accounts.changePassword(request);
                    Feedback.success(getTranslation("account.password-changed"));
                    binder.getFields().forEach(field -> field.clear());
                    passwords.repeat().clear();
                });
            }
        });
        change.setId("account-change-password");
        return section("account.password.title", new FormLayout(current, passwords.password(), passwords.repeat()), change);
    }

    private PasswordField currentPassword(String id) {
        PasswordField field = new PasswordField(getTranslation("account.current-password"));
        field.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        field.setMaxLength(AcceptablePassword.MAX_LENGTH);
        field.setId(id);
        return field;
    }

    /** Writes the form's record and runs the step with it, showing any refusal on the field it names. */
    private <T> void save(BeanValidationBinder<T> binder, Consumer<T> step) {
        T request;
        try {
            request = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        Attempt.run(this, FormFields.of(binder), () -> step.accept(request));
    }

    private VerticalLayout section(String titleKey, Component... content) {
        VerticalLayout section = new VerticalLayout(new H2(getTranslation(titleKey)));
        section.add(content);
        section.setPadding(false);
        for (Component component : content) {
            if (component instanceof Button button) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            }
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
