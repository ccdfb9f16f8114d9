package eu.reloop.search.ui;

import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.identity.Role;
import eu.reloop.search.SearchIndex;
import eu.reloop.search.SearchIndexes;
import eu.reloop.search.SearchUnavailableException;
import eu.reloop.shared.ui.MainLayout;

/** For admins: which index serves each alias, and a full rebuild from PostgreSQL with no downtime. */
@Route(value = "admin/search", layout = MainLayout.class)
@Menu(order = 91, icon = "vaadin:database", title = "menu.search-admin")
@RolesAllowed(Role.ADMIN_NAME)
class SearchAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient SearchIndexes indexes;
    private final Grid<SearchIndex> grid = new Grid<>();

    SearchAdminView(SearchIndexes indexes) {
        this.indexes = indexes;
        grid.addColumn(SearchIndex::alias).setHeader(getTranslation("search-admin.alias"));
        grid.addColumn(index -> describe(() -> indexes.currentIndex(index))).setHeader(getTranslation("search-admin.index"))
                .setAutoWidth(true);
        grid.addColumn(index -> describe(() -> String.valueOf(indexes.documentCount(index))))
                .setHeader(getTranslation("search-admin.documents"));
        // As wide as its buttons: with a share of the grid, they were cut off at its edge.
        grid.addComponentColumn(index -> {
            Button rebuild = new Button(getTranslation("search-admin.rebuild"), click -> confirmRebuild(index));
            rebuild.setId("rebuild-" + index.alias());
            return rebuild;
        }).setHeader(getTranslation("search-admin.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(SearchIndex.values());
        grid.setId("search-indexes");
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("search-admin.title")), new Paragraph(getTranslation("search-admin.intro")), grid);
    }

    private void confirmRebuild(SearchIndex index) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("search-admin.confirm.title", index.alias()),
                getTranslation("search-admin.confirm.text"), getTranslation("search-admin.rebuild"),
                event -> rebuild(index), getTranslation("search-admin.cancel"), event -> { });
        confirm.open();
    }

    private void rebuild(SearchIndex index) {
        Instant started = Instant.now();
        try {
            String concrete = indexes.reindex(index);
            long millis = Duration.between(started, Instant.now()).toMillis();
            Notification.show(getTranslation("search-admin.done", concrete, indexes.documentCount(index), millis),
                    6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (SearchUnavailableException | java.io.UncheckedIOException e) {
            Notification.show(getTranslation("search-admin.failed"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
        grid.getDataProvider().refreshAll();
    }

    private String describe(java.util.function.Supplier<String> value) {
        try {
            return value.get();
        } catch (RuntimeException unavailable) {
            return getTranslation("search-admin.unavailable");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search-admin.title");
    }
}
