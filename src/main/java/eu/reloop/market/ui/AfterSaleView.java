package eu.reloop.market.ui;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.directory.Organisation;
import eu.reloop.directory.Organisations;
import eu.reloop.identity.OrganisationAccess;
import eu.reloop.identity.Role;
import eu.reloop.market.ClaimOutcome;
import eu.reloop.market.ClaimStatus;
import eu.reloop.market.MarketLinks;
import eu.reloop.market.OrderReturn;
import eu.reloop.market.PaymentMethod;
import eu.reloop.market.ReturnStatus;
import eu.reloop.market.Returns;
import eu.reloop.market.WarrantyClaim;
import eu.reloop.market.WarrantyClaims;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.ConfirmStep;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;

/**
 * The centre's side of after the sale: returns to approve or refuse, and warranty claims to answer,
 * overdue ones first and marked, for each organisation the user works for.
 */
@Route(value = MarketLinks.AFTER_SALE, layout = MainLayout.class)
@Menu(order = 29, icon = "vaadin:exchange", title = "menu.after-sale")
@RolesAllowed(Role.REUSE_CENTRE_NAME)
class AfterSaleView extends VerticalLayout implements HasDynamicTitle {


    private final transient Returns returns;
    private final transient WarrantyClaims claims;
    private final Div sections = new Div();
    private final List<Organisation> mine;

    AfterSaleView(Organisations organisations, OrganisationAccess access, Returns returns, WarrantyClaims claims) {
        this.returns = returns;
        this.claims = claims;
        addClassName("after-sale");
        setMaxWidth("80rem");
        add(new H1(getTranslation("after-sale.title")), new Paragraph(getTranslation("after-sale.intro")));
        mine = organisations.byName(access.managedByCurrentUser(), getLocale());
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("after-sale.no-organisations"));
            empty.setId("no-organisations");
            add(empty);
            return;
        }
        sections.setWidthFull();
        add(sections);
        refresh();
    }

    private void refresh() {
        sections.removeAll();
        mine.forEach(organisation -> sections.add(section(organisation)));
    }

    private Component section(Organisation organisation) {
        UUID organisationId = organisation.id();
        Div section = new Div(new H2(organisation.details().legalName()),
                new H3(getTranslation("after-sale.returns")), returnGrid(organisationId),
                new H3(getTranslation("after-sale.claims")), claimGrid(organisationId));
        section.addClassName("after-sale-organisation");
        section.getElement().setAttribute("data-organisation", organisationId.toString());
        return section;
    }

    private Grid<OrderReturn> returnGrid(UUID organisationId) {
        Grid<OrderReturn> grid = new Grid<>();
        grid.addColumn(shown -> BrowserTime.date(shown.requestedAt())).setHeader(getTranslation("after-sale.asked"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(shown -> shown.orderNumber() + " · " + shown.title()).setHeader(getTranslation("after-sale.order"))
                .setFlexGrow(1);
        grid.addColumn(OrderReturn::reason).setHeader(getTranslation("after-sale.reason")).setFlexGrow(2);
        grid.addColumn(shown -> LocalizedFormats.money(shown.amount(), getLocale()))
                .setHeader(getTranslation("after-sale.amount")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(shown -> getTranslation("after-sale.return-status." + shown.status().name()))
                .setHeader(getTranslation("after-sale.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(shown -> returnActions(organisationId, shown)).setHeader(getTranslation("after-sale.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(returns.returnsOf(organisationId));
        return styled(grid, "after-sale.no-returns", "returns-" + organisationId);
    }

    private Component returnActions(UUID organisationId, OrderReturn shown) {
        HorizontalLayout actions = new HorizontalLayout();
        if (shown.status() == ReturnStatus.REFUND_FAILED) {
            actions.add(action("after-sale.refund-paid", "refund-paid-" + shown.id(), ButtonVariant.PRIMARY,
                    () -> ConfirmStep.ask(this, "after-sale.confirm-refund-paid", "primary", "confirm-refund-paid", () -> {
                        if (Attempt.run(this, () -> returns.recordRefundPaid(organisationId, shown.id()))) {
                            Feedback.success(getTranslation("after-sale.refund-recorded"));
                        }
                        refresh();
                    })));
        }
        if (shown.status() != ReturnStatus.REQUESTED) {
            return actions;
        }
        String confirmKey = shown.paymentMethod() == PaymentMethod.AT_PICKUP ? "after-sale.approve-pickup"
                : "after-sale.approve-online";
        actions.add(action("after-sale.approve", "approve-return-" + shown.id(), ButtonVariant.SUCCESS,
                () -> ConfirmStep.ask(this, confirmKey, "primary success", "confirm-return", () -> {
                    if (Attempt.run(this, () -> returns.approveReturn(organisationId, shown.id()))) {
                        Feedback.success(getTranslation("after-sale.approved"));
                    }
                    refresh();
                })));
        actions.add(action("after-sale.refuse", "refuse-return-" + shown.id(), ButtonVariant.ERROR,
                () -> askAnswer(shown.orderNumber() + " · " + shown.title(), shown.reason(), null,
                        "after-sale.refuse", answer -> returns.refuseReturn(organisationId, shown.id(), answer))));
        return actions;
    }

    private Grid<WarrantyClaim> claimGrid(UUID organisationId) {
        Grid<WarrantyClaim> grid = new Grid<>();
        grid.addColumn(claim -> BrowserTime.date(claim.filedAt())).setHeader(getTranslation("after-sale.filed"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(claim -> claim.orderNumber() + " · " + claim.title()).setHeader(getTranslation("after-sale.order"))
                .setFlexGrow(1);
        grid.addColumn(WarrantyClaim::description).setHeader(getTranslation("after-sale.description")).setFlexGrow(2);
        grid.addComponentColumn(this::deadline).setHeader(getTranslation("after-sale.due")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(claim -> claim.outcome() == null ? getTranslation("after-sale.claim-open")
                : getTranslation("claim-outcome." + claim.outcome().name()))
                .setHeader(getTranslation("after-sale.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(claim -> claimActions(organisationId, claim)).setHeader(getTranslation("after-sale.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(claim -> claim.overdue() ? "overdue" : null);
        grid.setItems(claims.claimsOf(organisationId));
        return styled(grid, "after-sale.no-claims", "claims-" + organisationId);
    }

    private Component deadline(WarrantyClaim claim) {
        Span due = new Span(claim.status() == ClaimStatus.OPEN || claim.answeredAt() == null
                ? BrowserTime.date(claim.answerDue())
                : getTranslation("after-sale.answered-on", BrowserTime.date(claim.answeredAt())));
        if (claim.overdue()) {
            Span overdue = new Span(getTranslation("after-sale.overdue"));
            overdue.getElement().getThemeList().add("badge error");
            overdue.addClassName("overdue-badge");
            return new HorizontalLayout(due, overdue);
        }
        return due;
    }

    private Component claimActions(UUID organisationId, WarrantyClaim claim) {
        HorizontalLayout actions = new HorizontalLayout();
        if (claim.status() == ClaimStatus.OPEN) {
            actions.add(action("after-sale.answer", "answer-claim-" + claim.id(), ButtonVariant.PRIMARY,
                    () -> askAnswer(claim.orderNumber() + " · " + claim.title(), claim.description(), claim,
                            "after-sale.answer", null)));
        }
        return actions;
    }

    /**
     * The answer to a return refusal (claim null) or to a claim, with its outcome: required, since the
     * buyer reads it, and final.
     */
    private void askAnswer(String heading, String asked, @Nullable WarrantyClaim claim, String key,
            @Nullable Consumer<String> refusal) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(key + ".title", heading));
        dialog.setId("after-sale-dialog");
        Paragraph question = new Paragraph(getTranslation("after-sale.buyer-wrote", asked));
        question.addClassName("buyer-wrote");
        dialog.add(question);
        Select<ClaimOutcome> outcome = new Select<>();
        if (claim != null) {
            dialog.add(new ClaimPhotos(claims, claim));
            outcome.setLabel(getTranslation("after-sale.outcome"));
            outcome.setItems(ClaimOutcome.values());
            outcome.setItemLabelGenerator(value -> getTranslation("claim-outcome." + value.name()));
            outcome.setRequiredIndicatorVisible(true);
            outcome.setId("claim-outcome");
            dialog.add(outcome);
        }
        TextArea answer = new TextArea(getTranslation(key + ".answer"));
        answer.setHelperText(getTranslation(key + ".help"));
        answer.setRequired(true);
        answer.setWidth("32rem");
        // Refusing a return and answering a claim are both reasons the buyer reads.
        answer.setMaxLength(TextLimits.REASON);
        answer.setId("after-sale-answer");
        dialog.add(answer);
        Button cancel = new Button(getTranslation("editor.cancel"), click -> dialog.close());
        Button send = new Button(getTranslation(key + ".button"), click -> {
            Runnable step = claim == null ? () -> Objects.requireNonNull(refusal).accept(answer.getValue())
                    : () -> claims.answerClaim(claim.sellerOrganisationId(), claim.id(), outcome.getValue(),
                            answer.getValue());
            Runnable submit = () -> {
                if (Attempt.run(this, FormFields.of("answer", answer).and("outcome", outcome), step)) {
                    Feedback.success(getTranslation("after-sale.answered"));
                    dialog.close();
                    refresh();
                }
            };
            // Money goes back at once and the answer is final: as with a return, the seller confirms first.
            if (claim != null && outcome.getValue() == ClaimOutcome.REFUND) {
                ConfirmStep.ask(this, "after-sale.confirm-refund", "primary error", "confirm-refund", submit);
            } else {
                submit.run();
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("after-sale-send");
        dialog.getFooter().add(cancel, send);
        dialog.open();
    }

    private Button action(String key, String id, ButtonVariant variant, Runnable onClick) {
        Button button = new Button(getTranslation(key), click -> onClick.run());
        button.addThemeVariants(ButtonVariant.SMALL, variant);
        button.setId(id);
        return button;
    }

    private <T> Grid<T> styled(Grid<T> grid, String emptyKey, String id) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation(emptyKey));
        grid.setId(id);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("after-sale.title");
    }
}
