package eu.reloop.market.ui;

import java.time.Duration;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.identity.Role;
import eu.reloop.market.CentreClaimRate;
import eu.reloop.market.ClaimStatistics;
import eu.reloop.market.MarketLinks;
import eu.reloop.shared.ui.MainLayout;

/**
 * Warranty claim rates per reuse centre, highest first: where items come back, where claims are
 * rejected or left unanswered. Paged from the database as the grid scrolls.
 */
@Route(value = MarketLinks.CLAIM_RATES, layout = MainLayout.class)
@Menu(order = 43, icon = "vaadin:chart", title = "menu.claim-rates")
@RolesAllowed(Role.CERTIFIER_NAME)
class ClaimRatesView extends VerticalLayout implements HasDynamicTitle {

    ClaimRatesView(ClaimStatistics statistics) {
        addClassName("claim-rates");
        setSizeFull();
        Grid<CentreClaimRate> grid = new Grid<>();
        grid.addColumn(CentreClaimRate::organisationName).setHeader(getTranslation("claim-rates.centre")).setFlexGrow(1);
        // Figures line up on their last digit, under headers that do too.
        grid.addColumn(CentreClaimRate::itemsSold).setHeader(getTranslation("claim-rates.sold")).setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(CentreClaimRate::claims).setHeader(getTranslation("claim-rates.claims")).setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        Grid.Column<CentreClaimRate> rate = grid.addColumn(shown -> percent(shown.claimRate()))
                .setHeader(getTranslation("claim-rates.rate")).setSortable(true).setSortProperty("claimRate")
                .setWidth("10em").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(shown -> percent(shown.rejectedShare())).setHeader(getTranslation("claim-rates.rejected"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(CentreClaimRate::overdue).setHeader(getTranslation("claim-rates.overdue")).setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(shown -> days(shown.averageAnswerTime())).setHeader(getTranslation("claim-rates.answer-time"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.setPartNameGenerator(shown -> shown.overdue() > 0 ? "overdue" : null);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("claim-rates.empty"));
        grid.setId("claim-rates-grid");
        grid.setItems(query -> {
            boolean highestFirst = query.getSortOrders().stream().findFirst()
                    .map(order -> order.getDirection() == SortDirection.DESCENDING).orElse(true);
            return statistics.claimRates(highestFirst, query.getOffset(), query.getLimit()).stream();
        }, query -> statistics.centreCount());
        grid.sort(List.of(new GridSortOrder<>(rate, SortDirection.DESCENDING)));
        add(new H1(getTranslation("claim-rates.title")), new Paragraph(getTranslation("claim-rates.intro")), grid);
        setFlexGrow(1, grid);
    }

    private String percent(@Nullable Double share) {
        return share == null ? "–" : String.format(getLocale(), "%.1f %%", share * 100);
    }

    private String days(@Nullable Duration time) {
        return time == null ? "–"
                : getTranslation("claim-rates.days", String.format(getLocale(), "%.1f", time.toMinutes() / (24.0 * 60)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("claim-rates.title");
    }
}
