package eu.reloop.market.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.theme.lumo.LumoUtility;

import eu.reloop.directory.Organisation;
import eu.reloop.directory.Organisations;
import eu.reloop.identity.OrganisationAccess;
import eu.reloop.identity.Role;
import eu.reloop.market.MarketLinks;
import eu.reloop.market.Order;
import eu.reloop.market.OrderStatus;
import eu.reloop.market.SellerOrders;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.ConfirmStep;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.shared.ui.ReasonStep;

/**
 * The centre's sales ("Sales", so that staff who also buy never mistake it for "My orders"), newest first
 * and paged: who bought what, how it is paid, and the two things the centre does: confirm hand-over (for an
 * item paid at pickup, that is the sale) or cancel a pickup nobody came for, with a reason the buyer reads.
 */
@Route(value = MarketLinks.SELLER_ORDERS, layout = MainLayout.class)
@RouteAlias(value = MarketLinks.SELLER_ORDER, layout = MainLayout.class)
@Menu(order = 28, icon = "vaadin:cash", title = "menu.seller-orders")
@RolesAllowed(Role.REUSE_CENTRE_NAME)
class SellerOrdersView extends VerticalLayout implements HasDynamicTitle {

    private final transient SellerOrders orders;

    SellerOrdersView(SellerOrders orders, Organisations organisations, OrganisationAccess access) {
        this.orders = orders;
        addClassName("seller-orders");
        Paragraph intro = new Paragraph(getTranslation("seller-orders.intro"));
        intro.setId("seller-orders-intro");
        add(new H1(getTranslation("seller-orders.title")), intro);
        List<Organisation> mine = organisations.byName(access.managedByCurrentUser(), getLocale());
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("my-stamps.no-organisations")));
        }
        mine.forEach(organisation -> add(new H2(organisation.details().legalName()), grid(organisation)));
    }

    /**
     * The item and its buyer share the one column that grows, and wrap there; the others are as wide as their
     * content, and the actions stack, so that nothing is cut short at a laptop's width.
     */
    private Component grid(Organisation organisation) {
        Grid<Order> grid = new Grid<>();
        grid.addComponentColumn(order -> twoLines(new Span(order.number()), BrowserTime.dateTime(order.createdAt())))
                .setHeader(getTranslation("seller-orders.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(order -> twoLines(new Anchor(MarketLinks.listing(order.listingId()), order.title()),
                        order.buyerEmail()))
                .setHeader(getTranslation("seller-orders.item-and-buyer")).setWidth("12rem").setFlexGrow(1);
        grid.addComponentColumn(order -> twoLines(new Span(LocalizedFormats.money(order.total(), getLocale())),
                        order.paymentMethod() == null ? "" : getTranslation("seller-orders.payment." + order.paymentMethod().name())))
                .setHeader(getTranslation("seller-orders.total")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(order -> order.status().holding() && order.heldUntil() != null
                        ? twoLines(new OrderStatusBadge(order.status()),
                                getTranslation("seller-orders.held-until", BrowserTime.dateTime(order.heldUntil())))
                        : new OrderStatusBadge(order.status()))
                .setHeader(getTranslation("seller-orders.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(order -> actions(organisation, order, grid))
                .setHeader(getTranslation("seller-orders.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> orders.ordersOf(organisation.id(), query.getOffset(), query.getLimit()).stream(),
                query -> orders.countOf(organisation.id()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setPageSize(25);
        grid.setEmptyStateText(getTranslation("seller-orders.empty"));
        grid.setId("seller-orders-" + organisation.id());
        return grid;
    }

    private Component actions(Organisation organisation, Order order, Grid<Order> grid) {
        VerticalLayout actions = new VerticalLayout();
        actions.setPadding(false);
        actions.setSpacing(false);
        actions.addClassName(LumoUtility.Gap.XSMALL);
        if (order.status() == OrderStatus.AWAITING_PICKUP || order.status() == OrderStatus.PAID) {
            Button handOver = new Button(getTranslation("seller-orders.hand-over"), click -> ConfirmStep.ask(this,
                    order.status() == OrderStatus.AWAITING_PICKUP ? "seller-orders.hand-over-paid-now"
                            : "seller-orders.hand-over-paid-online", "primary", "hand-over-dialog", () -> {
                        if (Attempt.run(this, () -> orders.confirmHandOver(organisation.id(), order.id()))) {
                            Feedback.success(getTranslation("seller-orders.handed-over", order.number()));
                            grid.getDataProvider().refreshAll();
                        }
                    }));
            handOver.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            handOver.setId("hand-over-" + order.number());
            actions.add(handOver);
        }
        if (order.status() == OrderStatus.AWAITING_PICKUP) {
            Button cancel = new Button(getTranslation("seller-orders.cancel"),
                    click -> askCancellation(organisation, order, grid));
            cancel.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            cancel.setId("cancel-pickup-" + order.number());
            actions.add(cancel);
        }
        return actions;
    }

    private static Div twoLines(Component first, String second) {
        Span secondLine = new Span(second);
        secondLine.addClassName("secondary-line");
        return new Div(new Div(first), secondLine);
    }

    /** The buyer reads the reason, so it is asked for before the pickup is cancelled. */
    private void askCancellation(Organisation organisation, Order order, Grid<Order> grid) {
        new ReasonStep(getTranslation("seller-orders.cancel.title", order.number()), getTranslation("seller-orders.cancel.text"),
                getTranslation("seller-orders.cancel.reason"), getTranslation("seller-orders.cancel"),
                getTranslation("order.error.reason-required"), TextLimits.REASON, "cancel").ask(reason -> {
                    boolean done = Attempt.run(this, () -> orders.cancelPickup(organisation.id(), order.id(), reason));
                    if (done) {
                        grid.getDataProvider().refreshAll();
                    }
                    return done;
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seller-orders.title");
    }
}
