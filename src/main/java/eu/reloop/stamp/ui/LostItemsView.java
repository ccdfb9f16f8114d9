package eu.reloop.stamp.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.identity.Role;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.ConfirmStep;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.stamp.LostItems;
import eu.reloop.stamp.StampLinks;

/**
 * The register of items reported lost or stolen, for admins: report an item on a police report number, and clear a
 * report when the item turns up. Buyers report their own items from "My warranties".
 */
@Route(value = StampLinks.LOST_ITEMS_ROUTE, layout = MainLayout.class)
@Menu(order = 94, icon = "vaadin:warning", title = "menu.lost-items")
@RolesAllowed(Role.ADMIN_NAME)
class LostItemsView extends VerticalLayout implements HasDynamicTitle {

    private final transient LostItems lostItems;
    private final Grid<LostItems.LostReport> grid = new Grid<>();

    LostItemsView(LostItems lostItems) {
        this.lostItems = lostItems;
        addClassName("lost-items");
        setMaxWidth("64rem");
        grid.addColumn(LostItems.LostReport::brand).setHeader(getTranslation("lost-items.brand")).setAutoWidth(true);
        grid.addColumn(LostItems.LostReport::maskedSerial).setHeader(getTranslation("lost-items.serial")).setAutoWidth(true);
        grid.addColumn(report -> report.policeReport() == null ? "" : report.policeReport())
                .setHeader(getTranslation("lost-items.police-report")).setAutoWidth(true);
        grid.addColumn(LostItems.LostReport::reportedBy).setHeader(getTranslation("lost-items.reported-by")).setAutoWidth(true);
        grid.addColumn(report -> BrowserTime.date(report.reportedAt())).setHeader(getTranslation("lost-items.reported-at"))
                .setAutoWidth(true);
        grid.addComponentColumn(report -> {
            Button clear = new Button(getTranslation("lost-items.clear"), click -> ConfirmStep.ask(this, "lost-items.clear",
                    "primary", "confirm-clear", () -> {
                        if (Attempt.run(this, () -> lostItems.clear(report.id()))) {
                            Feedback.success(getTranslation("lost-items.cleared"));
                            refresh();
                        }
                    }));
            clear.addThemeVariants(ButtonVariant.TERTIARY);
            return clear;
        }).setHeader(getTranslation("lost-items.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("lost-items.empty"));
        grid.setAllRowsVisible(true);
        grid.setId("lost-items-grid");
        add(new H1(getTranslation("lost-items.title")), new Paragraph(getTranslation("lost-items.intro")), reportForm(),
                new H2(getTranslation("lost-items.open")), grid);
        refresh();
    }

    private FormLayout reportForm() {
        TextField brand = field("lost-items.brand", "lost-brand");
        TextField serial = field("lost-items.serial", "lost-serial");
        TextField policeReport = field("lost-items.police-report", "lost-police-report");
        FormFields fields = FormFields.of("brand", brand).and("serialNumber", serial).and("policeReport", policeReport);
        Button report = new Button(getTranslation("lost-items.report"), click -> {
            if (Attempt.run(this, fields, () -> lostItems.reportOnPoliceReport(brand.getValue(), serial.getValue(),
                    policeReport.getValue()))) {
                Feedback.success(getTranslation("lost-items.reported"));
                brand.clear();
                serial.clear();
                policeReport.clear();
                refresh();
            }
        });
        report.addThemeVariants(ButtonVariant.PRIMARY);
        report.addClickShortcut(Key.ENTER);
        report.setId("report-lost-item");
        return new FormLayout(brand, serial, policeReport, report);
    }

    private TextField field(String label, String id) {
        TextField field = new TextField(getTranslation(label));
        field.setRequired(true);
        field.setMaxLength(TextLimits.LABEL);
        field.setId(id);
        return field;
    }

    private void refresh() {
        grid.setItems(lostItems.openReports());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lost-items.title");
    }
}
