package eu.reloop.search.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import eu.reloop.directory.Organisations;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.market.MarketLinks;
import eu.reloop.search.ListingFacets;
import eu.reloop.search.ListingHit;
import eu.reloop.search.ListingQuery;
import eu.reloop.search.ListingResults;
import eu.reloop.search.ListingSearch;
import eu.reloop.search.ListingSort;
import eu.reloop.search.SearchLinks;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.MapProperties;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.LeafletMap;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.stamp.Grade;

/**
 * "Buy refurbished": stamped products for sale near a place, narrowed by device, brand, grade, price,
 * battery health and words, as a list and on the map. Like "Find a repairer", the URL holds the whole
 * search, and the device, brand and grade choices show how many products each would find. Prices, brand
 * and words show exactly what the URL says; one that breaks a rule of the search is marked with the
 * rule's message, and nothing is searched until it is changed. A choice the URL gives a value it does not
 * offer is marked too, and searched without ({@link #markUnusable}).
 */
@Route(value = SearchLinks.BUY_REFURBISHED, layout = MainLayout.class)
@Menu(order = 11, icon = "vaadin:cart", title = "menu.buy-refurbished")
@AnonymousAllowed
class BuyRefurbishedView extends LocationSearchView<ListingSearchState> implements HasDynamicTitle {

    private static final ListingFacets NO_FACETS = new ListingFacets(List.of(), List.of(), List.of());

    private final transient ListingSearch search;

    private final ComboBox<String> brand = new ComboBox<>();
    private final CheckboxGroup<Grade> grades = new CheckboxGroup<>();
    // Text, not a number field: the field shows the URL's price as written, also one that is not a price.
    private final TextField minPrice = new TextField();
    private final TextField maxPrice = new TextField();
    private final Select<Integer> minBattery = new Select<>();
    private final TextField text;
    private final Select<ListingSort> sort = new Select<>();

    BuyRefurbishedView(ListingSearch search, Gazetteer gazetteer, Organisations organisations,
            MapProperties mapProperties) {
        super(ListingSearchState.initial(), gazetteer, organisations, mapProperties, "buy.map");
        this.search = search;
        brand.setLabel(getTranslation("buy.brand"));
        brand.setPlaceholder(getTranslation("buy.any-brand"));
        brand.setClearButtonVisible(true);
        brand.setId("search-brand");
        grades.setLabel(getTranslation("buy.grade"));
        grades.setItems(Grade.values());
        grades.setId("search-grade");
        priceInput(minPrice, "buy.min-price", "search-min-price");
        priceInput(maxPrice, "buy.max-price", "search-max-price");
        minBattery.setLabel(getTranslation("buy.min-battery"));
        minBattery.setItems(ListingSearchState.BATTERY_STEPS);
        minBattery.setEmptySelectionAllowed(true);
        minBattery.setEmptySelectionCaption(getTranslation("buy.any-battery"));
        minBattery.setItemLabelGenerator(percent -> percent == null ? getTranslation("buy.any-battery")
                : getTranslation("buy.battery-at-least", percent));
        minBattery.setId("search-min-battery");
        text = wordsInput("buy.text", "buy.text-placeholder");
        // The search's rules and markUnusable mark these; their own validation on every value set would clear the mark.
        brand.setManualValidation(true);
        minPrice.setManualValidation(true);
        maxPrice.setManualValidation(true);
        grades.setManualValidation(true);
        minBattery.setManualValidation(true);
        sort.setLabel(getTranslation("buy.sort"));
        sort.setItems(ListingSort.values());
        sort.setItemLabelGenerator(order -> getTranslation("buy.sort." + order.name()));
        sort.setId("search-sort");
        sort.setManualValidation(true);
        layOut(getTranslation("buy.title"), getTranslation("buy.intro"),
                new HorizontalLayout(radius, category, brand, text, sort),
                new HorizontalLayout(minPrice, maxPrice, minBattery, grades));
    }

    private void priceInput(TextField price, String labelKey, String id) {
        price.setLabel(getTranslation(labelKey));
        price.setAllowedCharPattern("[0-9.,]");
        price.setId(id);
        price.setWidth("9em");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("buy.title");
    }

    @Override
    ListingSearchState stateFrom(UrlParameters parameters) {
        return ListingSearchState.from(parameters, category.codes());
    }

    @Override
    ListingSearchState fromInputs() {
        return state.withFilters(radius.getValue(), category.code(), brand.getValue(), grades.getValue(),
                minPrice.getValue(), maxPrice.getValue(), minBattery.getValue(), text.getValue(), sort.getValue());
    }

    @Override
    void run() {
        GeoPoint origin = origin();
        Optional<ListingResults> found = found(origin);
        String currency = found.map(ListingResults::currency)
                .orElseGet(() -> origin == null ? null : search.currencyAt(origin));
        showState(found.map(ListingResults::facets).orElse(NO_FACETS), currency);
        markUnusable(Map.of("grade", grades, "battery", minBattery, "sort", sort));
        found.ifPresent(listings -> show(listings, origin));
    }

    /**
     * What the URL's search finds; none when there is nothing to search from or search is down (the summary
     * says so), or when a filter breaks a rule of the search: Attempt marks it, showing the text as the URL has
     * it, and nothing is searched until it is changed (see {@link ListingSearchState#query}).
     */
    private Optional<ListingResults> found(@Nullable GeoPoint origin) {
        // The filters a rule of the search can refuse, by the names of the query's components.
        FormFields filters = FormFields.of("brand", brand).and("minPrice", minPrice).and("maxPrice", maxPrice)
                .and("text", text);
        return Attempt.get(this, filters, () -> state.query(origin).flatMap(query -> searched(() -> search.search(query))))
                .orElseGet(() -> {
                    // Before a place is chosen, that question stays the summary; the marks say the rest.
                    if (origin != null) {
                        results.nothing(getTranslation("buy.check-filters"));
                    }
                    return Optional.empty();
                });
    }

    private void show(ListingResults found, GeoPoint origin) {
        SearchArea area = state.area();
        String radiusText = LocalizedFormats.distance(area.radiusKm(), getLocale());
        if (found.page().total() == 0) {
            results.nothingAround(origin, getTranslation("buy.nothing", radiusText),
                    WhereToSearch.widen(area, getLocale(), wider -> go(state.within(wider)))
                            .stream().toArray(Component[]::new));
            return;
        }
        results.show(getTranslation("buy.found", found.page().total(), radiusText),
                found.page().hits().stream().map(hit -> result(hit, origin)).toList(),
                found.page().hits().stream().map(hit -> new LeafletMap.Marker(hit.listingId().toString(),
                        hit.location().latitude(), hit.location().longitude(), hit.title(),
                        hit.title() + " – " + LocalizedFormats.money(hit.price(), getLocale()) + " – "
                                + hit.sellerName())).toList(),
                state.page(), found.page().pageCount(ListingQuery.LAST_PAGE), number -> go(state.onPage(number)));
    }

    /** Puts the URL's search into the inputs, with the facet counts of its results in the choices. */
    private void showState(ListingFacets facets, @Nullable String currency) {
        radius.setValue(state.area().offeredRadius());
        category.showCounts(counts(facets.categories()));
        category.showCode(state.category());
        Map<String, Long> brandCounts = counts(facets.brands());
        List<String> brands = new ArrayList<>(brandCounts.keySet());
        if (state.brand() != null && !brands.contains(state.brand())) {
            brands.add(state.brand());
        }
        brand.setItems(brands);
        brand.setItemLabelGenerator(name -> getTranslation("buy.facet", name, brandCounts.getOrDefault(name, 0L)));
        brand.setValue(state.brand());
        Map<String, Long> gradeCounts = counts(facets.grades());
        grades.setItemLabelGenerator(grade -> getTranslation("buy.facet", getTranslation("stamp.grade." + grade.name()),
                gradeCounts.getOrDefault(grade.name(), 0L)));
        grades.setValue(state.grades().isEmpty() ? EnumSet.noneOf(Grade.class) : EnumSet.copyOf(state.grades()));
        minPrice.setSuffixComponent(currency == null ? null : new Span(currency));
        minPrice.setValue(state.minPrice() == null ? "" : state.minPrice());
        maxPrice.setSuffixComponent(currency == null ? null : new Span(currency));
        maxPrice.setValue(state.maxPrice() == null ? "" : state.maxPrice());
        minBattery.setValue(state.minBatteryHealth());
        text.setValue(state.text() == null ? "" : state.text());
        sort.setValue(state.sort());
        where.show(state.area());
    }

    private static Map<String, Long> counts(List<ListingFacets.Count> counts) {
        return counts.stream().collect(Collectors.toMap(ListingFacets.Count::value, ListingFacets.Count::count,
                (a, b) -> a, LinkedHashMap::new));
    }

    /** A hit; its link carries the search's origin, so that the product page can say how far away it is. */
    private Component result(ListingHit hit, GeoPoint origin) {
        Anchor title = new Anchor(MarketLinks.listing(hit.listingId()) + "?lat=" + origin.latitude() + "&lon="
                + origin.longitude(), hit.title());
        title.getElement().setAttribute("router-link", true);
        Span price = new Span(LocalizedFormats.money(hit.price(), getLocale()));
        price.addClassName("price");
        Span grade = new Span(getTranslation("stamp.grade." + hit.grade().name()));
        grade.getElement().getThemeList().add("badge");
        HorizontalLayout facts = new HorizontalLayout(price, grade);
        if (hit.batteryHealthPercent() != null) {
            facts.add(new Span(getTranslation("buy.battery", hit.batteryHealthPercent())));
        }
        if (hit.reserved()) {
            Span reserved = new Span(getTranslation("buy.reserved"));
            reserved.getElement().getThemeList().add("badge contrast");
            reserved.addClassName("reserved");
            facts.add(reserved);
        }
        facts.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        facts.setWrap(true);
        Span distance = new Span(LocalizedFormats.distance(hit.distanceKm(), getLocale()));
        distance.addClassName("distance");
        Paragraph seller = new Paragraph(hit.sellerName() + " · " + hit.town() + " · ");
        seller.add(distance);
        Div text = new Div(new H2(title), facts, seller);
        Div card = new Div(photo(hit), text);
        card.addClassNames("result-card", "listing-card");
        card.getElement().setAttribute("data-marker", hit.listingId().toString());
        return card;
    }

    private Component photo(ListingHit hit) {
        if (hit.photoId() == null) {
            Div none = new Div(VaadinIcon.PICTURE.create());
            none.addClassName("listing-thumb");
            none.getElement().setAttribute("aria-hidden", "true");
            return none;
        }
        Image image = new Image(MarketLinks.listingPhoto(hit.listingId(), hit.photoId()), hit.title());
        image.addClassName("listing-thumb");
        return image;
    }
}
