package eu.reloop.impact.ui;

import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.Organisations;
import eu.reloop.impact.FactorVersion;
import eu.reloop.impact.ImpactFactor;
import eu.reloop.impact.ImpactFactors;
import eu.reloop.impact.ImpactLinks;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.MainLayout;

/** "How we count": the method in plain words, the factor table in force with its sources, every version, the limits. */
@Route(value = ImpactLinks.METHOD_ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class HowWeCountView extends VerticalLayout implements HasDynamicTitle {

    HowWeCountView(ImpactFactors factors, Organisations organisations) {
        addClassName("how-we-count");
        setMaxWidth("64rem");
        Locale locale = getLocale();
        FactorVersion current = factors.current();
        add(new H1(getTranslation("impact.method.title")),
                new Paragraph(getTranslation("impact.method.reuse")),
                new Paragraph(getTranslation("impact.method.recycling")),
                new Paragraph(getTranslation("impact.method.where")),
                new H2(getTranslation("impact.method.factors", current.version(),
                        BrowserTime.date(current.publishedAt()))),
                new Paragraph(current.note()), factorGrid(current, organisations, locale),
                new Paragraph(getTranslation("impact.method.sources")),
                new H2(getTranslation("impact.method.limits-title")), limits(),
                new H2(getTranslation("impact.method.versions")), versions(factors));
    }

    private Grid<ImpactFactor> factorGrid(FactorVersion version, Organisations organisations, Locale locale) {
        var names = organisations.categories().stream()
                .collect(Collectors.toMap(DeviceCategory::code, category -> category.name(locale)));
        Grid<ImpactFactor> grid = new Grid<>();
        grid.addColumn(factor -> names.getOrDefault(factor.category(), factor.category()))
                .setHeader(getTranslation("impact.method.category")).setAutoWidth(true);
        grid.addColumn(factor -> LocalizedFormats.kilograms(factor.productionKgCo2e(), locale) + " CO2e")
                .setHeader(getTranslation("impact.method.production")).setAutoWidth(true);
        grid.addColumn(factor -> LocalizedFormats.kilograms(factor.typicalWeightKg(), locale))
                .setHeader(getTranslation("impact.method.weight")).setAutoWidth(true);
        grid.addColumn(factor -> factor.displacement().toPlainString())
                .setHeader(getTranslation("impact.method.displacement")).setAutoWidth(true);
        grid.addColumn(factor -> LocalizedFormats.kilograms(factor.avoidedKgCo2e(), locale) + " CO2e")
                .setHeader(getTranslation("impact.method.avoided")).setAutoWidth(true);
        grid.addColumn(factor -> factor.source() + " (" + factor.sourceYear() + ")")
                .setHeader(getTranslation("impact.method.source")).setFlexGrow(1);
        grid.setItems(version.factors());
        grid.setAllRowsVisible(true);
        grid.setId("impact-factors");
        return grid;
    }

    private UnorderedList limits() {
        UnorderedList list = new UnorderedList();
        for (String limit : new String[] {"displacement", "proxies", "use-phase", "towns", "returns"}) {
            list.add(new ListItem(getTranslation("impact.method.limit." + limit)));
        }
        return list;
    }

    private UnorderedList versions(ImpactFactors factors) {
        UnorderedList list = new UnorderedList();
        factors.versions().forEach(version -> list.add(new ListItem(new Anchor(
                ImpactLinks.factorTable(version.version()),
                getTranslation("impact.method.version", version.version(), BrowserTime.date(version.publishedAt()),
                        version.publishedBy(), version.note())))));
        list.setId("impact-versions");
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("impact.method.title");
    }
}
