package eu.reloop.repair.ui;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.directory.Organisation;
import eu.reloop.directory.Organisations;
import eu.reloop.identity.OrganisationAccess;
import eu.reloop.identity.Role;
import eu.reloop.repair.RepairInbox;
import eu.reloop.repair.RepairInbox.RequestForRepairer;
import eu.reloop.repair.RepairLinks;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.MainLayout;

/** The requests for repair each organisation the user works for was asked, those in progress first. */
@Route(value = RepairLinks.INBOX, layout = MainLayout.class)
@Menu(order = 24, icon = "vaadin:wrench", title = "menu.repair-inbox")
@RolesAllowed(Role.REPAIRER_NAME)
class RepairInboxView extends VerticalLayout implements HasDynamicTitle {

    private final transient RepairInbox inbox;

    RepairInboxView(RepairInbox inbox, Organisations organisations, OrganisationAccess access) {
        this.inbox = inbox;
        addClassName("repair-inbox");
        setMaxWidth("80rem");
        add(new H1(getTranslation("repair.inbox.title")));
        List<Organisation> mine = organisations.byName(access.managedByCurrentUser(), getLocale());
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("repair.inbox.no-organisations"));
            none.setId("no-organisations");
            add(none);
            return;
        }
        mine.forEach(organisation -> add(section(organisation)));
    }

    private Component section(Organisation organisation) {
        UUID organisationId = organisation.id();
        Grid<RequestForRepairer> grid = new Grid<>();
        grid.addColumn(asked -> BrowserTime.date(asked.request().askedAt())).setHeader(getTranslation("repair.mine.asked"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(asked -> {
            Anchor link = new Anchor(RepairLinks.answer(organisationId, asked.request().id()),
                    asked.request().brand() + " " + asked.request().model());
            link.getElement().setAttribute("router-link", true);
            link.setId("open-request-" + asked.request().id());
            return link;
        }).setHeader(getTranslation("repair.mine.device")).setFlexGrow(1);
        grid.addColumn(asked -> asked.request().fault()).setHeader(getTranslation("repair.inbox.fault")).setFlexGrow(2);
        grid.addColumn(asked -> getTranslation("repair.offer-status." + asked.offer().status().name()))
                .setHeader(getTranslation("repair.inbox.answer")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(asked -> getTranslation("repair.status-since",
                getTranslation("repair.status-name." + asked.request().status().name()),
                BrowserTime.date(asked.request().statusAt())))
                .setHeader(getTranslation("repair.mine.status")).setAutoWidth(true).setFlexGrow(0);
        List<RequestForRepairer> requests = inbox.inbox(organisationId);
        grid.setItems(requests);
        grid.setAllRowsVisible(true);
        grid.setId("repair-inbox-" + organisationId);
        Div section = new Div(new H2(organisation.details().legalName()));
        if (requests.isEmpty()) {
            section.add(new Paragraph(getTranslation("repair.inbox.none")));
        } else {
            section.add(grid);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("repair.inbox.title");
    }
}
