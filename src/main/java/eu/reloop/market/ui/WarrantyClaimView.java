package eu.reloop.market.ui;

import java.util.List;
import java.util.Optional;

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
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import eu.reloop.market.ClaimStatus;
import eu.reloop.market.MarketLinks;
import eu.reloop.market.Warranties;
import eu.reloop.market.Warranty;
import eu.reloop.market.WarrantyClaim;
import eu.reloop.market.WarrantyClaims;
import eu.reloop.shared.Ids;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.DocumentUpload;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;

/**
 * The buyer claims under an item's warranty here: what is wrong, then photos of it while the claim is
 * open; and follows each claim to the seller's answer, with the date it is due.
 */
@Route(value = MarketLinks.CLAIM, layout = MainLayout.class)
@PermitAll
class WarrantyClaimView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {


    private final transient Warranties warranties;
    private final transient WarrantyClaims claims;
    private String title = "";

    WarrantyClaimView(Warranties warranties, WarrantyClaims claims) {
        this.warranties = warranties;
        this.claims = claims;
        addClassName("warranty-claim");
        setMaxWidth("48rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Warranty> warranty = event.getRouteParameters().get(MarketLinks.WARRANTY_ID).flatMap(Ids::parse)
                .flatMap(id -> warranties.myWarranties().stream().filter(mine -> mine.id().equals(id)).findFirst());
        show(warranty.orElse(null));
    }

    private void show(@Nullable Warranty warranty) {
        removeAll();
        title = getTranslation("claim.title");
        if (warranty == null) {
            Paragraph missing = new Paragraph(getTranslation("claim.not-found"));
            missing.setId("claim-not-found");
            add(new H1(title), missing, warrantiesLink());
            return;
        }
        title = getTranslation("claim.title-of", warranty.title());
        add(new H1(title), warrantiesLink(), new Paragraph(getTranslation("claim.warranty", warranty.orderNumber(),
                LocalizedFormats.date(warranty.startsOn(), getLocale()),
                LocalizedFormats.date(warranty.endsOn(), getLocale()))));
        List<WarrantyClaim> mine = claims.myClaims().stream()
                .filter(claim -> claim.warrantyId().equals(warranty.id())).toList();
        if (mine.stream().noneMatch(claim -> claim.status() == ClaimStatus.OPEN)) {
            add(newClaim(warranty));
        }
        mine.forEach(claim -> add(claim(warranty, claim)));
    }

    private Component newClaim(Warranty warranty) {
        if (!warranties.inForceNow(warranty)) {
            Paragraph ended = new Paragraph(getTranslation(warranty.endedAt() != null ? "claim.error.warranty-ended"
                    : "claim.error.warranty-not-in-force"));
            ended.setId("claim-unavailable");
            return ended;
        }
        TextArea description = new TextArea(getTranslation("claim.description"));
        description.setHelperText(getTranslation("claim.description.help"));
        description.setMaxLength(TextLimits.REASON);
        description.setRequired(true);
        description.setWidthFull();
        description.setId("claim-description");
        Button file = new Button(getTranslation("claim.file"), VaadinIcon.TOOLS.create(), click -> {
            if (Attempt.get(this, FormFields.of("description", description),
                    () -> claims.fileClaim(warranty.id(), description.getValue())).isPresent()) {
                Feedback.success(getTranslation("claim.filed"));
                show(warranty);
            }
        });
        file.addThemeVariants(ButtonVariant.PRIMARY);
        file.setId("file-claim");
        Div section = new Div(new H2(getTranslation("claim.new")), new Paragraph(getTranslation("claim.new.help")),
                description, file);
        section.addClassName("claim-form");
        return section;
    }

    private Component claim(Warranty warranty, WarrantyClaim claim) {
        Div section = new Div(new H2(getTranslation("claim.filed-on", BrowserTime.date(claim.filedAt()))));
        section.addClassNames("claim", claim.status() == ClaimStatus.OPEN ? "open" : "answered");
        section.getElement().setAttribute("data-claim", claim.id().toString());
        Paragraph status = new Paragraph(claim.status() == ClaimStatus.OPEN
                ? getTranslation(claim.overdue() ? "claim.overdue" : "claim.waiting", BrowserTime.date(claim.answerDue()))
                : getTranslation("claim.outcome." + claim.outcome(), BrowserTime.date(claim.answeredAt())));
        status.addClassName("claim-status");
        section.add(status, new Paragraph(getTranslation("claim.your-description", claim.description())));
        if (claim.answer() != null) {
            Paragraph answer = new Paragraph(getTranslation("claim.seller-answer", claim.answer()));
            answer.addClassName("claim-answer");
            section.add(answer);
        }
        section.add(new ClaimPhotos(claims, claim));
        if (claim.status() == ClaimStatus.OPEN) {
            DocumentUpload upload = DocumentUpload.forPhotos(WarrantyClaims.MAX_PHOTO_BYTES,
                    getTranslation("claim.photos.drop"), name -> getTranslation("claim.photos.rejected", name),
                    (name, content) -> {
                        if (Attempt.get(this, () -> claims.attachPhoto(claim.id(), content)).isPresent()) {
                            Feedback.success(getTranslation("claim.photos.added", name));
                            show(warranty);
                        }
                    });
            upload.setId("claim-photos-upload");
            section.add(upload);
        }
        return section;
    }

    private Anchor warrantiesLink() {
        Anchor link = new Anchor(MarketLinks.warranties(), getTranslation("claim.back"));
        link.getElement().setAttribute("router-link", true);
        link.setId("back-to-warranties");
        return link;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
