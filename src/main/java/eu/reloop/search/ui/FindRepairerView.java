package eu.reloop.search.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.ui.CertificationBadge;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.geo.Place;
import eu.reloop.geo.ui.PlaceField;
import eu.reloop.search.OrganisationHit;
import eu.reloop.search.OrganisationQuery;
import eu.reloop.search.OrganisationSearch;
import eu.reloop.search.SearchPage;
import eu.reloop.search.SearchUnavailableException;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.MapProperties;
import eu.reloop.shared.ui.BrowserGeolocation;
import eu.reloop.shared.ui.LeafletMap;
import eu.reloop.shared.ui.MainLayout;

/**
 * "Who and where is my nearest qualified repairer or reuse centre for this kind of device." The URL
 * holds the whole search: every change navigates to the same view with new query parameters, and
 * {@link #beforeEnter} runs the search from them, so the back button and shared links just work.
 */
@Route(value = "find", layout = MainLayout.class)
@Menu(order = 10, icon = "vaadin:search", title = "menu.find-repairer")
@AnonymousAllowed
class FindRepairerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int CITY_ZOOM = 12;

    private final transient OrganisationSearch search;
    private final transient Gazetteer gazetteer;
    private final Map<String, DeviceCategory> categories;

    private final PlaceField place;
    private final Select<Integer> radius = new Select<>();
    private final ComboBox<DeviceCategory> category = new ComboBox<>();
    private final Select<OfferedService> service = new Select<>();
    private final Checkbox certifiedOnly = new Checkbox();
    private final Checkbox openNow = new Checkbox();
    private final LeafletMap map;
    private final Div summary = new Div();
    private final VerticalLayout results = new VerticalLayout();
    private final HorizontalLayout pager = new HorizontalLayout();

    private SearchState state = SearchState.initial();

    FindRepairerView(OrganisationSearch search, Gazetteer gazetteer, Organisations organisations,
            MapProperties mapProperties) {
        this.search = search;
        this.gazetteer = gazetteer;
        this.categories = organisations.categories().stream()
                .collect(Collectors.toMap(DeviceCategory::code, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
        this.place = new PlaceField(gazetteer);
        this.map = new LeafletMap(mapProperties.tileUrl(), mapProperties.attribution());
        addClassName("find-view");

        place.setId("search-place");
        place.setWidth("22em");
        // Not only client changes: a typed name that the field looks up itself arrives as a server change.
        place.addValueChangeListener(change -> {
            Place chosen = change.getValue();
            if (chosen != null && !placeKey(chosen).equals(state.place())) {
                go(state.at(placeKey(chosen), null));
            }
        });
        Button myPosition = new Button(getTranslation("find.my-position"), VaadinIcon.CROSSHAIRS.create(),
                click -> BrowserGeolocation.request(this,
                        (lat, lon) -> go(state.at(null, new GeoPoint(lat, lon))),
                        error -> notifyError(getTranslation("find.position-unavailable"))));
        myPosition.setId("search-my-position");

        radius.setLabel(getTranslation("find.radius"));
        radius.setItems(SearchState.RADII_KM);
        radius.setItemLabelGenerator(km -> LocalizedFormats.distance(km, getLocale()));
        radius.setId("search-radius");
        category.setLabel(getTranslation("find.category"));
        category.setItems(categories.values());
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        category.setClearButtonVisible(true);
        category.setPlaceholder(getTranslation("find.any-category"));
        category.setId("search-category");
        service.setLabel(getTranslation("find.service"));
        service.setItems(OfferedService.values());
        service.setItemLabelGenerator(s -> s == null ? getTranslation("find.any-service") : getTranslation("service." + s.name()));
        service.setEmptySelectionAllowed(true);
        service.setEmptySelectionCaption(getTranslation("find.any-service"));
        service.setId("search-service");
        certifiedOnly.setLabel(getTranslation("find.certified-only"));
        certifiedOnly.setId("search-certified");
        openNow.setLabel(getTranslation("find.open-now"));
        openNow.setId("search-open-now");
        // Only the user's own changes search; setting the inputs from the URL must not loop back.
        radius.addValueChangeListener(change -> applyFiltersIf(change.isFromClient()));
        category.addValueChangeListener(change -> applyFiltersIf(change.isFromClient()));
        service.addValueChangeListener(change -> applyFiltersIf(change.isFromClient()));
        certifiedOnly.addValueChangeListener(change -> applyFiltersIf(change.isFromClient()));
        openNow.addValueChangeListener(change -> applyFiltersIf(change.isFromClient()));

        map.setAccessibleName(getTranslation("find.map"));
        map.setHeight("28rem");
        map.addMapClickListener((lat, lon) -> go(state.at(null, new GeoPoint(lat, lon))));
        map.addMarkerClickListener(siteId -> results.getChildren()
                .filter(child -> siteId.equals(child.getElement().getAttribute("data-site")))
                .findFirst().ifPresent(child -> child.getElement().callJsFunction("scrollIntoView")));

        HorizontalLayout where = new HorizontalLayout(place, myPosition);
        where.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        where.setWrap(true);
        HorizontalLayout filters = new HorizontalLayout(radius, category, service, certifiedOnly, openNow);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        summary.setId("search-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        results.setPadding(false);
        results.setId("search-results");
        pager.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        Div list = new Div(summary, results, pager);
        list.addClassName("find-list");
        Div resultsAndMap = new Div(list, map);
        resultsAndMap.addClassName("find-results");
        add(new H1(getTranslation("find.title")), new Paragraph(getTranslation("find.intro")), where, filters,
                resultsAndMap);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = SearchState.from(event.getLocation().getQueryParameters());
        showState();
        run();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("find.title");
    }

    private void applyFiltersIf(boolean fromUser) {
        if (!fromUser) {
            return;
        }
        go(state.withFilters(radius.getValue(), category.getValue() == null ? null : category.getValue().code(),
                service.getValue(), certifiedOnly.getValue(), openNow.getValue()));
    }

    private void go(SearchState next) {
        getUI().ifPresent(ui -> ui.navigate(FindRepairerView.class, next.toQueryParameters()));
    }

    /** Puts the URL's search into the inputs. */
    private void showState() {
        radius.setValue(SearchState.RADII_KM.contains((int) state.radiusKm()) ? (int) state.radiusKm()
                : (int) OrganisationQuery.DEFAULT_RADIUS_KM);
        category.setValue(state.category() == null ? null : categories.get(state.category()));
        service.setValue(state.service());
        certifiedOnly.setValue(state.certifiedOnly());
        openNow.setValue(state.openNow());
        place.setValue(state.place() == null ? null : gazetteer.find(state.place()).orElse(null));
    }

    private void run() {
        results.removeAll();
        pager.removeAll();
        GeoPoint origin = origin();
        if (origin == null) {
            summary.setText(getTranslation(state.place() == null ? "find.start" : "find.unknown-place", state.place()));
            map.setMarkers(List.of());
            return;
        }
        SearchPage<OrganisationHit> page;
        try {
            page = search.search(new OrganisationQuery(origin, state.radiusKm(), state.category(), state.service(),
                    state.certifiedOnly(), state.openNow(), state.page(), OrganisationQuery.DEFAULT_SIZE));
        } catch (SearchUnavailableException e) {
            summary.setText(getTranslation("find.unavailable"));
            return;
        }
        String radiusText = LocalizedFormats.distance(state.radiusKm(), getLocale());
        if (page.total() == 0) {
            summary.setText(getTranslation("find.nothing", radiusText));
            state.widerRadius().ifPresent(wider -> {
                Button widen = new Button(getTranslation("find.widen", LocalizedFormats.distance(wider, getLocale())),
                        click -> go(state.withFilters(wider, state.category(), state.service(), state.certifiedOnly(),
                                state.openNow())));
                widen.setId("search-widen");
                widen.addThemeVariants(ButtonVariant.PRIMARY);
                results.add(widen);
            });
            map.setView(origin.latitude(), origin.longitude(), CITY_ZOOM);
            map.setMarkers(List.of());
            return;
        }
        summary.setText(getTranslation("find.found", page.total(), radiusText));
        page.hits().forEach(hit -> results.add(result(hit)));
        map.setMarkers(page.hits().stream().map(hit -> new LeafletMap.Marker(hit.siteId().toString(),
                hit.location().latitude(), hit.location().longitude(), hit.name(),
                hit.name() + " – " + hit.address())).toList());
        map.fitMarkers();
        if (page.pageCount() > 1) {
            Button previous = new Button(getTranslation("find.previous"), click -> go(state.onPage(state.page() - 1)));
            previous.setEnabled(state.page() > 0);
            previous.setId("search-previous");
            Button next = new Button(getTranslation("find.next"), click -> go(state.onPage(state.page() + 1)));
            next.setEnabled(state.page() + 1 < page.pageCount());
            next.setId("search-next");
            pager.add(previous, new Span(getTranslation("find.page", state.page() + 1, page.pageCount())), next);
        }
    }

    /** How a place stands in the URL: its name and country, which the gazetteer finds again. */
    private static String placeKey(Place place) {
        return place.name() + ", " + place.country();
    }

    private @Nullable GeoPoint origin() {
        if (state.point() != null) {
            return state.point();
        }
        return state.place() == null ? null : gazetteer.find(state.place()).map(Place::location).orElse(null);
    }

    private Component result(OrganisationHit hit) {
        Anchor name = new Anchor("organisations/" + hit.organisationId(), hit.name());
        name.getElement().setAttribute("router-link", true);
        H2 title = new H2(name);
        Span kind = new Span(getTranslation("kind." + hit.kind().name()));
        Span distance = new Span(LocalizedFormats.distance(hit.distanceKm(), getLocale()));
        distance.addClassName("distance");
        Span open = new Span(getTranslation(hit.openNow() ? "find.is-open" : "find.is-closed"));
        open.getElement().getThemeList().add(hit.openNow() ? "badge success" : "badge contrast");
        HorizontalLayout badges = new HorizontalLayout(kind, distance, open, new CertificationBadge(hit.certification()));
        badges.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        badges.setWrap(true);
        Div card = new Div(title, new Paragraph(hit.siteName() + " · " + hit.address()), badges);
        card.addClassName("result-card");
        card.getElement().setAttribute("data-site", hit.siteId().toString());
        return card;
    }

    private void notifyError(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }
}
