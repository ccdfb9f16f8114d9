package eu.reloop.directory.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import eu.reloop.directory.CertificationStanding;
import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.DirectoryLinks;
import eu.reloop.directory.Offering;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.OpeningException;
import eu.reloop.directory.OpeningHours;
import eu.reloop.directory.Organisation;
import eu.reloop.directory.OrganisationDetails;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.OrganisationProfile;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.Site;
import eu.reloop.directory.WeeklyOpening;
import eu.reloop.identity.OrganisationAccess;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.MapProperties;
import eu.reloop.shared.ui.LeafletMap;
import eu.reloop.shared.ui.MainLayout;

/**
 * An organisation as the public sees it: who they are, how to reach them, and for each site where it
 * is, whether it is open now, its hours and what it does for which devices. Staff and admins who may
 * change it get an Edit button.
 */
@Route(value = DirectoryLinks.PROFILE_ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class OrganisationProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How far ahead the profile lists dates with other hours than usual. */
    private static final int UPCOMING_DAYS = 60;
    private static final int SINGLE_SITE_ZOOM = 14;

    private final transient Organisations organisations;
    private final transient OrganisationAccess access;
    private final transient Clock clock;
    private final transient MapProperties mapProperties;
    private final transient ObjectProvider<ProfileSection> sections;
    private String title = "";

    OrganisationProfileView(Organisations organisations, OrganisationAccess access, Clock clock,
            MapProperties mapProperties, ObjectProvider<ProfileSection> sections) {
        this.organisations = organisations;
        this.access = access;
        this.clock = clock;
        this.mapProperties = mapProperties;
        this.sections = sections;
        addClassName("organisation-profile");
        setMaxWidth("64rem");
    }

    /** The organisation id in the URL; empty when it is not a UUID at all. */
    static Optional<UUID> organisationId(BeforeEnterEvent event) {
        try {
            return event.getRouteParameters().get(DirectoryLinks.ORGANISATION_ID).map(UUID::fromString);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    static RouteParameters parameters(UUID organisationId) {
        return new RouteParameters(DirectoryLinks.ORGANISATION_ID, organisationId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Vaadin reuses this view when only the id in the URL changes.
        removeAll();
        organisationId(event).flatMap(organisations::profile)
                .ifPresentOrElse(this::show, this::showNotFound);
    }

    private void showNotFound() {
        title = getTranslation("profile.not-found.title");
        Paragraph text = new Paragraph(getTranslation("profile.not-found.text"));
        text.setId("organisation-not-found");
        // The landing view belongs to the shared module; "." is the application's root, as Vaadin sets the base URL.
        add(new H1(title), text, new Anchor(".", getTranslation("profile.home-link")));
    }

    private void show(OrganisationProfile profile) {
        Organisation organisation = profile.organisation();
        OrganisationDetails details = organisation.details();
        title = details.legalName();

        H1 name = new H1(details.legalName());
        name.setId("organisation-name");
        HorizontalLayout heading = new HorizontalLayout(name);
        heading.setWidthFull();
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        heading.setFlexGrow(1, name);
        if (access.canManage(organisation.id())) {
            Button edit = new Button(getTranslation("profile.edit"), VaadinIcon.EDIT.create(), click -> getUI()
                    .ifPresent(ui -> ui.navigate(OrganisationEditorView.class, parameters(organisation.id()))));
            edit.setId("edit-organisation");
            heading.add(edit);
        }

        Span kind = new Span(getTranslation("kind." + organisation.kind().name()));
        kind.setId("organisation-kind");
        kind.addClassName("organisation-kind");
        HorizontalLayout badges = new HorizontalLayout(kind, certificationBadge(organisation.certification()));
        badges.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(heading, badges);
        if (organisation.kind() == OrganisationKind.REPAIRER) {
            RepairTermsLine terms = new RepairTermsLine(
                    AskRepairLink.offeredFor(organisation.kind(), organisation.certification().status()),
                    profile.repairTerms());
            terms.setId("organisation-repair-terms");
            add(terms);
        }
        if (AskRepairLink.offeredFor(organisation.kind(), organisation.certification().status())) {
            add(new AskRepairLink(organisation.id()));
        }

        if (!details.description().isEmpty()) {
            Paragraph description = new Paragraph(details.description());
            description.setId("organisation-description");
            description.addClassName("organisation-description");
            add(description);
        }
        add(contact(details));
        add(sites(profile.sites()));
        sections.orderedStream().flatMap(section -> section.of(organisation.id()).stream()).forEach(this::add);
    }

    /** The badge, linked to the certificate that decides it: the registry page is the proof. */
    private Component certificationBadge(CertificationStanding standing) {
        CertificationBadge badge = new CertificationBadge(standing.status());
        badge.setId("certification-badge");
        if (standing.certificatePage() == null) {
            return badge;
        }
        Anchor link = new Anchor(standing.certificatePage(), badge);
        link.getElement().setAttribute("router-link", true);
        link.setId("certificate-link");
        return link;
    }

    private DescriptionList contact(OrganisationDetails details) {
        Locale locale = getLocale();
        DescriptionList list = new DescriptionList();
        list.addClassName("organisation-contact");
        if (details.website() != null) {
            Anchor website = new Anchor(details.website(), details.website(), AnchorTarget.BLANK);
            // A page opened in a new tab must not be able to steer this one through window.opener.
            website.getElement().setAttribute("rel", "noopener");
            website.setId("organisation-website");
            entry(list, "profile.website", website);
        }
        if (details.phone() != null) {
            // The dialler wants the digits (and a leading +) only.
            Anchor phone = new Anchor("tel:" + details.phone().replaceAll("[^+0-9]", ""), details.phone());
            phone.setId("organisation-phone");
            entry(list, "profile.phone", phone);
        }
        if (details.email() != null) {
            Anchor email = new Anchor("mailto:" + details.email(), details.email());
            email.setId("organisation-email");
            entry(list, "profile.email", email);
        }
        if (!details.languages().isEmpty()) {
            Span languages = new Span(details.languages().stream()
                    .map(code -> DirectoryFormats.language(code, locale))
                    .sorted()
                    .collect(Collectors.joining(", ")));
            languages.setId("organisation-languages");
            entry(list, "profile.languages", languages);
        }
        Span number = new Span(details.organisationNumber() + " (" + LocalizedFormats.country(details.country(), locale)
                + ")");
        number.setId("organisation-number");
        entry(list, "profile.organisation-number", number);
        return list;
    }

    private void entry(DescriptionList list, String termKey, Component value) {
        list.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
    }

    private Component sites(List<Site> sites) {
        Div section = new Div();
        section.addClassName("organisation-sites");
        section.add(new H2(getTranslation("profile.sites")));
        if (sites.isEmpty()) {
            section.add(new Paragraph(getTranslation("profile.no-sites")));
            return section;
        }
        section.add(map(sites));
        Map<String, DeviceCategory> categories = organisations.categories().stream()
                .collect(Collectors.toMap(DeviceCategory::code, Function.identity()));
        Instant now = Instant.now(clock);
        for (Site site : sites) {
            section.add(siteCard(site, categories, now));
        }
        return section;
    }

    private LeafletMap map(List<Site> sites) {
        LeafletMap map = new LeafletMap(mapProperties.tileUrl(), mapProperties.attribution());
        map.setId("organisation-map");
        map.setHeight("20rem");
        map.setAccessibleName(getTranslation("profile.map"));
        map.setMarkers(sites.stream().map(site -> new LeafletMap.Marker(site.id().toString(),
                site.details().location().latitude(), site.details().location().longitude(), site.details().name(),
                site.details().name() + "\n" + site.details().address().oneLine())).toList());
        if (sites.size() == 1) {
            // Fitting one marker would zoom in as far as the map goes.
            map.setView(sites.getFirst().details().location().latitude(),
                    sites.getFirst().details().location().longitude(), SINGLE_SITE_ZOOM);
        } else {
            map.fitMarkers();
        }
        return map;
    }

    private Component siteCard(Site site, Map<String, DeviceCategory> categories, Instant now) {
        Locale locale = getLocale();
        ZoneId zone = site.details().timeZone();
        OpeningHours hours = site.details().hours();
        Div card = new Div();
        card.addClassName("site-card");

        boolean open = hours.isOpenAt(now, zone);
        Span openNow = new Span(getTranslation(open ? "profile.open-now" : "profile.closed-now"));
        openNow.getElement().getThemeList().add(open ? "badge success" : "badge contrast");
        openNow.addClassName("open-now");
        HorizontalLayout heading = new HorizontalLayout(new H3(site.details().name()), openNow);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Paragraph address = new Paragraph(site.details().address().oneLine() + ", "
                + LocalizedFormats.country(site.details().address().country(), locale));
        address.addClassName("site-address");
        card.add(heading, address);

        card.add(new H4(getTranslation("profile.hours")));
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (hours.weekly().isEmpty()) {
            card.add(new Paragraph(getTranslation("profile.hours-unknown")));
        } else {
            card.add(weeklyTable(hours.weekly(), today.getDayOfWeek()));
        }
        List<OpeningException> upcoming = hours.exceptions().stream()
                .filter(exception -> !exception.date().isBefore(today)
                        && !exception.date().isAfter(today.plusDays(UPCOMING_DAYS)))
                .sorted(Comparator.comparing(OpeningException::date))
                .toList();
        if (!upcoming.isEmpty()) {
            card.add(new H4(getTranslation("profile.exceptions")), exceptionList(upcoming));
        }
        if (!site.details().offerings().isEmpty()) {
            card.add(new H4(getTranslation("profile.offerings")), offerings(site.details().offerings(), categories));
        }
        return card;
    }

    /** Monday first: every site is in a Nordic country, where the week starts on Monday. */
    private NativeTable weeklyTable(List<WeeklyOpening> weekly, DayOfWeek today) {
        Locale locale = getLocale();
        NativeTable table = new NativeTable();
        table.addClassName("opening-hours");
        for (DayOfWeek day : DayOfWeek.values()) {
            String intervals = weekly.stream()
                    .filter(opening -> opening.day() == day)
                    .sorted(Comparator.comparing(WeeklyOpening::opens))
                    .map(opening -> DirectoryFormats.interval(opening.opens(), opening.closes(), locale))
                    .collect(Collectors.joining(", "));
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(DirectoryFormats.day(day, locale));
            row.addDataCell().setText(intervals.isEmpty() ? getTranslation("profile.closed") : intervals);
            if (day == today) {
                row.addClassName("today");
            }
        }
        return table;
    }

    private UnorderedList exceptionList(List<OpeningException> exceptions) {
        Locale locale = getLocale();
        UnorderedList list = new UnorderedList();
        list.addClassName("opening-exceptions");
        for (OpeningException exception : exceptions) {
            String hours = exception.opens() == null || exception.closes() == null
                    ? getTranslation("profile.closed")
                    : DirectoryFormats.interval(exception.opens(), exception.closes(), locale);
            String text = LocalizedFormats.date(exception.date(), locale) + ": " + hours
                    + (exception.note().isBlank() ? "" : " \u2013 " + exception.note());
            list.add(new ListItem(text));
        }
        return list;
    }

    /** Category by category in the directory's order, each with the services offered for it. */
    private DescriptionList offerings(Set<Offering> offerings, Map<String, DeviceCategory> categories) {
        Locale locale = getLocale();
        Map<String, List<OfferedService>> servicesByCategory = offerings.stream().collect(Collectors.groupingBy(
                Offering::categoryCode, Collectors.mapping(Offering::service, Collectors.toList())));
        DescriptionList list = new DescriptionList();
        list.addClassName("site-offerings");
        servicesByCategory.keySet().stream()
                .filter(categories::containsKey)
                .map(categories::get)
                .sorted(Comparator.comparingInt(DeviceCategory::position))
                .forEach(category -> list.add(new DescriptionList.Term(category.name(locale)),
                        new DescriptionList.Description(servicesByCategory.get(category.code()).stream()
                                .sorted()
                                .map(service -> getTranslation("service." + service.name()))
                                .collect(Collectors.joining(", ")))));
        return list;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
