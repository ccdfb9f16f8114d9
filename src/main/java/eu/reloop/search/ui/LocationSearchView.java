package eu.reloop.search.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import eu.reloop.directory.Organisations;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.search.SearchUnavailableException;
import eu.reloop.shared.MapProperties;
import eu.reloop.shared.Quoted;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.FieldMessage;

/**
 * What the location searches have in common: where (place, position or a click on the map), the radius
 * and device category, and the results beside the map. The URL holds the whole search: every change
 * navigates to the same view with new query parameters, and {@link #beforeEnter} runs the search from
 * them, so the back button and shared links just work.
 */
abstract class LocationSearchView<S extends LocationSearchState<S>> extends VerticalLayout
        implements BeforeEnterObserver {

    final transient Gazetteer gazetteer;
    final WhereToSearch where;
    final Select<Integer> radius;
    final CategoryInput category;
    final ResultsAndMap results;
    S state;
    /** The values of the URL that the state could not use, by parameter name. */
    private Map<String, String> unusable = Map.of();

    LocationSearchView(S initial, Gazetteer gazetteer, Organisations organisations, MapProperties mapProperties,
            String mapNameKey) {
        this.state = initial;
        this.gazetteer = gazetteer;
        this.radius = WhereToSearch.radiusInput(getLocale());
        this.category = new CategoryInput(organisations.categories());
        // Marked by markUnusable; their own validation on every value set would clear the mark.
        radius.setManualValidation(true);
        category.setManualValidation(true);
        this.where = new WhereToSearch(gazetteer, (place, point) -> go(state.at(place, point)));
        this.results = new ResultsAndMap(mapProperties, getTranslation(mapNameKey), (lat, lon) -> go(state.at(null, new GeoPoint(lat, lon))));
        addClassName("find-view");
    }

    /**
     * The field for the words to search for, as long as a search's text may be. The search's rules mark it (through
     * {@code Attempt}); its own validation on every value set would clear the mark.
     */
    TextField wordsInput(String labelKey, String placeholderKey) {
        TextField words = new TextField(getTranslation(labelKey));
        words.setPlaceholder(getTranslation(placeholderKey));
        words.setPrefixComponent(VaadinIcon.SEARCH.create());
        words.setClearButtonVisible(true);
        words.setMaxLength(TextLimits.NAME);
        words.setId("search-text");
        words.setManualValidation(true);
        return words;
    }

    /** What the search finds; none when search is down, which the results then say. */
    <T> Optional<T> searched(Supplier<T> search) {
        try {
            return Optional.of(search.get());
        } catch (SearchUnavailableException e) {
            results.nothing(getTranslation("find.unavailable"));
            return Optional.empty();
        }
    }

    abstract S stateFrom(UrlParameters parameters);

    /** Puts the state into the inputs and shows what it finds. */
    abstract void run();

    /** The search the user's inputs now ask for. */
    abstract S fromInputs();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UrlParameters parameters = new UrlParameters(event.getLocation().getQueryParameters());
        state = stateFrom(parameters);
        unusable = parameters.unusable();
        run();
    }

    /** Title, introduction, where, the rows of filters (whose changes by the user search), and the results. */
    void layOut(String title, String intro, HorizontalLayout... filterRows) {
        add(new H1(title), new Paragraph(intro), where);
        for (HorizontalLayout row : filterRows) {
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            // Only the user's own changes search; setting the inputs from the URL must not loop back.
            row.getChildren().map(input -> (HasValue<?, ?>) input).forEach(input -> input.addValueChangeListener(
                    change -> {
                        if (change.isFromClient()) {
                            go(fromInputs());
                        }
                    }));
            add(row);
        }
        add(results);
    }

    void go(S next) {
        getUI().ifPresent(ui -> ui.navigate(getClass(), next.toQueryParameters()));
    }

    /**
     * Where the state searches from; none shows why (nothing chosen yet, a position in the URL that is not
     * one, or a place nobody knows).
     */
    @Nullable GeoPoint origin() {
        SearchArea area = state.area();
        GeoPoint origin = area.origin(gazetteer);
        if (origin == null) {
            results.nothing(area.place() != null ? getTranslation("find.unknown-place", area.place())
                    : getTranslation(unusable.containsKey("lat") ? "find.link-position" : "find.start"));
        }
        return origin;
    }

    /**
     * Marks each choice (radius and category here, the view's own besides, by parameter name) for which the URL
     * gave a value it does not offer, such as {@code radius=abc} or {@code service=TELEPORT}, with that value.
     * The search runs without it, the choice showing what is searched instead (its default, or any): unlike a
     * price field, a choice cannot show the value as written, and when its default is what the person wants,
     * a search held back until they change it would leave them nothing to change.
     */
    void markUnusable(Map<String, HasValidation> viewChoices) {
        Map<String, HasValidation> choices = new LinkedHashMap<>(viewChoices);
        choices.put("radius", radius);
        choices.put("category", category);
        choices.forEach((name, choice) -> FieldMessage.set(choice, unusable.containsKey(name)
                ? getTranslation("find.link-value", Quoted.value(unusable.get(name))) : null));
    }
}
