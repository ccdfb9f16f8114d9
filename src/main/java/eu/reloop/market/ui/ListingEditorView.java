package eu.reloop.market.ui;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;

import eu.reloop.directory.OrganisationProfile;
import eu.reloop.directory.Organisations;
import eu.reloop.identity.OrganisationAccess;
import eu.reloop.identity.Role;
import eu.reloop.market.Listing;
import eu.reloop.market.ListingStatus;
import eu.reloop.market.Listings;
import eu.reloop.market.MarketLinks;
import eu.reloop.shared.Ids;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.ConfirmStep;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.stamp.StampLinks;

/**
 * Where staff write a listing for one of their stamped items, and later change it, add photos, withdraw or
 * relist it. A new listing gets its photos once it is saved, on the page the save leads to. The market
 * checks every step again; a refusal shows on the field it is about.
 */
@Route(value = MarketLinks.EDIT_LISTING, layout = MainLayout.class)
@RouteAlias(value = MarketLinks.NEW_LISTING, layout = MainLayout.class)
@RolesAllowed(Role.REUSE_CENTRE_NAME)
class ListingEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Listings listings;
    private final transient Organisations organisations;
    private final transient OrganisationAccess access;
    private final transient Clock clock;
    private String title = "";

    ListingEditorView(Listings listings, Organisations organisations, OrganisationAccess access, Clock clock) {
        this.listings = listings;
        this.organisations = organisations;
        this.access = access;
        this.clock = clock;
        addClassName("listing-editor");
        setMaxWidth("56rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Vaadin reuses this view when only the id in the URL changes.
        removeAll();
        title = getTranslation("listing-editor.page-title");
        Optional<UUID> listingId = event.getRouteParameters().get(MarketLinks.LISTING_ID).flatMap(Ids::parse);
        Optional<UUID> organisationId = event.getRouteParameters().get(MarketLinks.ORGANISATION_ID).flatMap(Ids::parse);
        // A malformed link, another centre's listing and a missing one get the same answer.
        Optional<Listing> listing = listingId.flatMap(listings::listing)
                .filter(found -> access.canManage(found.organisationId()));
        Optional<OrganisationProfile> profile = listing.map(Listing::organisationId).or(() -> organisationId)
                .filter(access::canManage).flatMap(organisations::profile);
        if (profile.isEmpty()) {
            Paragraph missing = new Paragraph(getTranslation("listing-editor.cannot-open"));
            missing.setId("cannot-open");
            add(new H1(title), missing, backLink());
            return;
        }
        show(profile.get(), listing.orElse(null));
    }

    private void show(OrganisationProfile profile, @Nullable Listing listing) {
        removeAll();
        if (listing == null) {
            showNew(profile);
        } else {
            showExisting(profile, listing);
        }
    }

    private void showNew(OrganisationProfile profile) {
        UUID organisationId = profile.organisation().id();
        title = getTranslation("listing-editor.new-title");
        add(new H1(title), new Paragraph(profile.organisation().details().legalName()), backLink());
        var listable = listings.listableStamps(organisationId);
        if (listable.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("listing-editor.nothing-to-list"));
            none.setId("nothing-to-list");
            Anchor stamps = new Anchor(StampLinks.myStamps(), getTranslation("listing-editor.to-stamps"));
            stamps.getElement().setAttribute("router-link", true);
            add(none, stamps);
            return;
        }
        ListingForm form = ListingForm.forNew(listable, profile.sites());
        Div stampLink = new Div();
        stampLink.setId("listing-stamp-link");
        Runnable showStampLink = () -> {
            stampLink.removeAll();
            form.chosenStamp().ifPresent(chosen -> stampLink.add(verifyLink(chosen.code().value())));
        };
        form.addStampListener(showStampLink);
        showStampLink.run();
        Button save = new Button(getTranslation("listing-editor.save"), VaadinIcon.CHECK.create(),
                click -> form.draft().flatMap(draft -> Attempt.get(this, form.fields(),
                        () -> listings.list(organisationId, draft))).ifPresent(saved -> {
                            Feedback.success(getTranslation("listing-editor.listed"));
                            getUI().ifPresent(ui -> ui.navigate(MarketLinks.editListing(saved)));
                        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-listing");
        Paragraph photosLater = new Paragraph(getTranslation("listing-editor.photos-after-save"));
        photosLater.setId("photos-after-save");
        add(form, stampLink, photosLater, actions(save));
    }

    private void showExisting(OrganisationProfile profile, Listing listing) {
        UUID organisationId = listing.organisationId();
        title = listing.title();
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
        HorizontalLayout heading = new HorizontalLayout(new H1(title), ListingStatusBadge.of(listing));
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        heading.setId("listing-heading");
        Anchor buyersView = new Anchor(MarketLinks.listing(listing.id()), getTranslation("listing-editor.as-buyers-see-it"));
        buyersView.setId("view-as-buyer");
        HorizontalLayout links = new HorizontalLayout(backLink(), buyersView, verifyLink(listing.stampCode()));
        links.addClassName("listing-links");
        add(heading, new Paragraph(profile.organisation().details().legalName()), links);

        boolean held = listing.heldAt(clock.instant());
        boolean live = listing.status() == ListingStatus.ON_SALE || listing.status() == ListingStatus.OFF_SALE;
        if (held) {
            add(callout("listing-held", getTranslation("listing-editor.held", BrowserTime.dateTime(listing.heldUntil()))));
        } else if (!live) {
            add(callout("listing-closed", getTranslation("listing-editor.closed")));
        }
        Paragraph item = new Paragraph(getTranslation("listing-editor.item",
                ListingForm.itemLabel(this, listing.stampCode(), listing.brand(), listing.model(), listing.grade())));
        item.setId("listing-item");
        ListingForm form = ListingForm.forListing(listing, profile.sites());
        boolean editable = live && !held;
        form.readOnly(!editable);
        add(item, form);
        if (editable) {
            add(actions(listing, form));
        }
        add(new ListingPhotos(listings, listing, editable));
    }

    private Component actions(Listing listing, ListingForm form) {
        UUID organisationId = listing.organisationId();
        Button save = new Button(getTranslation("listing-editor.save"), VaadinIcon.CHECK.create(),
                click -> form.draft().ifPresent(draft -> {
                    if (Attempt.run(this, form.fields(), () -> listings.update(organisationId, listing.id(), draft))) {
                        Feedback.success(getTranslation("listing-editor.saved"));
                        reload(listing);
                    }
                }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-listing");
        Button withdraw = new Button(getTranslation("listing-editor.withdraw"), VaadinIcon.BAN.create(),
                click -> ConfirmStep.ask(this, "listing-editor.withdraw", "error primary", "confirm-withdraw", () -> {
                    if (Attempt.run(this, () -> listings.withdraw(organisationId, listing.id()))) {
                        Feedback.success(getTranslation("listing-editor.withdrawn"));
                    }
                    reload(listing);
                }));
        withdraw.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        withdraw.setId("withdraw-listing");
        if (listing.status() != ListingStatus.OFF_SALE) {
            return actions(save, withdraw);
        }
        Button relist = new Button(getTranslation("listing-editor.relist"), VaadinIcon.REFRESH.create(), click -> {
            if (Attempt.run(this, () -> listings.relist(organisationId, listing.id()))) {
                Feedback.success(getTranslation("listing-editor.relisted"));
            }
            reload(listing);
        });
        relist.setId("relist-listing");
        return actions(save, relist, withdraw);
    }

    private static Component actions(Button... buttons) {
        HorizontalLayout actions = new HorizontalLayout(buttons);
        actions.addClassName("form-actions");
        return actions;
    }

    /** Shows the listing as it is stored now, also after a refusal; a listing that is gone gets the answer for a bad link. */
    private void reload(Listing shown) {
        Optional<Listing> now = listings.listing(shown.id());
        Optional<OrganisationProfile> profile = organisations.profile(shown.organisationId());
        if (now.isPresent() && profile.isPresent()) {
            show(profile.get(), now.get());
        } else {
            getUI().ifPresent(ui -> ui.navigate(MyListingsView.class));
        }
    }

    private Component callout(String id, String text) {
        Div callout = new Div(new Paragraph(text));
        callout.addClassName("callout");
        callout.setId(id);
        return callout;
    }

    /** The stamp's public page, where the seller sees what buyers see when they check it. */
    private Anchor verifyLink(String code) {
        Anchor link = new Anchor(StampLinks.verify(code), getTranslation("listing-editor.verify-stamp",
                ListingForm.displayCode(code)));
        link.addClassName("stamp-verify-link");
        return link;
    }

    private RouterLink backLink() {
        RouterLink back = new RouterLink(getTranslation("listing-editor.back"), MyListingsView.class);
        back.setId("back-to-listings");
        return back;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
