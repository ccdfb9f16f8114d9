package eu.reloop.certification.ui;

import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.certification.Certificate;
import eu.reloop.certification.CertificateState;
import eu.reloop.certification.Certificates;
import eu.reloop.certification.CertificationLinks;
import eu.reloop.directory.ui.CertificationBadge;
import eu.reloop.identity.Role;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.shared.ui.ReasonStep;

/** The register of certificates, where certifiers suspend, reinstate and revoke, each time with a reason. */
@Route(value = CertificationLinks.CERTIFICATE_REGISTER, layout = MainLayout.class)
@Menu(order = 41, icon = "vaadin:diploma-scroll", title = "menu.certificate-register")
@RolesAllowed(Role.CERTIFIER_NAME)
class CertificateRegisterView extends VerticalLayout implements HasDynamicTitle {

    private final transient Certificates certificates;
    private final TextField filter = new TextField();
    private final Grid<Certificate> grid = new Grid<>();

    CertificateRegisterView(Certificates certificates) {
        this.certificates = certificates;
        addClassName("certificate-register");
        setSizeFull();

        filter.setLabel(getTranslation("register.filter"));
        filter.setPlaceholder(getTranslation("register.filter.placeholder"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("24rem");
        filter.setId("register-filter");
        filter.addValueChangeListener(change -> refresh());

        grid.addComponentColumn(this::numberLink).setHeader(getTranslation("register.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Certificate::organisationName).setHeader(getTranslation("review-queue.organisation")).setFlexGrow(1);
        grid.addColumn(certificate -> getTranslation("certificate-kind." + certificate.kind().name()))
                .setHeader(getTranslation("review-queue.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(certificate -> BrowserTime.date(certificate.validTo()))
                .setHeader(getTranslation("register.valid-to")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(certificate -> new CertificationBadge(certificates.statusOf(certificate)))
                .setHeader(getTranslation("register.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("register.actions")).setAutoWidth(true).setFlexGrow(0);
        // A long organisation name wraps rather than being cut short.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("register.empty"));
        grid.setId("register-grid");

        add(new H1(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")), filter, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        String text = filter.getValue();
        grid.setItems(query -> certificates.find(text, query.getOffset(), query.getLimit()).stream(),
                query -> certificates.count(text));
    }

    private Component numberLink(Certificate certificate) {
        return CertificateView.link(certificate.number());
    }

    private Component actions(Certificate certificate) {
        HorizontalLayout actions = new HorizontalLayout();
        String id = certificate.number();
        if (certificate.state() == CertificateState.ACTIVE) {
            actions.add(action("register.suspend", "suspend-" + id, ButtonVariant.TERTIARY,
                    () -> askReason("register.suspend", reason -> certificates.suspend(id, reason))));
        }
        if (certificate.state() == CertificateState.SUSPENDED) {
            actions.add(action("register.reinstate", "reinstate-" + id, ButtonVariant.TERTIARY,
                    () -> askReason("register.reinstate", reason -> certificates.reinstate(id, reason))));
        }
        if (certificate.state() != CertificateState.REVOKED) {
            actions.add(action("register.revoke", "revoke-" + id, ButtonVariant.ERROR,
                    () -> askReason("register.revoke", reason -> certificates.revoke(id, reason))));
        }
        return actions;
    }

    private Button action(String key, String id, ButtonVariant variant, Runnable onClick) {
        Button button = new Button(getTranslation(key), click -> onClick.run());
        button.addThemeVariants(ButtonVariant.SMALL, variant);
        button.setId(id);
        return button;
    }

    /** Every change of state needs a reason, which the organisation reads; revocation cannot be undone. */
    private void askReason(String key, Consumer<String> change) {
        new ReasonStep(getTranslation(key + ".title"), getTranslation(key + ".text"), getTranslation("register.reason"),
                getTranslation(key + ".button"), getTranslation("certificate.error.reason-required"),
                TextLimits.REASON, "register").ask(reason -> {
                    boolean done = Attempt.run(this, () -> change.accept(reason));
                    if (done) {
                        Feedback.success(getTranslation("register.done"));
                    }
                    refresh();
                    return done;
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
