package eu.reloop.identity.ui;

import java.time.ZoneId;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.identity.AccountAdministration;
import eu.reloop.identity.AccountSort;
import eu.reloop.identity.Role;
import eu.reloop.identity.UserAccount;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.MainLayout;

/**
 * Every account, found by name or address, paged and sorted in the database; a click opens the account,
 * where admins disable it or change its roles. For admins only.
 */
@Route(value = "admin/users", layout = MainLayout.class)
@Menu(order = 90, icon = "vaadin:users", title = "menu.users")
@RolesAllowed(Role.ADMIN_NAME)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    UsersView(AccountAdministration administration) {
        setSizeFull();
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("users.search"));
        search.setAriaLabel(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(TextLimits.EMAIL);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("users-search");

        Grid<UserAccount> grid = new Grid<>();
        grid.setId("users-grid");
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.name"))
                .setSortProperty(AccountSort.DISPLAY_NAME.name()).setAutoWidth(true);
        grid.addColumn(UserAccount::email).setHeader(getTranslation("users.email"))
                .setSortProperty(AccountSort.EMAIL.name()).setAutoWidth(true);
        grid.addColumn(account -> roles(account)).setHeader(getTranslation("users.roles"));
        grid.addColumn(account -> getTranslation(account.enabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("users.status"));
        var created = grid.addColumn(account -> LocalizedFormats.date(
                        account.createdAt().atZone(ZoneId.systemDefault()).toLocalDate(), getLocale()))
                .setHeader(getTranslation("users.created")).setSortProperty(AccountSort.CREATED_AT.name());
        ConfigurableFilterDataProvider<UserAccount, Void, String> accounts = DataProvider.<UserAccount, String>fromFilteringCallbacks(
                query -> {
                    QuerySortOrder order = query.getSortOrders().isEmpty() ? null : query.getSortOrders().getFirst();
                    AccountSort sort = order == null ? AccountSort.CREATED_AT : AccountSort.valueOf(order.getSorted());
                    boolean ascending = order != null && order.getDirection() == SortDirection.ASCENDING;
                    return administration.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit(),
                            sort, ascending).stream();
                },
                query -> administration.count(query.getFilter().orElse("")))
                .withConfigurableFilter();
        grid.setItems(accounts);
        grid.sort(GridSortOrder.desc(created).build());
        grid.setEmptyStateText(getTranslation("users.empty"));
        search.addValueChangeListener(change -> accounts.setFilter(change.getValue()));
        grid.addItemClickListener(click -> new AccountDialog(administration, click.getItem().id(),
                accounts::refreshAll).open());
        add(new H1(getTranslation("users.title")), search, grid);
    }

    private String roles(UserAccount account) {
        return account.roles().stream().map(role -> getTranslation("role." + role.name())).collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
