package eu.reloop.directory.ui;

import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;

import eu.reloop.directory.AccessRequest;
import eu.reloop.directory.OrganisationStaff;
import eu.reloop.directory.PendingInvitation;
import eu.reloop.directory.StaffAuditEntry;
import eu.reloop.directory.StaffInvitation;
import eu.reloop.identity.Member;
import eu.reloop.identity.MemberRole;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.RuleBinder;

/**
 * The organisation's staff on its editor page: every member sees who works there and may leave; owners
 * also invite, answer requests for access, change roles and take people off. The service checks each step
 * again against the organisation it concerns.
 */
class StaffSection extends VerticalLayout {

    private final UUID organisationId;
    private final transient OrganisationStaff staff;
    private final boolean owner;
    private final String me;
    private final Div content = new Div();

    StaffSection(UUID organisationId, OrganisationStaff staff, boolean owner, String me) {
        this.organisationId = organisationId;
        this.staff = staff;
        this.owner = owner;
        this.me = me;
        setPadding(false);
        setId("staff-section");
        add(new H2(getTranslation("staff.title")), content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        staff.members(organisationId).forEach(member -> content.add(memberRow(member)));
        if (owner) {
            content.add(inviteForm());
            var requests = staff.accessRequests(organisationId);
            if (!requests.isEmpty()) {
                content.add(new H3(getTranslation("staff.requests")));
                requests.forEach(request -> content.add(requestRow(request)));
            }
            var invitations = staff.pendingInvitations(organisationId);
            if (!invitations.isEmpty()) {
                content.add(new H3(getTranslation("staff.invitations")));
                invitations.forEach(invitation -> content.add(invitationRow(invitation)));
            }
        }
        content.add(new H3(getTranslation("staff.trail")));
        staff.trail(organisationId).forEach(entry -> content.add(trailRow(entry)));
    }

    private Component memberRow(Member member) {
        Span name = new Span(member.displayName() + " (" + member.email() + ")");
        Span role = new Span(getTranslation("staff.role." + member.role().name()));
        role.addClassName("member-role");
        HorizontalLayout row = row("member-" + member.email(), name, role);
        if (member.email().equals(me)) {
            row.add(leaveButton());
        } else if (owner) {
            MemberRole other = member.role() == MemberRole.OWNER ? MemberRole.STAFF : MemberRole.OWNER;
            row.add(button("staff.make." + other.name(), "make-" + other.name().toLowerCase() + "-" + member.email(),
                            () -> staff.changeRole(organisationId, member.userId(), other), "staff.changed"),
                    button("staff.remove", "remove-" + member.email(),
                            () -> staff.remove(organisationId, member.userId()), "staff.removed"));
        }
        return row;
    }

    /** After leaving, this page is no longer the person's to see. */
    private Button leaveButton() {
        Button leave = new Button(getTranslation("staff.leave"), click -> {
            if (Attempt.run(this, () -> staff.leave(organisationId))) {
                Feedback.success(getTranslation("staff.left"));
                getUI().ifPresent(ui -> ui.navigate(MyOrganisationsView.class));
            }
        });
        leave.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        leave.setId("leave");
        return leave;
    }

    private Component inviteForm() {
        EmailField email = new EmailField(getTranslation("staff.invite.email"));
        email.setMaxLength(TextLimits.EMAIL);
        email.setId("invite-email");
        RadioButtonGroup<MemberRole> role = new RadioButtonGroup<>();
        role.setLabel(getTranslation("staff.invite.role"));
        role.setItems(MemberRole.values());
        role.setItemLabelGenerator(value -> getTranslation("staff.role." + value.name()));
        role.setValue(MemberRole.STAFF);
        role.setId("invite-role");
        BeanValidationBinder<StaffInvitation> binder = RuleBinder.of(StaffInvitation.class);
        binder.forField(email).bind("email");
        binder.forField(role).bind("role");
        Button invite = new Button(getTranslation("staff.invite"), click -> {
            StaffInvitation invitation;
            try {
                invitation = binder.writeRecord();
            } catch (ValidationException invalid) {
                return;
            }
            if (Attempt.run(this, FormFields.of(binder), () -> staff.invite(organisationId, invitation))) {
                Feedback.success(getTranslation("staff.invited", invitation.email()));
                refresh();
            }
        });
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.setId("invite");
        HorizontalLayout form = new HorizontalLayout(email, role, invite);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.addClassName("invite-form");
        return form;
    }

    private Component invitationRow(PendingInvitation invitation) {
        Span text = new Span(getTranslation("staff.invitation", invitation.email(),
                getTranslation("staff.role." + invitation.role().name()),
                BrowserTime.date(invitation.expiresAt())));
        return row("invitation-" + invitation.email(), text,
                button("staff.resend", "resend-" + invitation.email(),
                        () -> staff.resend(organisationId, invitation.id()), "staff.resent"),
                button("staff.revoke", "revoke-" + invitation.email(),
                        () -> staff.revoke(organisationId, invitation.id()), "staff.revoked"));
    }

    private Component requestRow(AccessRequest request) {
        Span text = new Span(request.displayName() + " (" + request.email() + ")");
        return row("request-" + request.email(), text,
                button("staff.request.accept", "accept-request-" + request.email(),
                        () -> staff.answer(organisationId, request.id(), true), "staff.request.accepted"),
                button("staff.request.decline", "decline-request-" + request.email(),
                        () -> staff.answer(organisationId, request.id(), false), "staff.request.declined"));
    }

    private Component trailRow(StaffAuditEntry entry) {
        Paragraph line = new Paragraph(getTranslation("staff.trail.entry",
                BrowserTime.date(entry.at()), entry.actor(),
                getTranslation("staff.change." + entry.change().name()), entry.subject() == null ? "" : entry.subject()));
        line.addClassName("trail-entry");
        return line;
    }

    private Button button(String labelKey, String id, Runnable step, String doneKey) {
        Button button = new Button(getTranslation(labelKey), click -> {
            if (Attempt.run(this, step)) {
                Feedback.success(getTranslation(doneKey));
            }
            // Also after a refusal: the lists then show what is really stored.
            refresh();
        });
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setId(id);
        return button;
    }

    private static HorizontalLayout row(String id, Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setId(id);
        row.addClassName("staff-row");
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
