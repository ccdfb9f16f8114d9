package eu.reloop.market.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.directory.Organisations;
import eu.reloop.directory.SitePlace;
import eu.reloop.market.MarketLinks;
import eu.reloop.market.Warranties;
import eu.reloop.market.Warranty;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.ConfirmStep;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.stamp.LostItems;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.StampLinks;

/** The buyer's warranties: one per stamped item bought, with its term, its stamp, and the way to claim. */
@Route(value = MarketLinks.WARRANTIES, layout = MainLayout.class)
@Menu(order = 16, icon = "vaadin:shield", title = "menu.my-warranties")
@PermitAll
class MyWarrantiesView extends VerticalLayout implements HasDynamicTitle {

    private final transient LostItems lostItems;

    MyWarrantiesView(Warranties warranties, LostItems lostItems, Organisations organisations) {
        this.lostItems = lostItems;
        addClassName("my-warranties");
        setMaxWidth("56rem");
        add(new H1(getTranslation("my-warranties.title")), new Paragraph(getTranslation("my-warranties.intro")));
        List<Warranty> mine = warranties.myWarranties();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("my-warranties.empty"));
            empty.setId("my-warranties-empty");
            add(empty);
        }
        Map<UUID, SitePlace> sellers = organisations.sitePlaces(mine.stream().map(Warranty::siteId).toList());
        mine.forEach(warranty -> add(card(warranty, warranties.inForceNow(warranty), sellers.get(warranty.siteId()))));
    }

    private Component card(Warranty warranty, boolean inForce, @Nullable SitePlace seller) {
        Div card = new Div();
        card.addClassName("order-card");
        card.setId("warranty-" + warranty.orderNumber());
        Span status = new Span(getTranslation(inForce ? "my-warranties.in-force"
                : warranty.endedAt() != null ? "my-warranties.ended" : "my-warranties.expired"));
        status.getElement().getThemeList().add(inForce ? "badge success" : "badge contrast");
        String code = StampCode.parse(warranty.stampCode()).map(StampCode::display).orElse(warranty.stampCode());
        Anchor stamp = new Anchor(StampLinks.verify(warranty.stampCode()), getTranslation("my-warranties.stamp", code));
        card.add(new H2(warranty.title()), new HorizontalLayout(status, new Span(warranty.orderNumber()), stamp),
                new Paragraph(getTranslation("my-warranties.term", LocalizedFormats.date(warranty.startsOn(), getLocale()),
                        LocalizedFormats.date(warranty.endsOn(), getLocale()))));
        if (inForce) {
            Anchor claim = new Anchor(MarketLinks.claim(warranty.id()), getTranslation("my-warranties.claim"));
            claim.setId("claim-" + warranty.orderNumber());
            claim.addClassName("card-link");
            card.add(claim);
        }
        if (inForce && seller != null) {
            StatutoryRightsNotice.of(seller.country(), "rights-" + warranty.orderNumber()).ifPresent(card::add);
        }
        if (warranty.endedAt() == null) {
            card.add(lostOrStolen(warranty));
        }
        return card;
    }

    /** Reporting the item makes its stamp's check say so and keeps it from being stamped or sold again. */
    private Component lostOrStolen(Warranty warranty) {
        StampCode code = new StampCode(warranty.stampCode());
        Div place = new Div();
        Runnable showReported = () -> {
            Span reported = new Span(getTranslation("my-warranties.reported-lost"));
            reported.getElement().getThemeList().add("badge error");
            reported.setId("reported-lost-" + warranty.orderNumber());
            place.removeAll();
            place.add(reported);
        };
        if (lostItems.reportOn(code).isPresent()) {
            showReported.run();
            return place;
        }
        Button report = new Button(getTranslation("my-warranties.report-lost"), click -> ConfirmStep.ask(this,
                "my-warranties.report-lost", "error primary", "report-lost-dialog", () -> {
                    if (Attempt.run(this, () -> lostItems.reportOwnItem(code, null))) {
                        showReported.run();
                        Feedback.success(getTranslation("my-warranties.report-lost.done"));
                    }
                }));
        report.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        report.setId("report-lost-" + warranty.orderNumber());
        place.add(report);
        return place;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-warranties.title");
    }
}
