package eu.reloop.handin.ui;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.Organisation;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.Site;
import eu.reloop.handin.DeviceBrought;
import eu.reloop.handin.HandIn;
import eu.reloop.handin.HandInDesk;
import eu.reloop.handin.HandInDevice;
import eu.reloop.handin.HandInFlags;
import eu.reloop.handin.HandInOutcomes;
import eu.reloop.handin.HandInLinks;
import eu.reloop.handin.HandInStatus;
import eu.reloop.handin.HandOverToConfirm;
import eu.reloop.handin.Outcome;
import eu.reloop.handin.Recycling;
import eu.reloop.identity.OrganisationAccess;
import eu.reloop.identity.Role;
import eu.reloop.search.OrganisationHit;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.shared.ui.QrScanner;
import eu.reloop.shared.ui.RuleBinder;
import eu.reloop.stamp.ui.DataErasureFields;

/**
 * The site's counter: receive a hand-in by the code its owner shows, see the day's hand-ins, correct what the owner
 * said they bring, and record each data-bearing device's erasure (or destruction). Also how many hand-ins each site
 * takes per hour.
 */
@Route(value = HandInLinks.DESK_ROUTE, layout = MainLayout.class)
@Menu(order = 28.5, icon = "vaadin:clipboard-user", title = "menu.hand-in-desk")
@RolesAllowed({Role.REUSE_CENTRE_NAME, Role.REPAIRER_NAME})
class HandInDeskView extends VerticalLayout implements HasDynamicTitle {

    private final transient HandInDesk desk;
    private final transient HandInOutcomes outcomes;
    private final transient HandInFlags flags;
    private final transient Organisations organisations;
    private final List<DeviceCategory> taxonomy;
    private final Select<Organisation> organisation = new Select<>();
    private final DatePicker day = new DatePicker();
    private final Div dayList = new Div();
    private final Div opened = new Div();
    private final Div capacities = new Div();
    private final Div handOvers = new Div();
    private final Div flagged = new Div();

    HandInDeskView(HandInDesk desk, HandInOutcomes outcomes, HandInFlags flags, Organisations organisations,
            OrganisationAccess access) {
        this.desk = desk;
        this.outcomes = outcomes;
        this.flags = flags;
        this.organisations = organisations;
        this.taxonomy = organisations.categories();
        addClassName("hand-in-desk");
        setMaxWidth("64rem");
        add(new H1(getTranslation("handin.desk.title")), new Paragraph(getTranslation("handin.desk.intro")));
        List<Organisation> mine = organisations.byName(access.managedByCurrentUser(), getLocale());
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("handin.desk.no-organisations"));
            none.setId("no-organisations");
            add(none);
            return;
        }
        organisation.setLabel(getTranslation("handin.desk.organisation"));
        organisation.setItems(mine);
        organisation.setItemLabelGenerator(shown -> shown.details().legalName());
        organisation.setValue(mine.getFirst());
        organisation.setVisible(mine.size() > 1);
        organisation.setId("desk-organisation");
        organisation.addValueChangeListener(change -> {
            opened.removeAll();
            showDay();
            showHandOvers();
            showFlags();
            showCapacities();
        });
        day.setLabel(getTranslation("handin.desk.day"));
        day.setValue(BrowserTime.today());
        day.setId("desk-day");
        day.addValueChangeListener(change -> showDay());
        dayList.setId("desk-day-list");
        opened.setId("desk-hand-in");
        handOvers.setId("desk-hand-overs");
        add(organisation, receiveForm(), opened, new H2(getTranslation("handin.desk.day-title")), day, dayList,
                new H2(getTranslation("handin.desk.flags-title")), flagged,
                new H2(getTranslation("handin.desk.hand-overs-title")), handOvers,
                new H2(getTranslation("handin.desk.capacity-title")), capacities);
        showDay();
        showHandOvers();
        showFlags();
        showCapacities();
    }

    private void showFlags() {
        flagged.removeAll();
        FlagList list = new FlagList(flags.flagsOf(organisationId()), false);
        list.setId("desk-flags");
        flagged.add(list);
    }

    private UUID organisationId() {
        return organisation.getValue().id();
    }

    private Component receiveForm() {
        TextField code = new TextField(getTranslation("handin.desk.code"));
        code.setHelperText(getTranslation("handin.desk.code.help"));
        code.setMaxLength(TextLimits.LABEL);
        code.setId("desk-code");
        Button receive = new Button(getTranslation("handin.desk.receive"), click -> receive(code));
        receive.addThemeVariants(ButtonVariant.PRIMARY);
        receive.addClickShortcut(Key.ENTER);
        receive.setId("desk-receive");
        // The receipt's QR code holds the code: scanned, it is received as if typed.
        QrScanner scanner = new QrScanner("desk-", scanned -> {
            code.setValue(scanned);
            receive(code);
        });
        HorizontalLayout form = new HorizontalLayout(code, receive);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return new Div(form, scanner);
    }

    private void receive(TextField code) {
        Attempt.get(this, FormFields.of("code", code), () -> desk.receive(organisationId(), code.getValue()))
                .ifPresent(received -> {
                    code.clear();
                    Feedback.success(getTranslation("handin.desk.received", received.code().display()));
                    open(received);
                    showDay();
                });
    }

    private void showDay() {
        dayList.removeAll();
        if (day.getValue() == null) {
            return;
        }
        List<HandIn> booked = desk.day(organisationId(), day.getValue());
        if (booked.isEmpty()) {
            dayList.add(new Paragraph(getTranslation("handin.desk.day-empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (HandIn handIn : booked) {
            Button open = new Button(getTranslation("handin.desk.open"), click -> open(desk.handIn(organisationId(),
                    handIn.id())));
            open.addThemeVariants(ButtonVariant.TERTIARY);
            open.setId("desk-open-" + handIn.code().value());
            ListItem item = new ListItem(new Span(LocalizedFormats.time(handIn.slotStart().atZone(handIn.siteTimeZone())
                    .toLocalTime(), getLocale()) + " · " + handIn.code().display() + " · " + handIn.siteName() + " · "
                    + (handIn.ownerName() == null ? getTranslation("handin.desk.owner-gone") : handIn.ownerName()) + " · "
                    + getTranslation("handin.desk.devices", handIn.devices().size()) + " · "
                    + getTranslation("handin.status." + handIn.status().name())), open);
            item.addClassName("desk-hand-in");
            list.add(item);
        }
        dayList.add(list);
    }

    /** One hand-in: its devices, each to correct while not erased, and to erase once received. */
    private void open(HandIn handIn) {
        opened.removeAll();
        opened.addClassName("order-card");
        opened.add(new H2(getTranslation("handin.desk.hand-in", handIn.code().display())),
                new Paragraph(getTranslation("handin.desk.owner", handIn.ownerName() == null
                        ? getTranslation("handin.desk.owner-gone") : handIn.ownerName())));
        for (HandInDevice device : handIn.devices()) {
            opened.add(deviceSection(handIn, device));
        }
    }

    private Component deviceSection(HandIn handIn, HandInDevice device) {
        Div section = new Div(new H3(DeviceLabels.of(device.category(), device.brand(), device.model(), taxonomy,
                getLocale()) + (device.serial() == null ? "" : " · " + device.maskedSerial())));
        section.setId("desk-device-" + device.position());
        section.addClassName("desk-device");
        if (handIn.status() != HandInStatus.RECEIVED) {
            return section;
        }
        if (device.certificateCode() != null) {
            Paragraph done = new Paragraph(getTranslation("handin.desk.certified", device.certificateCode().display()));
            done.setId("desk-certified-" + device.position());
            section.add(done);
        } else if (device.outcome() == null) {
            section.add(correction(handIn, device));
        }
        Outcome outcome = device.outcome();
        if (outcome != null) {
            Paragraph recorded = new Paragraph(getTranslation("handin.outcome." + outcome.kind().name()
                    + (outcome.awaitsConfirmation() ? ".unconfirmed" : "")));
            recorded.setId("desk-outcome-" + device.position());
            section.add(recorded);
        } else if (device.awaitsErasure()) {
            section.add(erasureForm(handIn, device));
        } else {
            section.add(outcomeForm(handIn, device));
        }
        return section;
    }

    private Component erasureForm(HandIn handIn, HandInDevice device) {
        DataErasureFields erasure = new DataErasureFields(null, "erasure-" + device.position() + "-");
        erasure.dateTodayIfEmpty();
        Button record = new Button(getTranslation("handin.desk.record-erasure"), click -> erasure.value()
                .flatMap(value -> Attempt.get(this, erasure.formFields(),
                        () -> desk.recordErasure(organisationId(), handIn.id(), device.id(), value)))
                .ifPresent(code -> {
                    Feedback.success(getTranslation("handin.desk.erasure-recorded", code.display()));
                    open(desk.handIn(organisationId(), handIn.id()));
                }));
        record.addThemeVariants(ButtonVariant.PRIMARY);
        record.setId("record-erasure-" + device.position());
        return new Div(new Paragraph(getTranslation("handin.desk.erasure.help")), erasure, record);
    }

    /** Refurbish here, hand over to a certified reuse centre, or recycle. */
    private Component outcomeForm(HandIn handIn, HandInDevice device) {
        int position = device.position();
        Runnable reopen = () -> open(desk.handIn(organisationId(), handIn.id()));
        Button refurbish = new Button(getTranslation("handin.desk.refurbish"), click -> {
            if (Attempt.run(this, () -> outcomes.refurbish(organisationId(), handIn.id(), device.id()))) {
                Feedback.success(getTranslation("handin.desk.refurbished"));
                reopen.run();
            }
        });
        refurbish.setId("refurbish-" + position);

        Select<OrganisationHit> receiver = new Select<>();
        receiver.setLabel(getTranslation("handin.desk.receiver"));
        receiver.setItems(outcomes.receivers(organisationId(), handIn.id(), device.category()));
        receiver.setItemLabelGenerator(hit -> hit.name() + " · " + hit.siteName() + " ("
                + LocalizedFormats.distance(hit.distanceKm(), getLocale()) + ")");
        receiver.setId("receiver-" + position);
        Button handOver = new Button(getTranslation("handin.desk.hand-over"), click -> {
            OrganisationHit chosen = receiver.getValue();
            if (chosen != null && Attempt.run(this, FormFields.of("receiverId", receiver),
                    () -> outcomes.handOver(organisationId(), handIn.id(), device.id(), chosen.organisationId()))) {
                Feedback.success(getTranslation("handin.desk.handed-over", chosen.name()));
                reopen.run();
            }
        });
        handOver.setId("hand-over-" + position);
        HorizontalLayout handOverRow = new HorizontalLayout(receiver, handOver);
        handOverRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        BeanValidationBinder<Recycling> binder = RuleBinder.of(Recycling.class);
        TextField recycler = new TextField(getTranslation("handin.desk.recycler"));
        recycler.setMaxLength(TextLimits.NAME);
        recycler.setId("recycler-" + position);
        binder.forField(recycler).bind("recycler");
        FormLayout recycling = new FormLayout(recycler);
        for (String part : List.of("weightGrams", "metalsGrams", "plasticsGrams", "glassGrams", "otherGrams")) {
            IntegerField grams = new IntegerField(getTranslation("handin.desk.grams." + part));
            grams.setMin(0);
            grams.setMax(Recycling.MAX_GRAMS);
            grams.setId(part + "-" + position);
            binder.forField(grams).withNullRepresentation(0).bind(part);
            recycling.add(grams);
        }
        Button recycle = new Button(getTranslation("handin.desk.recycle"), click -> {
            Recycling value;
            try {
                value = binder.writeRecord();
            } catch (ValidationException marked) {
                return;
            }
            if (Attempt.run(this, FormFields.of(binder), () -> outcomes.recycle(organisationId(), handIn.id(),
                    device.id(), value))) {
                Feedback.success(getTranslation("handin.desk.recycled"));
                reopen.run();
            }
        });
        recycle.setId("recycle-" + position);
        return new Div(new H3(getTranslation("handin.desk.outcome-title")), refurbish, handOverRow, recycling, recycle);
    }

    /** Devices other sites handed over to this organisation, to confirm once they are here. */
    private void showHandOvers() {
        handOvers.removeAll();
        List<HandOverToConfirm> waiting = outcomes.awaitingConfirmation(organisationId());
        if (waiting.isEmpty()) {
            handOvers.add(new Paragraph(getTranslation("handin.desk.no-hand-overs")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (HandOverToConfirm device : waiting) {
            Button confirm = new Button(getTranslation("handin.desk.confirm"), click -> {
                if (Attempt.run(this, () -> outcomes.confirmHandOver(organisationId(), device.deviceId()))) {
                    Feedback.success(getTranslation("handin.desk.confirmed"));
                    showHandOvers();
                }
            });
            confirm.setId("confirm-" + device.deviceId());
            list.add(new ListItem(new Span(DeviceLabels.of(device.category(), device.brand(), device.model(), taxonomy,
                    getLocale()) + (device.maskedSerial().isEmpty() ? "" : " · " + device.maskedSerial()) + " · "
                    + device.fromSite() + " · " + BrowserTime.date(device.handedOverAt()) + " "), confirm));
        }
        handOvers.add(list);
    }

    private Component correction(HandIn handIn, HandInDevice device) {
        DeviceFields fields = new DeviceFields(taxonomy, "correct-" + device.position() + "-");
        // The serial stays masked: the field starts empty, and empty keeps the one on record.
        fields.serial().setPlaceholder(device.maskedSerial());
        fields.serial().setHelperText(getTranslation("handin.desk.serial.help"));
        fields.read(new DeviceBrought(device.category(), device.brand(), device.model(), null, device.holdsData()));
        Button save = new Button(getTranslation("handin.desk.correct"), click -> fields.value().ifPresent(corrected -> {
            DeviceBrought kept = corrected.serial() == null ? new DeviceBrought(corrected.category(), corrected.brand(),
                    corrected.model(), device.serial(), corrected.holdsData()) : corrected;
            if (Attempt.run(this, fields.formFields(), () -> desk.correctDevice(organisationId(), handIn.id(),
                    device.id(), kept))) {
                Feedback.success(getTranslation("handin.desk.corrected"));
                open(desk.handIn(organisationId(), handIn.id()));
            }
        }));
        save.setId("correct-device-" + device.position());
        Div correction = new Div(fields, save);
        correction.addClassName("desk-correction");
        return correction;
    }

    private void showCapacities() {
        capacities.removeAll();
        organisations.profile(organisationId()).ifPresent(profile -> {
            for (Site site : profile.sites()) {
                IntegerField perHour = new IntegerField(getTranslation("handin.desk.per-hour", site.details().name()));
                perHour.setMin(1);
                perHour.setMax(HandInDesk.MAX_PER_HOUR);
                perHour.setStepButtonsVisible(true);
                perHour.setValue(desk.capacity(organisationId(), site.id()));
                perHour.setId("per-hour-" + site.id());
                Button save = new Button(getTranslation("handin.desk.save-per-hour"), click -> {
                    Integer value = perHour.getValue();
                    if (value != null && Attempt.run(this, FormFields.of("perHour", perHour),
                            () -> desk.setCapacity(organisationId(), site.id(), value))) {
                        Feedback.success(getTranslation("handin.desk.per-hour-saved"));
                    }
                });
                save.setId("save-per-hour-" + site.id());
                HorizontalLayout row = new HorizontalLayout(perHour, save);
                row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
                capacities.add(row);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handin.desk.title");
    }
}
