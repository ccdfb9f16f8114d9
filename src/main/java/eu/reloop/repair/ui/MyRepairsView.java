package eu.reloop.repair.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.repair.RepairLinks;
import eu.reloop.repair.RepairRequest;
import eu.reloop.repair.RepairRequests;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.MainLayout;

/** The consumer's repair requests, newest first, each linking to its forms and its repair. */
@Route(value = RepairLinks.MY_REQUESTS, layout = MainLayout.class)
@Menu(order = 16.6, icon = "vaadin:wrench", title = "menu.my-repairs")
@PermitAll
class MyRepairsView extends VerticalLayout implements HasDynamicTitle {

    MyRepairsView(RepairRequests requests) {
        addClassName("my-repairs");
        setMaxWidth("64rem");
        add(new H1(getTranslation("repair.mine.title")));
        var mine = requests.myRequests();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("repair.mine.none"));
            none.setId("no-repairs");
            add(none);
            return;
        }
        Grid<RepairRequest> grid = new Grid<>();
        grid.addColumn(request -> BrowserTime.date(request.askedAt())).setHeader(getTranslation("repair.mine.asked"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(request -> {
            Anchor link = new Anchor(RepairLinks.request(request.id()), request.brand() + " " + request.model());
            link.getElement().setAttribute("router-link", true);
            return link;
        }).setHeader(getTranslation("repair.mine.device")).setFlexGrow(1);
        grid.addColumn(request -> getTranslation("repair.status-since",
                getTranslation("repair.status-name." + request.status().name()), BrowserTime.date(request.statusAt())))
                .setHeader(getTranslation("repair.mine.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        grid.setId("my-repairs");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("repair.mine.title");
    }
}
