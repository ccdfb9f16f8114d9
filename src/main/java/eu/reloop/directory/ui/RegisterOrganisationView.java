package eu.reloop.directory.ui;

import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import eu.reloop.directory.DirectoryLinks;
import eu.reloop.directory.OrganisationDetails;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.OrganisationStaff;
import eu.reloop.directory.Organisations;
import eu.reloop.geo.Gazetteer;
import eu.reloop.shared.MapProperties;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.MainLayout;

/**
 * A signed-in person registers their organisation: its kind and details first, then its first location
 * in the site dialog. A number that is already registered gets a way to ask that organisation's owners
 * for access instead.
 */
@Route(value = DirectoryLinks.REGISTER_ROUTE, layout = MainLayout.class)
@PermitAll
class RegisterOrganisationView extends VerticalLayout implements HasDynamicTitle {

    private final transient Organisations organisations;
    private final transient OrganisationStaff staff;
    private final transient Gazetteer gazetteer;
    private final transient MapProperties mapProperties;
    private final RadioButtonGroup<OrganisationKind> kind = new RadioButtonGroup<>();
    private final Div askAccess = new Div();

    RegisterOrganisationView(Organisations organisations, OrganisationStaff staff, Gazetteer gazetteer,
            MapProperties mapProperties) {
        this.organisations = organisations;
        this.staff = staff;
        this.gazetteer = gazetteer;
        this.mapProperties = mapProperties;
        addClassName("register-organisation");
        setMaxWidth("64rem");

        kind.setLabel(getTranslation("register-organisation.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("kind." + value.name()));
        kind.setValue(OrganisationKind.REPAIRER);
        kind.setRequiredIndicatorVisible(true);
        kind.setId("register-kind");
        askAccess.setId("ask-access-area");

        OrganisationDetails empty = new OrganisationDetails("", "NO", "", "", null, null, null, Set.of());
        add(new H1(getTranslation("register-organisation.title")), new Paragraph(getTranslation("register-organisation.intro")), kind,
                new OrganisationDetailsForm(empty, getTranslation("register-organisation.continue"), this::continueWith), askAccess);
    }

    /** Checks the details, then asks for the first location; nothing is stored until that is saved. */
    private void continueWith(OrganisationDetails details) {
        askAccess.removeAll();
        organisations.registeredUnder(details).ifPresent(this::offerAccessRequest);
        organisations.checkNew(details);
        OrganisationKind chosen = kind.getValue();
        new SiteDialog(null, details.country(), null, organisations.categories(), gazetteer, mapProperties, site -> {
            UUID id = organisations.registerOwn(chosen, details, site);
            Feedback.success(getTranslation("register-organisation.done", details.legalName()));
            getUI().ifPresent(ui -> ui.navigate(DirectoryLinks.editor(id)));
        }).open();
    }

    private void offerAccessRequest(UUID holder) {
        Button ask = new Button(getTranslation("register-organisation.ask-access"), click -> {
            if (Attempt.run(this, () -> staff.requestAccess(holder))) {
                askAccess.removeAll();
                Paragraph sent = new Paragraph(getTranslation("register-organisation.access-requested"));
                sent.setId("access-requested");
                askAccess.add(sent);
            }
        });
        ask.setId("ask-access");
        askAccess.add(new Paragraph(getTranslation("register-organisation.already-registered")), ask);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register-organisation.title");
    }
}
