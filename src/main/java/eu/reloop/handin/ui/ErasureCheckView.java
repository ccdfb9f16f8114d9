package eu.reloop.handin.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import eu.reloop.handin.CertificateCode;
import eu.reloop.handin.ErasureCertificate;
import eu.reloop.handin.ErasureCertificates;
import eu.reloop.handin.HandInLinks;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.TypoSafeCode;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.Callout;
import eu.reloop.shared.ui.CodeLookup;
import eu.reloop.shared.ui.MainLayout;

/**
 * The public check of a data erasure certificate by its code: what was erased, how, where and when, and whether the
 * registry's signature holds. It never says whose the device was. Linked from the stamp check at /verify.
 */
@Route(value = HandInLinks.CERTIFICATE_ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class ErasureCheckView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ErasureCertificates certificates;

    ErasureCheckView(ErasureCertificates certificates) {
        this.certificates = certificates;
        addClassName("erasure-check");
        setMaxWidth("48rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<String> typed = event.getRouteParameters().get("code");
        add(new H1(getTranslation("handin.check.title")), new Paragraph(getTranslation("handin.check.intro")),
                lookup(typed.map(code -> CertificateCode.parse(code).map(CertificateCode::display).orElse(code)).orElse("")));
        typed.ifPresent(this::show);
    }

    private Component lookup(String typed) {
        return new CodeLookup(CertificateCode.FORMAT, new CodeLookup.Texts("handin.check", "7K3M9-QXDQ2-F",
                "certificate-code", "check-certificate"), typed,
                code -> getUI().ifPresent(ui -> ui.navigate(HandInLinks.certificate(new CertificateCode(code)))));
    }

    private void show(String typed) {
        Optional<CertificateCode> code = CertificateCode.parse(typed);
        if (code.isEmpty()) {
            add(Callout.of("certificate-problem", "error", getTranslation(
                    CertificateCode.FORMAT.read(typed) == TypoSafeCode.Reading.TYPO ? "handin.check.typo" : "handin.check.malformed")));
            return;
        }
        certificates.verify(code.get()).ifPresentOrElse(this::show, () -> add(Callout.of("certificate-problem", "error",
                getTranslation("handin.check.unknown", code.get().display()))));
    }

    private void show(ErasureCertificate certificate) {
        add(Callout.of("certificate-status", certificate.signatureValid() ? "success" : "error", getTranslation(
                certificate.signatureValid() ? "handin.check.valid" : "handin.check.not-genuine", certificate.code())));
        Div facts = new Div();
        facts.setId("certificate-facts");
        facts.add(fact("handin.check.device", certificate.brand() + " " + certificate.model()
                + (certificate.maskedSerial().isEmpty() ? "" : " · " + certificate.maskedSerial())),
                fact("handin.check.method", getTranslation("stamp.erasure.method." + certificate.method().name())),
                fact("handin.check.technique", certificate.technique() + " · " + certificate.tool()),
                fact("handin.check.verification", getTranslation("stamp.erasure.verification."
                        + certificate.verification().name())),
                fact("handin.check.where", certificate.organisation() + ", " + certificate.site()),
                fact("handin.check.when", LocalizedFormats.date(certificate.performedOn(), getLocale())),
                fact("handin.check.issued", BrowserTime.dateTime(certificate.issuedAt())),
                fact("handin.check.key", certificate.keyId()));
        add(facts);
    }

    private Paragraph fact(String key, String value) {
        return new Paragraph(getTranslation(key) + ": " + value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handin.check.title");
    }
}
