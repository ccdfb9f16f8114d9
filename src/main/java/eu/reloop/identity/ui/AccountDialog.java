package eu.reloop.identity.ui;

import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import eu.reloop.identity.AccountAdministration;
import eu.reloop.identity.AccountAuditEntry;
import eu.reloop.identity.AccountDetail;
import eu.reloop.identity.Role;
import eu.reloop.identity.UserAccount;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.ConfirmStep;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.FormFields;

/** One account as admins see it, with the changes they may make; each asks first, and each shows in the trail. */
class AccountDialog extends Dialog {

    private final transient AccountAdministration administration;
    private final UUID userId;
    private final Runnable afterChange;
    private final Div content = new Div();

    AccountDialog(AccountAdministration administration, UUID userId, Runnable afterChange) {
        this.administration = administration;
        this.userId = userId;
        this.afterChange = afterChange;
        setId("account-dialog");
        setWidth("min(60rem, 95vw)");
        getFooter().add(new Button(getTranslation("users.close"), click -> close()));
        add(content);
        show();
    }

    private void show() {
        content.removeAll();
        Attempt.get(this, () -> administration.detail(userId)).ifPresentOrElse(this::show, this::close);
    }

    private void show(AccountDetail detail) {
        UserAccount account = detail.account();
        setHeaderTitle(account.displayName());
        content.add(
                line("users.email", account.email()),
                line("users.roles", account.roles().stream().map(role -> getTranslation("role." + role.name()))
                        .collect(Collectors.joining(", "))),
                line("users.status", getTranslation(account.enabled() ? "users.enabled" : "users.disabled")),
                line("users.created", date(account)),
                line("users.organisations", detail.organisations().isEmpty() ? getTranslation("users.no-organisations")
                        : String.join(", ", detail.organisations())),
                actions(account),
                new H3(getTranslation("users.trail")),
                trail(detail));
    }

    private HorizontalLayout actions(UserAccount account) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (account.enabled()) {
            actions.add(button(getTranslation("users.disable"), "account-disable", ButtonVariant.ERROR, this::askDisable));
        } else {
            actions.add(button(getTranslation("users.enable"), "account-enable", ButtonVariant.PRIMARY,
                    () -> ConfirmStep.ask(this, "users.confirm-enable", "primary", "confirm-enable",
                            () -> change(() -> administration.enable(userId)))));
        }
        for (Role role : AccountAdministration.APPOINTED_ROLES) {
            String roleName = getTranslation("role." + role.name());
            if (account.roles().contains(role)) {
                actions.add(button(getTranslation("users.revoke", roleName), "account-revoke-" + role.name(),
                        ButtonVariant.ERROR, () -> confirm(getTranslation("users.confirm-revoke", roleName, account.displayName()),
                                "error", "confirm-revoke", () -> administration.revoke(userId, role))));
            } else {
                actions.add(button(getTranslation("users.grant", roleName), "account-grant-" + role.name(),
                        ButtonVariant.PRIMARY, () -> confirm(getTranslation("users.confirm-grant", roleName, account.displayName()),
                                "primary", "confirm-grant", () -> administration.grant(userId, role))));
            }
        }
        return actions;
    }

    /** Disabling needs a reason, which the trail keeps. */
    private void askDisable() {
        TextArea reason = new TextArea(getTranslation("users.reason"));
        reason.setMaxLength(TextLimits.REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setId("disable-reason");
        Dialog dialog = new Dialog();
        dialog.setId("confirm-disable");
        dialog.setHeaderTitle(getTranslation("users.confirm-disable.title"));
        dialog.add(new Paragraph(getTranslation("users.confirm-disable.text")), reason);
        Button disable = new Button(getTranslation("users.confirm-disable.button"), click -> {
            if (Attempt.run(this, FormFields.of("reason", reason), () -> administration.disable(userId, reason.getValue()))) {
                dialog.close();
                changed();
            }
        });
        disable.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        disable.setId("confirm-disable-button");
        dialog.getFooter().add(new Button(getTranslation("editor.cancel"), click -> dialog.close()), disable);
        dialog.open();
    }

    private void confirm(String text, String theme, String id, Runnable step) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("users.confirm-role.title"));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("editor.cancel"));
        dialog.setConfirmText(getTranslation("users.confirm-role.button"));
        dialog.setConfirmButtonTheme(theme);
        dialog.setId(id);
        dialog.addConfirmListener(confirmed -> change(step));
        dialog.open();
    }

    private void change(Runnable step) {
        if (Attempt.run(this, step)) {
            changed();
        }
    }

    private void changed() {
        Feedback.success(getTranslation("users.changed"));
        afterChange.run();
        show();
    }

    private Grid<AccountAuditEntry> trail(AccountDetail detail) {
        Grid<AccountAuditEntry> trail = new Grid<>();
        trail.setId("account-trail");
        trail.setAllRowsVisible(true);
        trail.addColumn(entry -> LocalizedFormats.dateTime(entry.recordedAt().atZone(ZoneId.systemDefault()), getLocale()))
                .setHeader(getTranslation("users.trail.when")).setAutoWidth(true);
        trail.addColumn(AccountAuditEntry::actor).setHeader(getTranslation("users.trail.who")).setAutoWidth(true);
        trail.addColumn(entry -> getTranslation("users.action." + entry.action().name(),
                        entry.role() == null ? "" : getTranslation("role." + entry.role().name())))
                .setHeader(getTranslation("users.trail.what")).setAutoWidth(true);
        trail.addColumn(entry -> entry.reason() == null ? "" : entry.reason()).setHeader(getTranslation("users.reason"));
        trail.setItems(detail.trail());
        trail.setEmptyStateText(getTranslation("users.trail.empty"));
        return trail;
    }

    private Paragraph line(String labelKey, String value) {
        return new Paragraph(getTranslation(labelKey) + ": " + value);
    }

    private String date(UserAccount account) {
        return LocalizedFormats.date(account.createdAt().atZone(ZoneId.systemDefault()).toLocalDate(), getLocale());
    }

    private Button button(String label, String id, ButtonVariant variant, Runnable onClick) {
        Button button = new Button(label, click -> onClick.run());
        button.addThemeVariants(variant);
        button.setId(id);
        return button;
    }
}
