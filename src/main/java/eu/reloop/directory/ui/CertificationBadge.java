package eu.reloop.directory.ui;

import com.vaadin.flow.component.html.Span;

import eu.reloop.directory.CertificationStatus;

/** The certification badge, the same wherever an organisation or certificate is shown: green only when certified. */
public class CertificationBadge extends Span {

    public CertificationBadge(CertificationStatus status) {
        setText(getTranslation("certification." + status.name()));
        addClassName("certification-badge");
        getElement().getThemeList().add(switch (status) {
            case CERTIFIED -> "badge success primary";
            case SUSPENDED, REVOKED -> "badge error";
            case EXPIRED, NOT_CERTIFIED -> "badge contrast";
        });
    }
}
