package eu.reloop.repair.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.identity.Role;
import eu.reloop.repair.RepairComplaint;
import eu.reloop.repair.RepairComplaints;
import eu.reloop.repair.RepairLinks;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.MainLayout;

/** For certifiers: complaints about repairs that the repairer left unanswered past their 8 days, longest overdue first. */
@Route(value = RepairLinks.OVERDUE_COMPLAINTS, layout = MainLayout.class)
@Menu(order = 44, icon = "vaadin:alarm", title = "menu.repair-complaints")
@RolesAllowed(Role.CERTIFIER_NAME)
class OverdueRepairComplaintsView extends VerticalLayout implements HasDynamicTitle {

    OverdueRepairComplaintsView(RepairComplaints complaints) {
        addClassName("overdue-repair-complaints");
        setMaxWidth("80rem");
        add(new H1(getTranslation("repair.overdue.title")), new Paragraph(getTranslation("repair.overdue.intro")));
        List<RepairComplaint> overdue = complaints.overdue();
        if (overdue.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("repair.overdue.none"));
            none.setId("no-overdue-complaints");
            add(none);
            return;
        }
        Grid<RepairComplaint> grid = new Grid<>();
        grid.addColumn(RepairComplaint::organisationName).setHeader(getTranslation("repair.compare.repairer")).setFlexGrow(1);
        grid.addColumn(complaint -> complaint.brand() + " " + complaint.model())
                .setHeader(getTranslation("repair.mine.device")).setFlexGrow(1);
        grid.addColumn(RepairComplaint::text).setHeader(getTranslation("repair.overdue.complaint")).setFlexGrow(2);
        grid.addColumn(complaint -> BrowserTime.date(complaint.answerDue())).setHeader(getTranslation("repair.overdue.due"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(overdue);
        grid.setAllRowsVisible(true);
        grid.setId("overdue-repair-complaints");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("repair.overdue.title");
    }
}
