package eu.reloop.search.ui;

import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import eu.reloop.directory.DirectoryLinks;
import eu.reloop.directory.ExtraService;
import eu.reloop.directory.HandOver;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.ui.AskRepairLink;
import eu.reloop.directory.ui.CertificationBadge;
import eu.reloop.directory.ui.RepairTermsLine;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.search.OrganisationHit;
import eu.reloop.search.OrganisationQuery;
import eu.reloop.search.OrganisationSearch;
import eu.reloop.search.RepairFilters;
import eu.reloop.search.SearchLinks;
import eu.reloop.search.SearchPage;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.MapProperties;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.LeafletMap;
import eu.reloop.shared.ui.MainLayout;

/**
 * "Who and where is my nearest qualified repairer or reuse centre for this kind of device."
 */
@Route(value = SearchLinks.FIND_REPAIRER, layout = MainLayout.class)
@Menu(order = 10, icon = "vaadin:search", title = "menu.find-repairer")
@AnonymousAllowed
class FindRepairerView extends LocationSearchView<SearchState> implements HasDynamicTitle {

    private final transient OrganisationSearch search;

    private final Select<OfferedService> service = new Select<>();
    private final Checkbox certifiedOnly = new Checkbox();
    private final Checkbox openNow = new Checkbox();
    private final Checkbox repairFormOnline = new Checkbox();
    private final Select<Integer> repairDays = new Select<>();
    private final Checkbox loanDevice = new Checkbox();
    private final MultiSelectComboBox<HandOver> handOver = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<ExtraService> extraServices = new MultiSelectComboBox<>();
    private final Details repairFilters = new Details();
    private final TextField text;

    FindRepairerView(OrganisationSearch search, Gazetteer gazetteer, Organisations organisations,
            MapProperties mapProperties) {
        super(SearchState.initial(), gazetteer, organisations, mapProperties, "find.map");
        this.search = search;
        text = wordsInput("find.text", "find.text-placeholder");
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
        repairFormOnline.setLabel(getTranslation("find.repair-form-online"));
        repairFormOnline.setId("search-repair-form");
        repairDays.setLabel(getTranslation("find.repair-days"));
        repairDays.setItems(SearchState.REPAIR_DAYS);
        repairDays.setEmptySelectionAllowed(true);
        repairDays.setEmptySelectionCaption(getTranslation("find.any-repair-days"));
        repairDays.setItemLabelGenerator(days -> days == null ? getTranslation("find.any-repair-days")
                : getTranslation("find.repair-days.at-most", days));
        repairDays.setId("search-repair-days");
        loanDevice.setLabel(getTranslation("find.loan-device"));
        loanDevice.setId("search-loan-device");
        handOver.setLabel(getTranslation("find.hand-over"));
        handOver.setItems(HandOver.values());
        handOver.setItemLabelGenerator(option -> getTranslation("repair.hand-over." + option.name()));
        handOver.setId("search-hand-over");
        extraServices.setLabel(getTranslation("find.extra-services"));
        extraServices.setItems(ExtraService.values());
        extraServices.setItemLabelGenerator(extra -> getTranslation("extra-service." + extra.name()));
        extraServices.setId("search-extra-services");
        // Marked by markUnusable; their own validation on every value set would clear the mark.
        service.setManualValidation(true);
        certifiedOnly.setManualValidation(true);
        openNow.setManualValidation(true);
        repairFormOnline.setManualValidation(true);
        repairDays.setManualValidation(true);
        loanDevice.setManualValidation(true);
        handOver.setManualValidation(true);
        extraServices.setManualValidation(true);
        // The second row: the repair platform's filters of Article 7 of Directive (EU) 2024/1799.
        HorizontalLayout repairRow = new HorizontalLayout(repairFormOnline, repairDays, loanDevice, handOver,
                extraServices);
        layOut(getTranslation("find.title"), getTranslation("find.intro"),
                new HorizontalLayout(radius, category, service, text, certifiedOnly, openNow), repairRow);
        // Folded away until asked for, so that the results start as high as without them.
        int place = indexOf(repairRow);
        repairFilters.setSummaryText(getTranslation("find.repair-filters"));
        repairFilters.add(repairRow);
        repairFilters.setId("search-repair-filters");
        addComponentAtIndex(place, repairFilters);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("find.title");
    }

    @Override
    SearchState stateFrom(UrlParameters parameters) {
        return SearchState.from(parameters, category.codes());
    }

    @Override
    SearchState fromInputs() {
        return state.withFilters(radius.getValue(), category.code(), service.getValue(), certifiedOnly.getValue(),
                openNow.getValue(), new RepairFilters(repairFormOnline.getValue(), repairDays.getValue(),
                        loanDevice.getValue(), handOver.getValue(), extraServices.getValue()), text.getValue());
    }

    @Override
    void run() {
        radius.setValue(state.area().offeredRadius());
        category.showCode(state.category());
        service.setValue(state.service());
        certifiedOnly.setValue(state.certifiedOnly());
        openNow.setValue(state.openNow());
        repairFormOnline.setValue(state.repair().repairFormOnline());
        repairDays.setValue(state.repair().maxRepairDays());
        loanDevice.setValue(state.repair().loanDevice());
        handOver.setValue(state.repair().handOver());
        extraServices.setValue(state.repair().extraServices());
        text.setValue(state.text() == null ? "" : state.text());
        repairFilters.setOpened(repairFilters.isOpened() || !state.repair().equals(RepairFilters.NONE));
        where.show(state.area());
        markUnusable(Map.of("service", service, "certified", certifiedOnly, "open", openNow, "form", repairFormOnline,
                "days", repairDays, "loan", loanDevice, "handover", handOver, "extras", extraServices));
        GeoPoint origin = origin();
        if (origin == null) {
            return;
        }
        SearchArea area = state.area();
        OrganisationQuery query = new OrganisationQuery(origin, area.radiusKm(), state.category(), state.service(),
                state.certifiedOnly(), state.openNow(), state.page(), OrganisationQuery.DEFAULT_SIZE, state.repair(),
                state.text());
        // Words that break a rule of the search (a link can carry any) are marked on their field, as written.
        Optional<SearchPage<OrganisationHit>> found = Attempt.get(this, FormFields.of("text", text),
                () -> searched(() -> search.search(query))).orElseGet(() -> {
                    results.nothing(getTranslation("find.check-text"));
                    return Optional.empty();
                });
        if (found.isEmpty()) {
            return;
        }
        SearchPage<OrganisationHit> page = found.get();
        String radiusText = LocalizedFormats.distance(area.radiusKm(), getLocale());
        if (page.total() == 0) {
            results.nothingAround(origin, getTranslation("find.nothing", radiusText),
                    WhereToSearch.widen(area, getLocale(), wider -> go(state.within(wider))).stream()
                            .toArray(Component[]::new));
            return;
        }
        results.show(getTranslation("find.found", page.total(), radiusText),
                page.hits().stream().map(this::result).toList(),
                page.hits().stream().map(hit -> new LeafletMap.Marker(hit.siteId().toString(),
                        hit.location().latitude(), hit.location().longitude(), hit.name(),
                        hit.name() + " – " + hit.address())).toList(),
                state.page(), page.pageCount(OrganisationQuery.LAST_PAGE), number -> go(state.onPage(number)));
    }

    private Component result(OrganisationHit hit) {
        Anchor name = new Anchor(DirectoryLinks.profile(hit.organisationId()), hit.name());
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
        if (hit.repairTerms() != null) {
            card.add(new RepairTermsLine(hit.repairFormOnline(), hit.repairTerms()));
        }
        if (AskRepairLink.offeredFor(hit.kind(), hit.certification())) {
            card.add(new AskRepairLink(hit.organisationId()));
        }
        card.addClassName("result-card");
        card.getElement().setAttribute("data-marker", hit.siteId().toString());
        return card;
    }
}
