package eu.reloop.certification.ui;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import eu.reloop.certification.Certificate;
import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.Certificates;
import eu.reloop.certification.CertificationApplication;
import eu.reloop.certification.CertificationApplications;
import eu.reloop.certification.CertificationLinks;
import eu.reloop.directory.Organisation;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.ui.CertificationBadge;
import eu.reloop.identity.OrganisationAccess;
import eu.reloop.identity.Role;
import eu.reloop.notification.Notification;
import eu.reloop.notification.Notifications;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.MainLayout;

/**
 * Staff follow their organisations through the scheme here: certificates, applications (with a way to
 * start one), notices and the organisation's own audit trail.
 */
@Route(value = CertificationLinks.MY_CERTIFICATION, layout = MainLayout.class)
@Menu(order = 25, icon = "vaadin:diploma", title = "menu.certification")
@RolesAllowed({Role.REUSE_CENTRE_NAME, Role.REPAIRER_NAME})
class MyCertificationView extends VerticalLayout implements HasDynamicTitle {

    private final transient CertificationApplications applications;
    private final transient Certificates certificates;
    private final transient Notifications notifications;

    MyCertificationView(Organisations organisations, OrganisationAccess access, CertificationApplications applications,
            Certificates certificates, Notifications notifications) {
        this.applications = applications;
        this.certificates = certificates;
        this.notifications = notifications;
        addClassName("my-certification");
        setMaxWidth("64rem");
        add(new H1(getTranslation("my-certification.title")), new Paragraph(getTranslation("my-certification.intro")));
        List<Organisation> mine = organisations.byName(access.managedByCurrentUser(), getLocale());
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("my-certification.empty"));
            empty.setId("no-organisations");
            add(empty);
        }
        mine.forEach(organisation -> add(card(organisation)));
    }

    private Component card(Organisation organisation) {
        UUID id = organisation.id();
        HorizontalLayout heading = new HorizontalLayout(new H2(organisation.details().legalName()),
                new CertificationBadge(organisation.certification().status()));
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        List<CertificationApplication> own = applications.applicationsOf(id);

        Div card = new Div(heading, certificateList(certificates.certificatesOf(id)), applicationList(id, own));
        if (organisation.kind() == OrganisationKind.COLLECTION_POINT) {
            card.add(new Paragraph(getTranslation("application.error.collection-point")));
        } else {
            card.add(applyButtons(id, own));
        }
        card.add(notices(id), history(id));
        card.addClassName("organisation-card");
        card.getElement().setAttribute("data-organisation", id.toString());
        return card;
    }

    private Component certificateList(List<Certificate> held) {
        Div section = new Div(new H3(getTranslation("my-certification.certificates")));
        if (held.isEmpty()) {
            section.add(new Paragraph(getTranslation("my-certification.no-certificates")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        held.forEach(certificate -> list.add(new ListItem(new CertificateLine(certificate, certificates.statusOf(certificate)))));
        section.add(list);
        return section;
    }

    private Component applicationList(UUID organisationId, List<CertificationApplication> own) {
        Div section = new Div(new H3(getTranslation("my-certification.applications")));
        if (own.isEmpty()) {
            section.add(new Paragraph(getTranslation("my-certification.no-applications")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (CertificationApplication application : own) {
            RouterLink open = new RouterLink(getTranslation(application.status().editableByOrganisation()
                    ? "my-certification.continue" : "my-certification.open"), ApplicationView.class,
                    ApplicationView.parameters(organisationId, application.id()));
            open.setId("application-" + application.id());
            list.add(new ListItem(new Span(getTranslation("certificate-kind." + application.kind().name()) + " · "),
                    ApplicationStatusBadge.of(application.status()),
                    new Span(" · " + BrowserTime.date(application.createdAt()) + " · "), open));
        }
        section.add(list);
        return section;
    }

    /** One button per kind; a kind with an open application is continued instead, so its button is off. */
    private Component applyButtons(UUID organisationId, List<CertificationApplication> own) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        for (CertificateKind kind : CertificateKind.values()) {
            Button apply = new Button(getTranslation("my-certification.apply." + kind.name()), VaadinIcon.PLUS.create());
            apply.setId("apply-" + kind.name().toLowerCase().replace('_', '-'));
            apply.setEnabled(own.stream().noneMatch(application -> application.kind() == kind
                    && application.status().isOpen()));
            apply.addClickListener(click -> {
                Attempt.get(this, () -> applications.start(organisationId, kind)).ifPresent(started ->
                        getUI().ifPresent(ui -> ui.navigate(ApplicationView.class,
                                ApplicationView.parameters(organisationId, started))));
            });
            apply.addThemeVariants(ButtonVariant.PRIMARY);
            buttons.add(apply);
        }
        return buttons;
    }

    private Component notices(UUID organisationId) {
        List<Notification> recent = notifications.notificationsOf(organisationId);
        Details details = new Details(getTranslation("my-certification.notices", recent.size()));
        if (recent.isEmpty()) {
            details.add(new Paragraph(getTranslation("my-certification.no-notices")));
        }
        UnorderedList list = new UnorderedList();
        for (Notification notice : recent) {
            ListItem item = new ListItem(new Span(BrowserTime.dateTime(notice.createdAt()) + ": "),
                    new Span(getTranslation(notice.messageKey(), notice.arguments().toArray())));
            if (notice.link() != null) {
                Anchor link = new Anchor(notice.link().substring(1), getTranslation("my-certification.notice-link"));
                link.getElement().setAttribute("router-link", true);
                item.add(new Span(" "), link);
            }
            list.add(item);
        }
        details.add(list);
        details.setOpened(!recent.isEmpty());
        details.addClassName("notices");
        return details;
    }

    private Component history(UUID organisationId) {
        Details details = new Details(getTranslation("my-certification.history"), new AuditTrailList(applications.history(organisationId)));
        details.addClassName("audit-trail");
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-certification.title");
    }
}
