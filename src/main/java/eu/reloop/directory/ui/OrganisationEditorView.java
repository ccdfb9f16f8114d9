package eu.reloop.directory.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.DirectoryLinks;
import eu.reloop.directory.OrganisationDetails;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.OrganisationProfile;
import eu.reloop.directory.OrganisationStaff;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.Site;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.identity.OrganisationAccess;
import eu.reloop.shared.MapProperties;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.MainLayout;

/**
 * Where staff (and admins) keep an organisation's details and sites up to date. Any signed-in user may
 * open the page; it shows the forms only to those who may manage the organisation, and the service
 * checks that again on every change.
 */
@Route(value = DirectoryLinks.EDITOR_ROUTE, layout = MainLayout.class)
@PermitAll
class OrganisationEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Organisations organisations;
    private final transient OrganisationAccess access;
    private final transient Gazetteer gazetteer;
    private final transient MapProperties mapProperties;
    private final transient OrganisationStaff staff;
    private final transient AuthenticationContext authentication;
    private final H1 heading = new H1();
    private final Div siteList = new Div();
    private List<Site> sites = List.of();
    private List<DeviceCategory> categories = List.of();
    private String title = "";

    OrganisationEditorView(Organisations organisations, OrganisationAccess access, Gazetteer gazetteer,
            MapProperties mapProperties, OrganisationStaff staff, AuthenticationContext authentication) {
        this.organisations = organisations;
        this.staff = staff;
        this.authentication = authentication;
        this.access = access;
        this.gazetteer = gazetteer;
        this.mapProperties = mapProperties;
        addClassName("organisation-editor");
        setMaxWidth("64rem");
        heading.setId("editor-heading");
        siteList.addClassName("site-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Vaadin reuses this view when only the id in the URL changes.
        removeAll();
        title = getTranslation("editor.page-title");
        Optional<UUID> id = OrganisationProfileView.organisationId(event);
        // A malformed id and another organisation's get the same answer: nothing here to edit.
        if (id.isEmpty() || !access.canManage(id.get())) {
            Paragraph denied = new Paragraph(getTranslation("editor.cannot-edit"));
            denied.setId("cannot-edit");
            add(denied);
            return;
        }
        organisations.profile(id.get()).ifPresentOrElse(this::show, () -> {
            // Only admins get here: they may manage any id, even one that does not exist.
            Paragraph missing = new Paragraph(getTranslation("profile.not-found.text"));
            missing.setId("organisation-not-found");
            add(new H1(getTranslation("profile.not-found.title")), missing);
        });
    }

    private void show(OrganisationProfile profile) {
        UUID id = profile.organisation().id();
        OrganisationDetails details = profile.organisation().details();
        categories = organisations.categories();
        rename(details.legalName());
        RouterLink profileLink = new RouterLink(getTranslation("editor.profile-link"), OrganisationProfileView.class,
                OrganisationProfileView.parameters(id));
        profileLink.setId("view-profile");

        Button addSite = new Button(getTranslation("editor.add-site"), VaadinIcon.PLUS.create(),
                click -> openSiteDialog(id, null, details.country()));
        addSite.setId("add-site");
        HorizontalLayout sitesHeading = new HorizontalLayout(new H2(getTranslation("editor.sites")), addSite);
        sitesHeading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        add(heading, profileLink, new H2(getTranslation("editor.details")),
                new OrganisationDetailsForm(details, getTranslation("editor.save"), saved -> {
                    organisations.update(id, saved);
                    Feedback.success(getTranslation("editor.saved"));
                    rename(saved.legalName());
                }),
                sitesHeading, siteList);
        if (profile.organisation().kind() == OrganisationKind.REPAIRER) {
            add(new RepairTermsForm(id, profile.repairTerms(), organisations));
        }
        add(new StaffSection(id, staff, access.isOwnerOf(id), authentication.getPrincipalName().orElse("")));
        showSites(id, profile.sites());
    }

    private void rename(String legalName) {
        heading.setText(getTranslation("editor.title", legalName));
        title = heading.getText();
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
    }

    private void showSites(UUID organisationId, List<Site> sites) {
        this.sites = sites;
        siteList.removeAll();
        if (sites.isEmpty()) {
            siteList.add(new Paragraph(getTranslation("editor.no-sites")));
        }
        for (Site site : sites) {
            siteList.add(siteRow(organisationId, site));
        }
    }

    private Component siteRow(UUID organisationId, Site site) {
        Span name = new Span(site.details().name());
        name.addClassName("site-name");
        Span address = new Span(site.details().address().oneLine());
        address.addClassName("site-address");
        Div text = new Div(name, address);
        text.addClassName("site-text");

        Button edit = new Button(getTranslation("editor.edit-site"), VaadinIcon.EDIT.create(),
                click -> openSiteDialog(organisationId, site, site.details().address().country()));
        edit.setId("edit-site-" + site.id());
        Button remove = new Button(getTranslation("editor.remove-site"), VaadinIcon.TRASH.create(),
                click -> confirmRemoval(organisationId, site));
        remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        remove.setId("remove-site-" + site.id());

        HorizontalLayout row = new HorizontalLayout(text, edit, remove);
        row.addClassName("site-row");
        row.setWidthFull();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.setFlexGrow(1, text);
        return row;
    }

    private void openSiteDialog(UUID organisationId, @Nullable Site site, String country) {
        @Nullable GeoPoint nearby = sites.isEmpty() ? null : sites.getFirst().details().location();
        new SiteDialog(site == null ? null : site.details(), country, nearby, categories, gazetteer,
                mapProperties, details -> {
                    if (site == null) {
                        organisations.addSite(organisationId, details);
                    } else {
                        organisations.updateSite(organisationId, site.id(), details);
                    }
                    Feedback.success(getTranslation("editor.site-saved"));
                    refreshSites(organisationId);
                }).open();
    }

    private void confirmRemoval(UUID organisationId, Site site) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("editor.remove-site.title", site.details().name()));
        confirm.setText(getTranslation("editor.remove-site.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("editor.cancel"));
        confirm.setConfirmText(getTranslation("editor.remove-site.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("confirm-remove-site");
        confirm.addConfirmListener(confirmed -> {
            if (Attempt.run(this, () -> organisations.removeSite(organisationId, site.id()))) {
                Feedback.success(getTranslation("editor.site-removed"));
            }
            // Also after a failure: the list then shows what is really stored.
            refreshSites(organisationId);
        });
        confirm.open();
    }

    private void refreshSites(UUID organisationId) {
        showSites(organisationId, organisations.profile(organisationId).map(OrganisationProfile::sites)
                .orElse(List.of()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
