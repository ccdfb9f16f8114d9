package eu.reloop.impact.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import eu.reloop.impact.ImpactFigures;
import eu.reloop.impact.ImpactKind;
import eu.reloop.impact.ImpactLinks;
import eu.reloop.impact.ImpactRow;
import eu.reloop.impact.ImpactTotals;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.MapProperties;
import eu.reloop.shared.ui.Callout;
import eu.reloop.shared.ui.Chart;
import eu.reloop.shared.ui.LeafletMap;
import eu.reloop.shared.ui.MainLayout;

/**
 * The public impact figures: totals, CO2e avoided per month and per country, where collected mass went per region
 * against the aim for material recycling, a map of towns, and the regions as a table (the charts' text alternative).
 */
@Route(value = ImpactLinks.IMPACT_ROUTE, layout = MainLayout.class)
@Menu(order = 14.5, icon = "vaadin:globe", title = "menu.impact")
@AnonymousAllowed
class ImpactView extends VerticalLayout implements HasDynamicTitle {

    static final String REUSE_COLOUR = "#2e7d32";
    static final String REPAIR_COLOUR = "#1565c0";
    static final String RECYCLING_COLOUR = "#8d6e63";
    private static final String TARGET_COLOUR = "#c62828";
    private static final int MONTHS_SHOWN = 12;

    ImpactView(ImpactFigures figures, MapProperties mapProperties) {
        addClassName("impact-view");
        setMaxWidth("72rem");
        Locale locale = getLocale();
        List<ImpactRow> rows = figures.all();
        Paragraph links = new Paragraph(new RouterLink(getTranslation("impact.method-link"), HowWeCountView.class),
                new RouterLink(getTranslation("impact.open-data-link"), OpenDataView.class));
        links.addClassName("impact-links");
        add(new H1(getTranslation("impact.title")), new Paragraph(getTranslation("impact.intro")), links);
        if (rows.isEmpty()) {
            add(Callout.of("impact-empty", "contrast", getTranslation("impact.empty")));
            return;
        }
        ImpactSummary summary = new ImpactSummary(rows, locale);
        summary.setId("impact-totals");
        add(summary);

        add(new H2(getTranslation("impact.by-month")), byMonth(rows, locale));
        add(new H2(getTranslation("impact.by-country")), byCountry(rows, locale));
        add(new H2(getTranslation("impact.mass-shares")), new Paragraph(getTranslation("impact.mass-shares.intro",
                figures.secondaryMaterialTarget().movePointRight(2).stripTrailingZeros().toPlainString())),
                massShares(rows, figures.secondaryMaterialTarget()));
        add(new H2(getTranslation("impact.map")), map(rows, mapProperties, locale));
        add(new H2(getTranslation("impact.by-region")), regionTable(rows, locale));
    }

    private Chart byMonth(List<ImpactRow> rows, Locale locale) {
        List<String> all = List.copyOf(ImpactTotals.by(rows, ImpactRow::month).keySet());
        List<String> months = all.subList(Math.max(0, all.size() - MONTHS_SHOWN), all.size());
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        Chart chart = new Chart(getTranslation("impact.by-month"));
        chart.setId("impact-month-chart");
        chart.show(months.stream().map(month -> YearMonth.parse(month).format(format)).toList(), List.of(
                kindSeries(rows, months, ImpactRow::month, ImpactKind.REUSE, REUSE_COLOUR, (month, totals) -> totals.kgCo2e()),
                kindSeries(rows, months, ImpactRow::month, ImpactKind.REPAIR, REPAIR_COLOUR, (month, totals) -> totals.kgCo2e())),
                true, "kg CO2e");
        return chart;
    }

    private Chart byCountry(List<ImpactRow> rows, Locale locale) {
        Map<String, ImpactTotals> countries = ImpactTotals.by(rows, ImpactRow::country);
        Chart chart = new Chart(getTranslation("impact.by-country"));
        chart.setId("impact-country-chart");
        chart.show(countries.keySet().stream().map(code -> LocalizedFormats.country(code, locale)).toList(),
                List.of(new Chart.Series(getTranslation("impact.summary.co2e"),
                        countries.values().stream().map(ImpactTotals::kgCo2e).toList(), REUSE_COLOUR, false)),
                false, "kg CO2e");
        return chart;
    }

    /** Per region, the share of collected mass reused, repaired and recycled, in per cent, with the aim as a line. */
    private Chart massShares(List<ImpactRow> rows, BigDecimal target) {
        Map<String, ImpactTotals> regions = ImpactTotals.by(rows, ImpactRow::region);
        List<String> labels = List.copyOf(regions.keySet());
        // A region whose records weigh nothing (repairs of items without a typical weight) has no shares.
        BiFunction<String, ImpactTotals, BigDecimal> share = (region, part) -> regions.get(region).massKg().signum() == 0
                ? BigDecimal.ZERO
                : part.massKg().movePointRight(2).divide(regions.get(region).massKg(), 1, RoundingMode.HALF_UP);
        Chart chart = new Chart(getTranslation("impact.mass-shares"));
        chart.setId("impact-mass-chart");
        chart.show(labels, List.of(
                kindSeries(rows, labels, ImpactRow::region, ImpactKind.REUSE, REUSE_COLOUR, share),
                kindSeries(rows, labels, ImpactRow::region, ImpactKind.REPAIR, REPAIR_COLOUR, share),
                kindSeries(rows, labels, ImpactRow::region, ImpactKind.RECYCLING, RECYCLING_COLOUR, share),
                new Chart.Series(getTranslation("impact.target"),
                        labels.stream().map(label -> target.movePointRight(2)).toList(), TARGET_COLOUR, true)),
                true, "%");
        return chart;
    }

    /** One kind's figure under each label: what {@code figure} makes of that kind's totals there. */
    private Chart.Series kindSeries(List<ImpactRow> rows, List<String> labels, Function<ImpactRow, String> key,
            ImpactKind kind, String colour, BiFunction<String, ImpactTotals, BigDecimal> figure) {
        Map<String, ImpactTotals> ofKind = ImpactTotals.by(rows.stream().filter(row -> row.kind() == kind).toList(), key);
        return new Chart.Series(getTranslation("impact.kind." + kind.name()), labels.stream()
                .map(label -> figure.apply(label, ofKind.getOrDefault(label, ImpactTotals.NONE))).toList(), colour, false);
    }

    private LeafletMap map(List<ImpactRow> rows, MapProperties properties, Locale locale) {
        LeafletMap map = new LeafletMap(properties.tileUrl(), properties.attribution());
        map.setAccessibleName(getTranslation("impact.map"));
        map.setId("impact-map");
        Map<String, List<ImpactRow>> towns = rows.stream().collect(Collectors.groupingBy(
                row -> row.country() + "/" + row.municipality()));
        map.setMarkers(towns.entrySet().stream().map(town -> {
            ImpactRow any = town.getValue().getFirst();
            ImpactTotals totals = ImpactTotals.of(town.getValue());
            return new LeafletMap.Marker(town.getKey(), any.latitude(), any.longitude(), any.municipality(),
                    getTranslation("impact.map.popup", any.municipality(), totals.items(),
                            LocalizedFormats.kilograms(totals.kgCo2e(), locale)));
        }).toList());
        map.fitMarkers();
        return map;
    }

    private Grid<RegionTotals> regionTable(List<ImpactRow> rows, Locale locale) {
        Grid<RegionTotals> grid = new Grid<>();
        grid.addColumn(RegionTotals::region).setHeader(getTranslation("impact.region")).setAutoWidth(true);
        grid.addColumn(region -> LocalizedFormats.country(region.country(), locale))
                .setHeader(getTranslation("impact.country")).setAutoWidth(true);
        grid.addColumn(region -> region.totals().items()).setHeader(getTranslation("impact.items")).setAutoWidth(true);
        grid.addColumn(region -> LocalizedFormats.kilograms(region.totals().kgCo2e(), locale))
                .setHeader(getTranslation("impact.summary.co2e")).setAutoWidth(true);
        grid.addColumn(region -> LocalizedFormats.kilograms(region.totals().kgWaste(), locale))
                .setHeader(getTranslation("impact.summary.waste")).setAutoWidth(true);
        grid.addColumn(region -> LocalizedFormats.kilograms(region.totals().massKg(), locale))
                .setHeader(getTranslation("impact.mass")).setAutoWidth(true);
        grid.setItems(ImpactTotals.by(rows, row -> new Region(row.country(), row.region())).entrySet().stream()
                .map(entry -> new RegionTotals(entry.getKey().country(), entry.getKey().name(), entry.getValue())).toList());
        grid.setAllRowsVisible(true);
        grid.setId("impact-regions");
        return grid;
    }

    /** A region's totals, for the table. */
    private record RegionTotals(String country, String region, ImpactTotals totals) {
    }

    /** A region within its country, ordered by country first. */
    private record Region(String country, String name) implements Comparable<Region> {

        private static final Comparator<Region> ORDER = Comparator.comparing(Region::country).thenComparing(Region::name);

        @Override
        public int compareTo(Region other) {
            return ORDER.compare(this, other);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("impact.title");
    }
}
