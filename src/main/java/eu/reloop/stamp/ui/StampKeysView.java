package eu.reloop.stamp.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.identity.Role;
import eu.reloop.shared.ui.ConfirmStep;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.stamp.StampLinks;
import eu.reloop.stamp.StampSigningKeys;

/**
 * The registry's signing keys, as published at /.well-known/reloop-stamp-keys.json, and their rotation:
 * a new key signs from then on, and the old one stays published so that what it signed still verifies.
 */
@Route(value = StampLinks.KEYS_ROUTE, layout = MainLayout.class)
@Menu(order = 93, icon = "vaadin:key", title = "menu.stamp-keys")
@RolesAllowed(Role.ADMIN_NAME)
class StampKeysView extends VerticalLayout implements HasDynamicTitle {

    private final transient StampSigningKeys keys;
    private final Grid<StampSigningKeys.PublishedKey> grid = new Grid<>();

    StampKeysView(StampSigningKeys keys) {
        this.keys = keys;
        addClassName("stamp-keys");
        grid.addColumn(StampSigningKeys.PublishedKey::kid).setHeader(getTranslation("stamp-keys.id")).setAutoWidth(true);
        grid.addColumn(key -> getTranslation("stamp-keys.status." + key.status()))
                .setHeader(getTranslation("stamp-keys.status")).setAutoWidth(true);
        grid.addColumn(StampSigningKeys.PublishedKey::x).setHeader(getTranslation("stamp-keys.public-key")).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("stamp-keys.empty"));
        grid.setAllRowsVisible(true);
        grid.setId("stamp-keys-grid");
        Button rotate = new Button(getTranslation("stamp-keys.rotate"), click -> ConfirmStep.ask(this,
                "stamp-keys.rotate", "primary", "confirm-rotate", () -> {
                    keys.rotate();
                    Feedback.success(getTranslation("stamp-keys.rotated"));
                    refresh();
                }));
        rotate.addThemeVariants(ButtonVariant.PRIMARY);
        rotate.setId("rotate-key");
        add(new H1(getTranslation("stamp-keys.title")), new Paragraph(getTranslation("stamp-keys.intro")), grid, rotate);
        refresh();
    }

    private void refresh() {
        grid.setItems(keys.published());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stamp-keys.title");
    }
}
