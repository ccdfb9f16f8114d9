package eu.reloop.directory.ui;

import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import eu.reloop.directory.DirectoryLinks;
import eu.reloop.directory.Organisation;
import eu.reloop.directory.Organisations;
import eu.reloop.identity.OrganisationAccess;
import eu.reloop.identity.Role;
import eu.reloop.shared.ui.MainLayout;

/**
 * The organisations the signed-in user works for, each with a way into its editor and its public profile,
 * and the way to register one. Open to everyone signed in: anyone may register an organisation, and staff
 * of a collection point hold no role of their kind.
 */
@Route(value = DirectoryLinks.MY_ORGANISATIONS_ROUTE, layout = MainLayout.class)
@Menu(order = 20, icon = "vaadin:building", title = "menu.my-organisations")
@PermitAll
class MyOrganisationsView extends VerticalLayout implements HasDynamicTitle {

    MyOrganisationsView(Organisations organisations, OrganisationAccess access, AuthenticationContext authentication) {
        addClassName("my-organisations");
        setMaxWidth("64rem");
        add(new H1(getTranslation("my-organisations.title")));
        if (authentication.hasRole(Role.ADMIN_NAME)) {
            // Listing every organisation here would be the whole directory; admins go through the profile.
            add(new Paragraph(getTranslation("my-organisations.admin-note")));
        }
        Button register = new Button(getTranslation("my-organisations.register"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(RegisterOrganisationView.class)));
        register.setId("register-organisation");
        add(register);
        List<Organisation> mine = organisations.byName(access.managedByCurrentUser(), getLocale());
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("my-organisations.empty"));
            empty.setId("no-organisations");
            add(empty);
        }
        mine.forEach(organisation -> add(card(organisation)));
    }

    private Component card(Organisation organisation) {
        Span kind = new Span(getTranslation("kind." + organisation.kind().name()));
        kind.addClassName("organisation-kind");
        RouterLink edit = new RouterLink(getTranslation("my-organisations.edit"), OrganisationEditorView.class,
                OrganisationProfileView.parameters(organisation.id()));
        edit.setId("manage-" + organisation.id());
        RouterLink profile = new RouterLink(getTranslation("my-organisations.profile"), OrganisationProfileView.class,
                OrganisationProfileView.parameters(organisation.id()));
        profile.setId("profile-" + organisation.id());
        HorizontalLayout links = new HorizontalLayout(edit, profile);
        Div card = new Div(new H2(organisation.details().legalName()), kind, links);
        card.addClassName("organisation-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-organisations.title");
    }
}
