package eu.reloop.handin.ui;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.directory.DeviceCategory;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.Place;
import eu.reloop.geo.ui.PlaceField;
import eu.reloop.handin.Booking;
import eu.reloop.handin.DeviceBrought;
import eu.reloop.handin.HandInLinks;
import eu.reloop.handin.HandIns;
import eu.reloop.search.OrganisationHit;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;

/**
 * Book a hand-in: list the devices, find a site near a place that erases their data, pick a free slot in its
 * opening hours. The receipt with the hand-in's code follows.
 */
@Route(value = HandInLinks.BOOK_ROUTE, layout = MainLayout.class)
@Menu(order = 14, icon = "vaadin:recycle", title = "menu.hand-in")
@PermitAll
class BookHandInView extends VerticalLayout implements HasDynamicTitle {

    private static final int DAYS_TRIED = 14;

    private final transient HandIns handIns;
    private final List<DeviceCategory> taxonomy;
    private final List<DeviceBrought> devices = new ArrayList<>();
    private final UnorderedList deviceList = new UnorderedList();
    private final DeviceFields device;
    private final PlaceField place;
    private final RadioButtonGroup<OrganisationHit> sites = new RadioButtonGroup<>();
    private final DatePicker date = new DatePicker();
    private final Select<ZonedDateTime> slot = new Select<>();

    BookHandInView(HandIns handIns, Gazetteer gazetteer) {
        this.handIns = handIns;
        this.taxonomy = handIns.categories();
        this.place = new PlaceField(gazetteer);
        this.device = new DeviceFields(taxonomy, "device-");
        addClassName("book-hand-in");
        setMaxWidth("56rem");
        add(new H1(getTranslation("handin.book.title")), new Paragraph(getTranslation("handin.book.intro")),
                devicesSection(), whereSection(), whenSection());
        Button book = new Button(getTranslation("handin.book.book"), VaadinIcon.CHECK.create(), click -> book());
        book.addThemeVariants(ButtonVariant.PRIMARY);
        book.setId("book-hand-in");
        add(book);
    }

    private Component devicesSection() {
        device.serial().setHelperText(getTranslation("handin.device.serial.help"));
        Button add = new Button(getTranslation("handin.book.add-device"), VaadinIcon.PLUS.create(), click -> addDevice());
        add.setId("add-device");
        deviceList.setId("devices");
        Paragraph none = new Paragraph(getTranslation("handin.book.no-devices"));
        none.setId("no-devices");
        deviceList.add(none);
        return new Div(new H2(getTranslation("handin.book.devices")), deviceList,
                device, add);
    }

    private Component whereSection() {
        place.setLabel(getTranslation("handin.book.place"));
        place.setId("hand-in-place");
        place.addValueChangeListener(change -> findSites());
        sites.setLabel(getTranslation("handin.book.site"));
        sites.setItemLabelGenerator(hit -> hit.name() + " · " + hit.siteName() + ", " + hit.address() + " ("
                + LocalizedFormats.distance(hit.distanceKm(), getLocale()) + ")");
        sites.setId("hand-in-sites");
        sites.addValueChangeListener(change -> firstDayWithFreeTime());
        return new Div(new H2(getTranslation("handin.book.where")), new Paragraph(getTranslation("handin.book.where.help")),
                place, sites, new Paragraph(new Span(Gazetteer.ATTRIBUTION)));
    }

    private Component whenSection() {
        date.setLabel(getTranslation("handin.book.date"));
        date.setMin(BrowserTime.today());
        date.setId("hand-in-date");
        date.addValueChangeListener(change -> showSlots());
        slot.setLabel(getTranslation("handin.book.slot"));
        slot.setItemLabelGenerator(shown -> LocalizedFormats.time(shown.toLocalTime(), getLocale()));
        slot.setEmptySelectionAllowed(false);
        slot.setId("hand-in-slot");
        return new Div(new H2(getTranslation("handin.book.when")), new FormLayout(date, slot));
    }

    private void addDevice() {
        device.value().ifPresent(added -> {
            devices.add(added);
            showDevices();
            device.clearForNext();
            findSites();
        });
    }

    private void showDevices() {
        deviceList.removeAll();
        for (DeviceBrought shown : devices) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                devices.remove(shown);
                showDevices();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.setAriaLabel(getTranslation("handin.book.remove-device"));
            ListItem item = new ListItem(new Span(DeviceLabels.of(shown.category(), shown.brand(), shown.model(),
                    taxonomy, getLocale())), remove);
            item.addClassName("hand-in-device");
            deviceList.add(item);
        }
    }

    /** Sites that erase the first device's kind; booking checks the others. */
    private void findSites() {
        Place chosen = place.getValue();
        if (chosen == null || devices.isEmpty()) {
            return;
        }
        Attempt.get(this, () -> handIns.sitesNear(chosen.location(), devices.getFirst().category())).ifPresent(found -> {
            sites.setItems(found);
            sites.setHelperText(found.isEmpty() ? getTranslation("handin.book.no-sites") : null);
        });
    }

    /** Offers the first day within two weeks the chosen site has free time, which is what most people want. */
    private void firstDayWithFreeTime() {
        OrganisationHit site = sites.getValue();
        if (site == null) {
            return;
        }
        handIns.firstDayWithFreeSlots(site.siteId(), BrowserTime.today(), DAYS_TRIED).ifPresent(date::setValue);
        showSlots();
    }

    private void showSlots() {
        OrganisationHit site = sites.getValue();
        LocalDate day = date.getValue();
        if (site == null || day == null) {
            return;
        }
        List<ZonedDateTime> free = handIns.freeSlots(site.siteId(), day);
        slot.setItems(free);
        slot.setHelperText(free.isEmpty() ? getTranslation("handin.book.no-slots") : null);
    }

    private void book() {
        OrganisationHit site = sites.getValue();
        ZonedDateTime start = slot.getValue();
        FormFields fields = FormFields.of("siteId", sites).and("slotStart", slot);
        Attempt.get(this, fields, () -> handIns.book(new Booking(site == null ? null : site.siteId(),
                start == null ? null : start.toInstant(), List.copyOf(devices)), getLocale()))
                .ifPresent(booked -> getUI().ifPresent(ui -> ui.navigate(HandInLinks.receipt(booked.id()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handin.book.title");
    }
}
