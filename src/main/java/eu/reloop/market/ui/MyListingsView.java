package eu.reloop.market.ui;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.directory.Organisation;
import eu.reloop.directory.Organisations;
import eu.reloop.identity.OrganisationAccess;
import eu.reloop.identity.Role;
import eu.reloop.market.Listing;
import eu.reloop.market.Listings;
import eu.reloop.market.MarketLinks;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.MainLayout;

/** Reuse-centre staff see their organisations' listings here, newest first, and start new ones. */
@Route(value = MarketLinks.MY_LISTINGS, layout = MainLayout.class)
@Menu(order = 27, icon = "vaadin:shop", title = "menu.my-listings")
@RolesAllowed(Role.REUSE_CENTRE_NAME)
class MyListingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient Listings listings;
    private final transient Clock clock;

    MyListingsView(Organisations organisations, OrganisationAccess access, Listings listings, Clock clock) {
        this.listings = listings;
        this.clock = clock;
        addClassName("my-listings");
        setMaxWidth("72rem");
        add(new H1(getTranslation("my-listings.title")), new Paragraph(getTranslation("my-listings.intro")));
        List<Organisation> mine = organisations.byName(access.managedByCurrentUser(), getLocale());
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("my-listings.no-organisations"));
            none.setId("no-organisations");
            add(none);
        }
        mine.forEach(organisation -> add(section(organisation)));
    }

    private Component section(Organisation organisation) {
        int listable = listings.listableStamps(organisation.id()).size();
        Button list = new Button(getTranslation("my-listings.list-item"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(MarketLinks.newListing(organisation.id()))));
        list.addThemeVariants(ButtonVariant.PRIMARY);
        list.addClassName("list-item");
        list.setAriaLabel(getTranslation("my-listings.list-item.for", organisation.details().legalName()));
        // Nothing to list until a stamp is issued: the count below says so, and where stamps come from.
        list.setEnabled(listable > 0);
        HorizontalLayout heading = new HorizontalLayout(new H2(organisation.details().legalName()), list);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        heading.setWidthFull();
        heading.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        Paragraph ready = new Paragraph(getTranslation(listable == 0 ? "my-listings.listable.none"
                : "my-listings.listable", listable));
        ready.addClassName("listable-count");

        Div section = new Div(heading, ready);
        section.addClassName("organisation-listings");
        section.getElement().setAttribute("data-organisation", organisation.id().toString());
        List<Listing> own = listings.listingsOf(organisation.id()).stream()
                .sorted(Comparator.comparing(Listing::listedAt).reversed()).toList();
        if (own.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("my-listings.empty"));
            empty.addClassName("no-listings");
            section.add(empty);
        } else {
            section.add(grid(own));
        }
        return section;
    }

    private Grid<Listing> grid(List<Listing> own) {
        Grid<Listing> grid = new Grid<>();
        grid.addComponentColumn(listing -> {
            Anchor open = new Anchor(MarketLinks.editListing(listing.id()), listing.title());
            open.getElement().setAttribute("router-link", true);
            open.addClassName("listing-title");
            return open;
        }).setHeader(getTranslation("my-listings.column.title")).setFlexGrow(3);
        grid.addColumn(listing -> LocalizedFormats.money(listing.price(), getLocale()))
                .setHeader(getTranslation("my-listings.column.price")).setFlexGrow(1);
        grid.addComponentColumn(ListingStatusBadge::of).setHeader(getTranslation("my-listings.column.status"))
                .setFlexGrow(2);
        grid.addColumn(listing -> listing.heldAt(clock.instant()) ? BrowserTime.dateTime(listing.heldUntil()) : "")
                .setHeader(getTranslation("my-listings.column.held-until")).setFlexGrow(1);
        grid.addColumn(listing -> BrowserTime.date(listing.listedAt()))
                .setHeader(getTranslation("my-listings.column.listed")).setFlexGrow(1);
        grid.setItems(own);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addClassName("listings-grid");
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-listings.title");
    }
}
