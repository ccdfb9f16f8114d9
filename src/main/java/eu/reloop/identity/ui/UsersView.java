package eu.reloop.identity.ui;

import java.time.ZoneId;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.identity.AccountSort;
import eu.reloop.identity.Role;
import eu.reloop.identity.UserAccount;
import eu.reloop.identity.UserAccounts;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.ui.MainLayout;

/** Every account with its roles, paged and sortable from the database; for admins only. */
@Route(value = "admin/users", layout = MainLayout.class)
@Menu(order = 90, icon = "vaadin:users", title = "menu.users")
@RolesAllowed(Role.ADMIN_NAME)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    UsersView(UserAccounts accounts) {
        setSizeFull();
        Grid<UserAccount> grid = new Grid<>();
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.name"))
                .setSortProperty(AccountSort.DISPLAY_NAME.name()).setAutoWidth(true);
        grid.addColumn(UserAccount::email).setHeader(getTranslation("users.email"))
                .setSortProperty(AccountSort.EMAIL.name()).setAutoWidth(true);
        grid.addColumn(account -> account.roles().stream().map(role -> getTranslation("role." + role.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.roles"));
        var created = grid.addColumn(account -> LocalizedFormats.date(
                        account.createdAt().atZone(ZoneId.systemDefault()).toLocalDate(), getLocale()))
                .setHeader(getTranslation("users.created")).setSortProperty(AccountSort.CREATED_AT.name());
        grid.setItems(query -> {
            QuerySortOrder order = query.getSortOrders().isEmpty() ? null : query.getSortOrders().getFirst();
            AccountSort sort = order == null ? AccountSort.CREATED_AT : AccountSort.valueOf(order.getSorted());
            boolean ascending = order != null && order.getDirection() == SortDirection.ASCENDING;
            return accounts.page(query.getOffset(), query.getLimit(), sort, ascending).stream();
        }, query -> accounts.count());
        grid.sort(GridSortOrder.desc(created).build());
        grid.setEmptyStateText(getTranslation("users.empty"));
        add(new H1(getTranslation("users.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
