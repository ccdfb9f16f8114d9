package eu.reloop.stamp.ui;

import java.time.Year;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import eu.reloop.certification.CertificationLinks;
import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.Organisation;
import eu.reloop.directory.Organisations;
import eu.reloop.identity.OrganisationAccess;
import eu.reloop.identity.Role;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.Callout;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.shared.ui.RuleBinder;
import eu.reloop.stamp.ItemIdentity;
import eu.reloop.stamp.StampApplication;
import eu.reloop.stamp.StampApplications;
import eu.reloop.stamp.StampLinks;

/** Reuse-centre staff start a stamp application for an item here, and follow their organisations' applications. */
@Route(value = StampLinks.MY_STAMPS_ROUTE, layout = MainLayout.class)
@Menu(order = 26, icon = "vaadin:medal", title = "menu.stamps")
@RolesAllowed(Role.REUSE_CENTRE_NAME)
class MyStampsView extends VerticalLayout implements HasDynamicTitle {

    private final transient StampApplications applications;
    private final Select<Organisation> organisation = new Select<>();
    private final Select<DeviceCategory> category = new Select<>();
    private final TextField brand = new TextField();
    private final TextField model = new TextField();
    private final TextField serial = new TextField();
    private final IntegerField year = new IntegerField();
    private final Button start = new Button();
    /** Where the form says that the chosen organisation may not apply for any kind of device. */
    private final Div notCertified = new Div();
    private final BeanValidationBinder<ItemIdentity> item = RuleBinder.of(ItemIdentity.class);

    MyStampsView(Organisations organisations, OrganisationAccess access, StampApplications applications) {
        this.applications = applications;
        addClassName("my-stamps");
        setMaxWidth("64rem");
        add(new H1(getTranslation("my-stamps.title")), new Paragraph(getTranslation("my-stamps.intro")));
        List<Organisation> mine = organisations.byName(access.managedByCurrentUser(), getLocale());
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("my-stamps.no-organisations"));
            empty.setId("no-organisations");
            add(empty);
            return;
        }
        CategoryNames categories = new CategoryNames(organisations, getLocale());
        add(newApplication(mine, organisations.categories()));
        mine.forEach(shown -> add(applicationList(shown, categories)));
    }

    private Component newApplication(List<Organisation> mine, List<DeviceCategory> taxonomy) {
        organisation.setLabel(getTranslation("my-stamps.organisation"));
        organisation.setItems(mine);
        organisation.setItemLabelGenerator(shown -> shown.details().legalName());
        organisation.setValue(mine.getFirst());
        organisation.setId("new-stamp-organisation");
        // Most staff work for one centre: then there is nothing to choose.
        organisation.setVisible(mine.size() > 1);
        category.setLabel(getTranslation("stamp.item.category"));
        category.setHelperText(getTranslation("my-stamps.category.help"));
        category.setItemLabelGenerator(shown -> shown.name(getLocale()));
        category.setId("new-stamp-category");
        text(brand, "stamp.item.brand", "new-stamp-brand");
        text(model, "stamp.item.model", "new-stamp-model");
        text(serial, "stamp.item.serial", "new-stamp-serial");
        serial.setHelperText(getTranslation("my-stamps.serial.help"));
        year.setLabel(getTranslation("stamp.item.year"));
        year.setMin(ItemIdentity.FIRST_YEAR);
        year.setMax(Year.now().getValue());
        year.setId("new-stamp-year");
        bind(taxonomy);
        start.setText(getTranslation("my-stamps.start"));
        start.setIcon(VaadinIcon.PLUS.create());
        start.addClickListener(click -> start());
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.setId("start-stamp");
        offerCertifiedCategories();
        organisation.addValueChangeListener(change -> offerCertifiedCategories());
        Div section = new Div(new H2(getTranslation("my-stamps.new")), new Paragraph(getTranslation("my-stamps.new.help")),
                new FormLayout(organisation, category, brand, model, serial, year), notCertified, start);
        section.addClassName("new-stamp-application");
        return section;
    }

    /**
     * Offers only the kinds of device the chosen organisation's certificate covers, so that nobody documents an
     * item the service would refuse; an organisation certified for none is told how to change that instead.
     */
    private void offerCertifiedCategories() {
        Organisation chosen = organisation.getValue();
        List<DeviceCategory> certified = applications.certifiedCategories(chosen.id());
        DeviceCategory previous = category.getValue();
        category.setItems(certified);
        if (certified.contains(previous)) {
            category.setValue(previous);
        }
        boolean any = !certified.isEmpty();
        List.of(category, brand, model, serial, year, start).forEach(part -> part.setVisible(any));
        notCertified.removeAll();
        if (!any) {
            Div callout = Callout.of("no-certified-categories", "contrast",
                    getTranslation("my-stamps.no-certified-categories", chosen.details().legalName()));
            Anchor apply = new Anchor("/" + CertificationLinks.MY_CERTIFICATION, getTranslation("my-stamps.to-certification"));
            apply.getElement().setAttribute("router-link", true);
            callout.add(apply);
            notCertified.add(callout);
        }
    }

    private void text(TextField field, String labelKey, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(TextLimits.LABEL);
        field.setId(id);
    }

    /** The item's rules (all of it but the year is needed, as it cannot be changed later) show as the user types. */
    private void bind(List<DeviceCategory> taxonomy) {
        item.forField(category).withConverter(chosen -> chosen == null ? null : chosen.code(),
                code -> taxonomy.stream().filter(known -> known.code().equals(code)).findFirst().orElse(null))
                .bind("category");
        item.forField(brand).bind("brand");
        item.forField(model).bind("model");
        item.forField(serial).bind("serialNumber");
        item.forField(year).bind("yearOfManufacture");
    }

    private void start() {
        ItemIdentity identity;
        try {
            identity = item.writeRecord();
        } catch (ValidationException marked) {
            return;
        }
        UUID organisationId = organisation.getValue().id();
        Attempt.get(this, FormFields.of(item), () -> applications.start(organisationId, identity)).ifPresent(started ->
                getUI().ifPresent(ui -> ui.navigate(StampApplicationView.class,
                        StampApplicationView.parameters(organisationId, started))));
    }

    private Component applicationList(Organisation shown, CategoryNames categories) {
        Div section = new Div(new H2(shown.details().legalName()));
        section.addClassName("organisation-stamps");
        section.getElement().setAttribute("data-organisation", shown.id().toString());
        List<StampApplication> own = applications.applicationsOf(shown.id());
        if (own.isEmpty()) {
            section.add(new Paragraph(getTranslation("my-stamps.no-applications")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (StampApplication application : own) {
            ItemIdentity item = application.report().item();
            RouterLink open = new RouterLink(getTranslation(application.status().editableByCentre()
                    ? "my-stamps.continue" : "my-stamps.open"), StampApplicationView.class,
                    StampApplicationView.parameters(shown.id(), application.id()));
            open.setId("stamp-application-" + application.id());
            ListItem entry = new ListItem(new Span(ItemSummary.label(item) + " (" + categories.of(item.category()) + ") · "),
                    StampStatusBadge.of(application),
                    new Span(" · " + BrowserTime.date(application.createdAt()) + " · "), open);
            if (application.stampCode() != null) {
                entry.add(new Span(" · "), new VerifyLink(application.stampCode()));
            }
            entry.addClassName("stamp-application");
            list.add(entry);
        }
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-stamps.title");
    }
}
