package eu.reloop.directory.ui;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import eu.reloop.directory.DirectoryLinks;
import eu.reloop.directory.OpenInvitation;
import eu.reloop.directory.OrganisationStaff;
import eu.reloop.identity.IdentityLinks;
import eu.reloop.identity.SignUpRequest;
import eu.reloop.identity.ui.PasswordRepeat;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.shared.ui.RuleBinder;

/**
 * The page an invitation e-mail links to. The invited person accepts or declines when signed in with the
 * invited address; a visitor without an account opens one here (the link proves the address) and joins.
 * A link that is unknown, altered, used, revoked or expired shows why and offers nothing.
 */
@Route(value = DirectoryLinks.INVITATION_ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient OrganisationStaff staff;
    private final transient AuthenticationContext authentication;

    InvitationView(OrganisationStaff staff, AuthenticationContext authentication) {
        this.staff = staff;
        this.authentication = authentication;
        addClassName("auth-card");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("invitation.title")));
        String token = event.getRouteParameters().get(DirectoryLinks.TOKEN).orElse("");
        OpenInvitation invitation;
        try {
            invitation = staff.invitation(token);
        } catch (RefusedException refused) {
            Paragraph why = new Paragraph(getTranslation(refused.messageKey()));
            why.setId("invitation-refused");
            add(why);
            return;
        }
        Paragraph offer = new Paragraph(getTranslation("invitation.text." + invitation.role().name(),
                invitation.organisationName(), invitation.email()));
        offer.setId("invitation-offer");
        add(offer);
        Optional<String> me = authentication.getPrincipalName();
        if (me.isPresent()) {
            answer(token, invitation, me.get());
        } else if (invitation.hasAccount()) {
            add(new Paragraph(getTranslation("invitation.sign-in-first", invitation.email())),
                    new Anchor(IdentityLinks.LOGIN_ROUTE, getTranslation("invitation.sign-in")));
        } else {
            newAccount(token, invitation);
        }
    }

    private void answer(String token, OpenInvitation invitation, String me) {
        if (!me.equals(invitation.email())) {
            Paragraph other = new Paragraph(getTranslation("invitation.other-account", invitation.email()));
            other.setId("invitation-other-account");
            add(other);
            return;
        }
        Button accept = new Button(getTranslation("invitation.accept"), click ->
                Attempt.get(this, () -> staff.accept(token)).ifPresent(this::joined));
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.setId("accept-invitation");
        Button decline = new Button(getTranslation("invitation.decline"), click -> {
            if (Attempt.run(this, () -> staff.decline(token))) {
                Feedback.success(getTranslation("invitation.declined"));
                getUI().ifPresent(ui -> ui.navigate(""));
            }
        });
        decline.setId("decline-invitation");
        add(new HorizontalLayout(accept, decline));
    }

    private void joined(UUID organisationId) {
        Feedback.success(getTranslation("invitation.joined"));
        getUI().ifPresent(ui -> ui.navigate(DirectoryLinks.editor(organisationId)));
    }

    /** The invited address is fixed: the account is opened for the address the link was sent to. */
    private void newAccount(String token, OpenInvitation invitation) {
        TextField displayName = new TextField(getTranslation("signup.name"));
        displayName.setAutocomplete(Autocomplete.NAME);
        displayName.setMaxLength(TextLimits.NAME);
        displayName.setId("invitation-name");
        TextField email = new TextField(getTranslation("signup.email"));
        email.setValue(invitation.email());
        email.setReadOnly(true);
        PasswordRepeat passwords = new PasswordRepeat("signup.password", "invitation-password",
                "invitation-confirm-password");
        BeanValidationBinder<SignUpRequest> binder = RuleBinder.of(SignUpRequest.class);
        binder.forField(displayName).bind("displayName");
        binder.forField(email).bind("email");
        binder.forField(passwords.password()).bind("password");
        binder.readRecord(new SignUpRequest("", invitation.email(), ""));

        Button join = new Button(getTranslation("invitation.create-account"), click -> {
            boolean repeated = passwords.matches();
            SignUpRequest request;
            try {
                request = binder.writeRecord();
            } catch (ValidationException invalid) {
                return;
            }
            if (repeated && Attempt.run(this, FormFields.of(binder), () -> staff.acceptWithNewAccount(token, request))) {
                Feedback.success(getTranslation("invitation.account-created"));
                getUI().ifPresent(ui -> ui.navigate(IdentityLinks.LOGIN_ROUTE));
            }
        });
        join.addThemeVariants(ButtonVariant.PRIMARY);
        join.setId("create-account-and-join");
        FormLayout form = new FormLayout(displayName, email, passwords.password(), passwords.repeat());
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation("invitation.new-account")), form, join);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title");
    }
}
