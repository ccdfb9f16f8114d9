package eu.reloop.certification.ui;

import com.vaadin.flow.component.html.Span;

import eu.reloop.certification.ApplicationStatus;

/** An application's status as a badge: green when approved, red when rejected, highlighted when the organisation must act. */
final class ApplicationStatusBadge {

    private ApplicationStatusBadge() {
    }

    static Span of(ApplicationStatus status) {
        Span badge = new Span();
        badge.setText(badge.getTranslation("application-status." + status.name()));
        badge.addClassName("application-status");
        badge.getElement().getThemeList().add(switch (status) {
            case APPROVED -> "badge success";
            case REJECTED -> "badge error";
            case CHANGES_REQUESTED -> "badge warning";
            case SUBMITTED -> "badge";
            case DRAFT -> "badge contrast";
        });
        return badge;
    }
}
