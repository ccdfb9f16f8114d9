package eu.reloop.stamp.ui;

import com.vaadin.flow.component.html.Span;

import eu.reloop.stamp.StampApplication;
import eu.reloop.stamp.StampApplicationStatus;

/**
 * A stamp application's status as a badge: green when issued, red when rejected or revoked, highlighted
 * when the centre must act.
 */
final class StampStatusBadge {

    private StampStatusBadge() {
    }

    /** The application's status, except that a stamp revoked since its issue says so. */
    static Span of(StampApplication application) {
        return application.stampRevoked() ? badge("REVOKED", "badge error") : of(application.status());
    }

    static Span of(StampApplicationStatus status) {
        return badge(status.name(), switch (status) {
            case APPROVED -> "badge success";
            case REJECTED -> "badge error";
            case RETURNED -> "badge warning";
            case SUBMITTED -> "badge";
            case DRAFT -> "badge contrast";
        });
    }

    private static Span badge(String status, String theme) {
        Span badge = new Span();
        badge.setText(badge.getTranslation("stamp.status." + status));
        badge.addClassName("stamp-status");
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
