package eu.reloop.handin.ui;

import java.io.ByteArrayInputStream;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import eu.reloop.directory.DeviceCategory;
import eu.reloop.handin.ErasureCertificates;
import eu.reloop.handin.HandIn;
import eu.reloop.handin.HandInLinks;
import eu.reloop.handin.HandIns;
import eu.reloop.shared.Ids;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.QrCodes;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.ConfirmStep;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;

/** The receipt of one hand-in: its code and QR code to show at the counter, and, until then, move or cancel. */
@Route(value = HandInLinks.RECEIPT_ROUTE, layout = MainLayout.class)
@PermitAll
class HandInReceiptView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient HandIns handIns;
    private final transient ErasureCertificates certificates;
    private final List<DeviceCategory> taxonomy;

    HandInReceiptView(HandIns handIns, ErasureCertificates certificates) {
        this.handIns = handIns;
        this.certificates = certificates;
        this.taxonomy = handIns.categories();
        addClassName("hand-in-receipt");
        setMaxWidth("56rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get("handInId").flatMap(Ids::parse);
        try {
            show(handIns.mine(id.orElseThrow(() -> new UnknownRecordException("No hand-in id"))));
        } catch (UnknownRecordException notTheirs) {
            removeAll();
            Paragraph missing = new Paragraph(getTranslation("handin.receipt.unknown"));
            missing.setId("hand-in-not-found");
            add(new H1(getTranslation("handin.receipt.title")), missing);
        }
    }

    private void show(HandIn handIn) {
        removeAll();
        add(new H1(getTranslation("handin.receipt.title")));
        if (handIn.changeable()) {
            Paragraph code = new Paragraph(getTranslation("handin.receipt.code", handIn.code().display()));
            code.setId("hand-in-code");
            code.addClassName("hand-in-code");
            Image qr = new Image(DownloadHandler.fromInputStream(event -> {
                byte[] png = QrCodes.png(handIn.code().value());
                return new DownloadResponse(new ByteArrayInputStream(png), "hand-in-code.png", "image/png", png.length);
            }), getTranslation("handin.receipt.qr", handIn.code().display()));
            qr.setId("hand-in-qr");
            qr.setWidth("10rem");
            add(new Paragraph(getTranslation("handin.receipt.intro")), code, qr);
        }
        add(new HandInCard(handIn, taxonomy, handIns.custodyOf(List.of(handIn.id())), certificates, false));
        if (handIn.changeable()) {
            add(moveSection(handIn), cancelButton(handIn));
        }
    }

    private Component moveSection(HandIn handIn) {
        DatePicker date = new DatePicker(getTranslation("handin.book.date"));
        date.setMin(BrowserTime.today());
        date.setId("move-date");
        Select<ZonedDateTime> slot = new Select<>();
        slot.setLabel(getTranslation("handin.book.slot"));
        slot.setItemLabelGenerator(shown -> LocalizedFormats.time(shown.toLocalTime(), getLocale()));
        slot.setId("move-slot");
        date.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                List<ZonedDateTime> free = handIns.freeSlots(handIn.siteId(), change.getValue());
                slot.setItems(free);
                slot.setHelperText(free.isEmpty() ? getTranslation("handin.book.no-slots") : null);
            }
        });
        Button move = new Button(getTranslation("handin.receipt.move"), click -> {
            ZonedDateTime chosen = slot.getValue();
            if (Attempt.run(this, FormFields.of("slotStart", slot), () -> handIns.move(handIn.id(),
                    chosen == null ? null : chosen.toInstant()))) {
                Feedback.success(getTranslation("handin.receipt.moved"));
                show(handIns.mine(handIn.id()));
            }
        });
        move.setId("move-hand-in");
        HorizontalLayout form = new HorizontalLayout(date, slot, move);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return new Div(new H2(getTranslation("handin.receipt.move-title")), form);
    }

    private Component cancelButton(HandIn handIn) {
        Button cancel = new Button(getTranslation("handin.receipt.cancel"), click -> ConfirmStep.ask(this,
                "handin.cancel", "error primary", "cancel-hand-in-dialog", () -> {
                    if (Attempt.run(this, () -> handIns.cancel(handIn.id()))) {
                        Feedback.success(getTranslation("handin.cancel.done"));
                        show(handIns.mine(handIn.id()));
                    }
                }));
        cancel.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        cancel.setId("cancel-hand-in");
        return cancel;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handin.receipt.title");
    }
}
