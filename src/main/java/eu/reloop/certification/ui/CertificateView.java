package eu.reloop.certification.ui;

import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import eu.reloop.certification.CertificateRecord;
import eu.reloop.certification.Certificates;
import eu.reloop.certification.CertificationLinks;
import eu.reloop.directory.DirectoryLinks;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.ui.CertificationBadge;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.FieldMessage;
import eu.reloop.shared.ui.MainLayout;

/**
 * The public certificate page: the registry's answer, live, with the statement that it is the proof.
 * Without a number (or with one that is not in the registry) it asks for one.
 */
@Route(value = CertificationLinks.CERTIFICATE, layout = MainLayout.class)
@Menu(order = 12, icon = "vaadin:diploma", title = "menu.check-certificate")
@AnonymousAllowed
class CertificateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The route's parameter, as {@link CertificationLinks#CERTIFICATE} names it. */
    private static final String NUMBER = "number";

    private final transient Certificates certificates;
    private final transient Organisations organisations;
    private String title = "";

    CertificateView(Certificates certificates, Organisations organisations) {
        this.certificates = certificates;
        this.organisations = organisations;
        addClassName("certificate-view");
        setMaxWidth("48rem");
    }

    /** A link to a certificate's page, for the lists of this module. */
    static RouterLink link(String number) {
        return new RouterLink(number, CertificateView.class, parameters(number));
    }

    private static RouteParameters parameters(String number) {
        return new RouteParameters(NUMBER, number);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<String> number = event.getRouteParameters().get(NUMBER);
        Optional<CertificateRecord> found = number.filter(given -> CertificateRecord.NUMBER.matcher(given).matches())
                .flatMap(certificates::publicRecord);
        if (found.isPresent()) {
            show(found.get());
            return;
        }
        title = getTranslation(number.isPresent() ? "certificate.not-found.title" : "certificate.check.title");
        add(new H1(title));
        number.ifPresent(missing -> {
            Paragraph text = new Paragraph(getTranslation("certificate.not-found.text", missing));
            text.setId("certificate-not-found");
            add(text);
        });
        add(lookup(number.orElse("")));
    }

    private Component lookup(String number) {
        TextField field = new TextField(getTranslation("certificate.check.number"));
        field.setPlaceholder("RLC-2026-00042");
        field.setValue(number);
        field.setId("certificate-number");
        Button check = new Button(getTranslation("certificate.check.button"), click -> {
            String given = field.getValue().strip().toUpperCase();
            if (!CertificateRecord.NUMBER.matcher(given).matches()) {
                FieldMessage.show(field, getTranslation("certificate.check.malformed"));
                return;
            }
            getUI().ifPresent(ui -> ui.navigate(CertificateView.class, parameters(given)));
        });
        check.addClickShortcut(Key.ENTER);
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.setId("check-certificate");
        HorizontalLayout form = new HorizontalLayout(field, check);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private void show(CertificateRecord certificate) {
        title = getTranslation("certificate.title", certificate.number());
        CertificationBadge status = new CertificationBadge(certificate.status());
        status.setId("certificate-status");
        HorizontalLayout heading = new HorizontalLayout(new H1(title), status);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        Anchor organisation = new Anchor(DirectoryLinks.profile(certificate.organisationId()), certificate.organisationName());
        organisation.getElement().setAttribute("router-link", true);
        organisation.setId("certificate-organisation");
        String categories = organisations.categories().stream()
                .filter(category -> certificate.categories().contains(category.code()))
                .map(category -> category.name(getLocale())).collect(Collectors.joining(", "));
        String services = certificate.services().stream().sorted()
                .map(service -> getTranslation("service." + service.name())).collect(Collectors.joining(", "));
        DescriptionList facts = new DescriptionList();
        facts.add(term("certificate.holder"), new DescriptionList.Description(organisation));
        facts.add(term("certificate.kind"), description(getTranslation("certificate-kind." + certificate.kind().name())));
        facts.add(term("certificate.categories"), description(categories));
        facts.add(term("certificate.services"), description(services));
        facts.add(term("certificate.valid"), description(getTranslation("certificate.valid.range",
                BrowserTime.date(certificate.validFrom()), BrowserTime.date(certificate.validTo()))));
        facts.add(term("certificate.certifier"), description(certificate.certifier()));
        facts.add(term("certificate.checked"), description(BrowserTime.dateTime(certificate.checkedAt())));
        facts.addClassName("certificate-facts");

        Div proof = new Div(new Paragraph(getTranslation("certificate.proof")));
        proof.addClassName("callout");
        proof.setId("certificate-proof");
        add(heading, new Paragraph(getTranslation("certificate.status-explained." + certificate.status().name())),
                facts, proof);
    }

    private DescriptionList.Term term(String key) {
        return new DescriptionList.Term(getTranslation(key));
    }

    private static DescriptionList.Description description(String text) {
        return new DescriptionList.Description(text);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
