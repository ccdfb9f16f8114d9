package eu.reloop.repair.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.geo.ui.PlaceField;
import eu.reloop.directory.HandOver;
import eu.reloop.market.Warranties;
import eu.reloop.market.Warranty;
import eu.reloop.repair.RepairAsk;
import eu.reloop.repair.RepairLinks;
import eu.reloop.repair.RepairRequests;
import eu.reloop.search.OrganisationQuery;
import eu.reloop.search.OrganisationSearch;
import eu.reloop.shared.Ids;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnavailableException;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.shared.ui.RuleBinder;
import eu.reloop.stamp.StampCode;

/**
 * A consumer asks for a repair: the device, the fault, the hand-over, where they are, and one to three
 * repairers: those named in the link (from a profile or the repairer search) and, once the place and kind of
 * device are known, certified repairers near it. Photos are added on the request's page.
 */
@Route(value = RepairLinks.ASK, layout = MainLayout.class)
@PermitAll
class RepairAskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final double NEARBY_KM = 30;
    private static final int NEARBY_SHOWN = 15;

    private final transient RepairRequests requests;
    private final transient Organisations organisations;
    private final transient OrganisationSearch search;
    private final Select<DeviceCategory> category = new Select<>();
    private final TextField brand = new TextField();
    private final TextField model = new TextField();
    private final IntegerField year = new IntegerField();
    private final TextField stampCode = new TextField();
    private final Select<Warranty> bought = new Select<>();
    private final TextArea fault = new TextArea();
    private final RadioButtonGroup<HandOver> handOver = new RadioButtonGroup<>();
    private final PlaceField place;
    private final TextField address = new TextField();
    private final MultiSelectComboBox<UUID> repairers = new MultiSelectComboBox<>();
    private final BeanValidationBinder<RepairAsk> binder = RuleBinder.of(RepairAsk.class);
    /** Names of the repairers offered, in the order they are offered. */
    private final Map<UUID, String> offered = new LinkedHashMap<>();

    RepairAskView(RepairRequests requests, Organisations organisations, OrganisationSearch search, Gazetteer gazetteer,
            Warranties warranties) {
        this.requests = requests;
        this.organisations = organisations;
        this.search = search;
        this.place = new PlaceField(gazetteer);
        addClassName("repair-ask");
        setMaxWidth("48rem");
        add(new H1(getTranslation("repair.ask.title")), new Paragraph(getTranslation("repair.ask.intro")));

        category.setLabel(getTranslation("repair.device.category"));
        category.setItems(organisations.categories());
        category.setItemLabelGenerator(shown -> shown.name(getLocale()));
        category.setId("repair-category");
        brand.setLabel(getTranslation("repair.device.brand"));
        brand.setMaxLength(TextLimits.LABEL);
        brand.setId("repair-brand");
        model.setLabel(getTranslation("repair.device.model"));
        model.setMaxLength(TextLimits.LABEL);
        model.setId("repair-model");
        year.setLabel(getTranslation("repair.device.year"));
        year.setId("repair-year");
        stampCode.setLabel(getTranslation("repair.device.stamp"));
        stampCode.setHelperText(getTranslation("repair.device.stamp.help"));
        stampCode.setMaxLength(TextLimits.LABEL);
        stampCode.setId("repair-stamp");
        List<Warranty> underWarranty = warranties.myWarranties().stream().filter(warranties::inForceNow).toList();
        bought.setLabel(getTranslation("repair.device.bought"));
        bought.setHelperText(getTranslation("repair.device.bought.help"));
        bought.setItems(underWarranty);
        bought.setItemLabelGenerator(
                warranty -> warranty.title() + " (" + new StampCode(warranty.stampCode()).display() + ")");
        bought.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                stampCode.setValue(new StampCode(change.getValue().stampCode()).display());
            }
        });
        bought.setVisible(!underWarranty.isEmpty());
        bought.setId("repair-bought");
        fault.setLabel(getTranslation("repair.device.fault"));
        fault.setHelperText(getTranslation("repair.device.fault.help"));
        fault.setMaxLength(TextLimits.REASON);
        fault.setId("repair-fault");
        handOver.setLabel(getTranslation("repair.hand-over"));
        handOver.setItems(HandOver.values());
        handOver.setItemLabelGenerator(shown -> getTranslation("repair.hand-over." + shown.name()));
        handOver.setValue(HandOver.BRING);
        handOver.setId("repair-hand-over");
        place.setId("repair-place");
        place.setRequiredIndicatorVisible(true);
        address.setLabel(getTranslation("repair.address"));
        address.setHelperText(getTranslation("repair.address.help"));
        address.setMaxLength(TextLimits.ADDRESS);
        address.setId("repair-address");
        repairers.setLabel(getTranslation("repair.repairers"));
        repairers.setHelperText(getTranslation("repair.repairers.help", RepairAsk.MAX_REPAIRERS));
        repairers.setItemLabelGenerator(id -> offered.getOrDefault(id, ""));
        repairers.setRequiredIndicatorVisible(true);
        repairers.setId("repair-repairers");
        bind();
        category.addValueChangeListener(change -> offerNearby());
        place.addValueChangeListener(change -> offerNearby());
        handOver.addValueChangeListener(change -> address.setVisible(change.getValue() != HandOver.BRING));
        address.setVisible(false);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.add(category, 2);
        form.add(brand, model);
        form.add(year);
        form.add(bought, stampCode);
        form.add(fault, 2);
        form.add(handOver, 2);
        form.add(place, address);
        form.add(repairers, 2);
        Button send = new Button(getTranslation("repair.ask.send"), VaadinIcon.PAPERPLANE.create(), click -> send());
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("repair-send");
        add(form, send);
    }

    /** Each field shows its rule of the request as the consumer leaves it. */
    private void bind() {
        binder.forField(category).withConverter(chosen -> chosen == null ? "" : chosen.code(), code -> category.getValue())
                .bind("category");
        binder.forField(brand).bind("brand");
        binder.forField(model).bind("model");
        binder.forField(year).bind("purchaseYear");
        binder.forField(stampCode).bind("stampCode");
        binder.forField(fault).bind("fault");
        binder.forField(handOver).bind("handOver");
        binder.forField(address).bind("address");
        binder.forField(repairers).bind("repairers");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<UUID> named = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(RepairLinks.REPAIRER_PARAMETER, List.of()).stream().map(Ids::parse)
                .flatMap(java.util.Optional::stream).distinct().limit(RepairAsk.MAX_REPAIRERS).toList();
        organisations.byName(named, getLocale()).stream()
                .filter(organisation -> organisation.kind() == OrganisationKind.REPAIRER)
                .forEach(organisation -> offered.put(organisation.id(), organisation.details().legalName()));
        repairers.setItems(new ArrayList<>(offered.keySet()));
        repairers.setValue(Set.copyOf(offered.keySet()));
    }

    /** Certified repairers near the place for the kind of device, added to those offered; the chosen stay chosen. */
    private void offerNearby() {
        if (category.getValue() == null || place.getValue() == null) {
            return;
        }
        GeoPoint origin = place.getValue().location();
        OrganisationQuery query = new OrganisationQuery(origin, NEARBY_KM, category.getValue().code(), null, true, false, 0,
                NEARBY_SHOWN);
        try {
            search.search(query).hits().stream().filter(hit -> hit.kind() == OrganisationKind.REPAIRER)
                    .forEach(hit -> offered.putIfAbsent(hit.organisationId(), hit.name() + " · " + hit.address()));
        } catch (UnavailableException unavailable) {
            // The repairers named in the link can still be asked; the search is only a help.
            Feedback.error(getTranslation(unavailable.messageKey()));
        }
        Set<UUID> chosen = repairers.getValue();
        repairers.setItems(new ArrayList<>(offered.keySet()));
        repairers.setValue(chosen);
    }

    private void send() {
        GeoPoint at = place.getValue() == null ? null : place.getValue().location();
        RepairAsk ask = new RepairAsk(category.getValue() == null ? "" : category.getValue().code(), brand.getValue(),
                model.getValue(), year.getValue(), stampCode.getValue(), fault.getValue(), handOver.getValue(),
                at == null ? null : at.latitude(), at == null ? null : at.longitude(), address.getValue(),
                repairers.getValue());
        Locale language = getLocale();
        FormFields fields = FormFields.of(binder).and("latitude", place).and("longitude", place);
        Attempt.get(this, fields, () -> requests.ask(ask, language)).ifPresent(requestId -> {
            Feedback.success(getTranslation("repair.ask.sent", ask.repairers().size()));
            getUI().ifPresent(ui -> ui.navigate(RepairLinks.request(requestId).substring(1)));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("repair.ask.title");
    }
}
