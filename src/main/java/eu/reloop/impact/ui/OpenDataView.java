package eu.reloop.impact.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import eu.reloop.impact.ImpactLinks;
import eu.reloop.impact.OpenData;
import eu.reloop.impact.OpenDataExport;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.stamp.ui.FactList;

/**
 * The open-data exports described for people, with the fields a DCAT-AP catalogue gives machines
 * ({@code /api/v1/open-data}): title, description, licence, publisher, how often it changes, and where to get it.
 */
@Route(value = ImpactLinks.OPEN_DATA_ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class OpenDataView extends VerticalLayout implements HasDynamicTitle {

    OpenDataView(OpenData openData) {
        addClassName("open-data");
        setMaxWidth("56rem");
        add(new H1(getTranslation("open-data.title")), new Paragraph(getTranslation("open-data.intro")));
        openData.exports().forEach(export -> add(dataset(export)));
        add(new Paragraph(new Anchor(ImpactLinks.OPEN_DATA_API, getTranslation("open-data.catalogue"))),
                new Paragraph(new Anchor("/swagger-ui.html", getTranslation("open-data.openapi"))));
    }

    private Div dataset(OpenDataExport export) {
        String path = export.path();
        FactList facts = new FactList();
        facts.fact("open-data.description", getTranslation(export.descriptionKey()));
        facts.fact("open-data.licence", OpenData.LICENCE + " (" + OpenData.LICENCE_URL + ")");
        facts.fact("open-data.publisher", OpenData.PUBLISHER);
        facts.fact("open-data.frequency", getTranslation("open-data.daily"));
        if (export instanceof OpenData.Dataset) {
            facts.fact("open-data.snapshots", getTranslation("open-data.snapshots.how", ImpactLinks.openData(path + "?day=YYYY-MM-DD")));
        }
        Div links = new Div(new Anchor(ImpactLinks.openData(path), "JSON"),
                new Anchor(ImpactLinks.openData(export.csvPath()), "CSV"));
        links.addClassName("open-data-links");
        Div section = new Div(new H2(export.title()), facts, links);
        section.setId("open-data-" + path);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("open-data.title");
    }
}
