package eu.reloop.impact.ui;

import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import eu.reloop.impact.ImpactFigures;
import eu.reloop.impact.ImpactLinks;
import eu.reloop.impact.ImpactRow;
import eu.reloop.shared.ui.Callout;
import eu.reloop.shared.ui.MainLayout;

/** What the signed-in person's purchases, repairs and hand-ins saved, by the factors in force when each happened. */
@Route(value = ImpactLinks.MY_IMPACT_ROUTE, layout = MainLayout.class)
@Menu(order = 16.7, icon = "vaadin:chart", title = "menu.my-impact")
@PermitAll
class MyImpactView extends VerticalLayout implements HasDynamicTitle {

    MyImpactView(ImpactFigures figures) {
        addClassName("my-impact");
        setMaxWidth("48rem");
        List<ImpactRow> mine = figures.mine();
        add(new H1(getTranslation("my-impact.title")));
        if (mine.isEmpty()) {
            add(Callout.of("my-impact-empty", "contrast", getTranslation("my-impact.empty")));
        } else {
            ImpactSummary summary = new ImpactSummary(mine, getLocale());
            summary.setId("my-impact-totals");
            add(new Paragraph(getTranslation("my-impact.intro")), summary);
        }
        add(new RouterLink(getTranslation("impact.method-link"), HowWeCountView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-impact.title");
    }
}
