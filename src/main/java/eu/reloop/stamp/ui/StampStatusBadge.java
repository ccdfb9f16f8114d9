package eu.reloop.stamp.ui;

import com.vaadin.flow.component.html.Span;

import eu.reloop.stamp.StampApplicationStatus;

/** A stamp application's status as a badge: green when issued, red when rejected, highlighted when the centre must act. */
final class StampStatusBadge {

    private StampStatusBadge() {
    }

    static Span of(StampApplicationStatus status) {
        Span badge = new Span();
        badge.setText(badge.getTranslation("stamp.status." + status.name()));
        badge.addClassName("stamp-status");
        badge.getElement().getThemeList().add(switch (status) {
            case APPROVED -> "badge success";
            case REJECTED -> "badge error";
            case RETURNED -> "badge warning";
            case SUBMITTED -> "badge";
            case DRAFT -> "badge contrast";
        });
        return badge;
    }
}
