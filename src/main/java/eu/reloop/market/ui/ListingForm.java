package eu.reloop.market.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;

import eu.reloop.directory.Site;
import eu.reloop.market.Listing;
import eu.reloop.market.ListingDraft;
import eu.reloop.market.Listings;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.RuleBinder;
import eu.reloop.stamp.Grade;
import eu.reloop.stamp.Stamp;
import eu.reloop.stamp.StampCode;

/**
 * What a seller writes about an item: which stamped item (for a new listing only, the stamp's facts are
 * fixed after), title, description, price, where it is picked up and whether it is shipped. Each field is
 * bound to the component of {@link ListingDraft} it fills, whose rules it shows as the seller leaves it; the
 * market checks it all again, and {@link #fields()} names the fields as its refusals do.
 */
class ListingForm extends FormLayout {

    private final Select<Stamp> stamp = new Select<>();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final BigDecimalField price = new BigDecimalField();
    private final Select<String> currency = new Select<>();
    private final Select<Site> site = new Select<>();
    private final Checkbox pickup = new Checkbox();
    private final Checkbox shipping = new Checkbox();
    private final BigDecimalField shippingPrice = new BigDecimalField();
    private final BeanValidationBinder<ListingDraft> binder = RuleBinder.of(ListingDraft.class);
    private final @Nullable String listedStampCode;
    private String prefilledTitle = "";
    private boolean currencyChosen;

    /** A new listing of one of the stamped items the centre may list now. */
    static ListingForm forNew(List<Stamp> listable, List<Site> sites) {
        ListingForm form = new ListingForm(null, sites);
        form.chooseFrom(listable);
        return form;
    }

    /** An existing listing, its stamped item fixed. */
    static ListingForm forListing(Listing listing, List<Site> sites) {
        ListingForm form = new ListingForm(listing.stampCode(), sites);
        form.fill(listing);
        return form;
    }

    private ListingForm(@Nullable String listedStampCode, List<Site> sites) {
        this.listedStampCode = listedStampCode;
        addClassName("listing-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));

        title.setLabel(getTranslation("listing-editor.title-field"));
        title.setMaxLength(TextLimits.NAME);
        title.setId("listing-title");

        description.setLabel(getTranslation("listing-editor.description"));
        description.setMaxLength(TextLimits.NOTE);
        description.setValueChangeMode(ValueChangeMode.EAGER);
        description.addValueChangeListener(change -> countCharacters());
        description.setMinHeight("8em");
        description.setId("listing-description");
        countCharacters();

        price.setLabel(getTranslation("listing-editor.price"));
        price.setHelperText(getTranslation("listing-editor.price.help"));
        price.setId("listing-price");
        currency.setLabel(getTranslation("listing-editor.currency"));
        currency.setItems(Listings.CURRENCIES.stream().sorted().toList());
        currency.setId("listing-currency");
        currency.addValueChangeListener(change -> currencyChosen |= change.isFromClient());

        site.setLabel(getTranslation("listing-editor.site"));
        site.setItems(sites);
        site.setItemLabelGenerator(shown -> shown.details().name() + ", " + shown.details().address().town());
        // The market requires a site; the draft's rules cannot say so, as a site is chosen, not typed.
        site.setRequiredIndicatorVisible(true);
        site.setId("listing-site");
        // A new listing is priced in the pickup site's currency until the seller chooses another.
        site.addValueChangeListener(change -> {
            if (listedStampCode == null && change.getValue() != null && !currencyChosen) {
                currency.setValue(Listings.currencyOf(change.getValue().details().address().country()));
            }
        });

        pickup.setLabel(getTranslation("listing-editor.pickup"));
        pickup.setValue(true);
        pickup.setId("listing-pickup");
        shipping.setLabel(getTranslation("listing-editor.shipping"));
        shipping.setId("listing-shipping");
        shippingPrice.setLabel(getTranslation("listing-editor.shipping-price"));
        shippingPrice.setEnabled(false);
        shippingPrice.setId("listing-shipping-price");
        bind();

        add(stamp, 2);
        add(title, 2);
        add(description, 2);
        add(price, currency);
        add(site, 2);
        add(pickup, 2);
        add(shipping, shippingPrice);
        stamp.setVisible(false);
        if (!sites.isEmpty()) {
            site.setValue(sites.getFirst());
            currency.setValue(Listings.currencyOf(sites.getFirst().details().address().country()));
        }
    }

    /** Binds each field to the draft's component of the same name, which is also the name the market's refusals use. */
    private void bind() {
        // A new listing's item is chosen; an existing one's is fixed, and its choice hidden.
        binder.forField(stamp).withConverter(
                chosen -> chosen != null ? chosen.code().value() : Objects.requireNonNullElse(listedStampCode, ""),
                code -> stamp.getValue()).bind("stampCode");
        binder.forField(site).withConverter(chosen -> chosen == null ? null : chosen.id(), id -> site.getValue())
                .bind("siteId");
        binder.forField(title).bind("title");
        binder.forField(description).bind("description");
        binder.forField(price).bind("price");
        binder.forField(currency).withConverter(chosen -> Objects.requireNonNullElse(chosen, ""),
                code -> code.isEmpty() ? null : code).bind("currency");
        binder.forField(pickup).bind("pickup");
        // No shipping price means no shipping; with the box ticked, a price is needed (0 ships for free).
        Binder.Binding<ListingDraft, BigDecimal> shipped = binder.forField(shippingPrice)
                .withValidator(amount -> !shipping.getValue() || amount != null,
                        getTranslation("listing.error.shipping-price"))
                .withConverter(amount -> shipping.getValue() ? amount : null, amount -> amount)
                .bind("shippingPrice");
        shipping.addValueChangeListener(change -> {
            shippingPrice.setEnabled(change.getValue());
            if (!change.getValue()) {
                shipped.validate();
            }
        });
    }

    private void chooseFrom(List<Stamp> listable) {
        stamp.setVisible(true);
        stamp.setLabel(getTranslation("listing-editor.stamp"));
        stamp.setPlaceholder(getTranslation("listing-editor.stamp.placeholder"));
        stamp.setItems(listable);
        stamp.setItemLabelGenerator(this::stampLabel);
        stamp.setId("listing-stamp");
        // The title starts as the item's name, until the seller writes their own.
        stamp.addValueChangeListener(change -> {
            if (change.getValue() != null && (title.isEmpty() || title.getValue().equals(prefilledTitle))) {
                prefilledTitle = itemName(change.getValue());
                title.setValue(prefilledTitle);
            }
        });
        if (listable.size() == 1) {
            stamp.setValue(listable.getFirst());
        }
    }

    private void fill(Listing listing) {
        title.setValue(listing.title());
        description.setValue(listing.description());
        price.setValue(listing.price().amount());
        currency.setValue(listing.price().currency().getCurrencyCode());
        site.getListDataView().getItems().filter(shown -> shown.id().equals(listing.siteId())).findFirst()
                .ifPresentOrElse(site::setValue, site::clear);
        pickup.setValue(listing.pickup());
        shipping.setValue(listing.shipping());
        shippingPrice.setValue(listing.shippingPrice() == null ? null : listing.shippingPrice().amount());
    }

    /** The chosen stamped item, while a new listing is being written. */
    Optional<Stamp> chosenStamp() {
        return Optional.ofNullable(stamp.getValue());
    }

    void addStampListener(Runnable listener) {
        stamp.addValueChangeListener(change -> listener.run());
    }

    /** What the form says, if every field keeps the draft's rules; otherwise none, and the fields say why. */
    Optional<ListingDraft> draft() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    /** The fields by the names of the draft's components, which the market's refusals use. */
    FormFields fields() {
        return FormFields.of(binder);
    }

    void readOnly(boolean readOnly) {
        List<HasValue<?, ?>> all = List.of(stamp, title, description, price, currency, site, pickup, shipping,
                shippingPrice);
        all.forEach(field -> field.setReadOnly(readOnly));
    }

    private String stampLabel(Stamp shown) {
        var item = shown.report().item();
        return itemLabel(this, shown.code().value(), item.brand(), item.model(), shown.report().grade());
    }

    /** How the editor names a stamped item: code, brand and model, grade. */
    static String itemLabel(Component source, String stampCode, String brand, String model, @Nullable Grade grade) {
        String label = displayCode(stampCode) + " · " + (brand + " " + model).strip();
        return grade == null ? label : label + " · " + source.getTranslation("stamp.grade." + grade);
    }

    /** A stamp code as its label prints it. */
    static String displayCode(String stampCode) {
        return StampCode.parse(stampCode).map(StampCode::display).orElse(stampCode);
    }

    private static String itemName(Stamp shown) {
        return (shown.report().item().brand() + " " + shown.report().item().model()).strip();
    }

    private void countCharacters() {
        description.setHelperText(getTranslation("listing-editor.description.count", description.getValue().length(),
                TextLimits.NOTE));
    }
}
