package eu.reloop.certification.ui;

import com.vaadin.flow.component.html.Span;

import eu.reloop.certification.Certificate;
import eu.reloop.directory.CertificationStatus;
import eu.reloop.directory.ui.CertificationBadge;
import eu.reloop.shared.ui.BrowserTime;

/** One certificate in a list: its number (linked to its public page), kind, end date and live status. */
class CertificateLine extends Span {

    CertificateLine(Certificate certificate, CertificationStatus status) {
        add(CertificateView.link(certificate.number()),
                new Span(" · " + getTranslation("certificate-kind." + certificate.kind().name()) + " · "
                        + getTranslation("my-certification.valid-until", BrowserTime.date(certificate.validTo())) + " "),
                new CertificationBadge(status));
        addClassName("certificate-line");
    }
}
