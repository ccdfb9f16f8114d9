package eu.reloop.directory.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableConsumer;

import eu.reloop.directory.OrganisationDetails;
import eu.reloop.directory.OrganisationNumber;
import eu.reloop.directory.Organisations;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.RuleBinder;

/**
 * What an organisation says about itself, for a new organisation and for one being kept up to date. The
 * rules live on {@link OrganisationDetails} and in {@link Organisations}; this form shows their messages
 * beside the fields they concern and hands nothing on while any is broken.
 */
class OrganisationDetailsForm extends VerticalLayout {

    /** The languages customers are most likely served in across the Nordic countries. */
    private static final List<String> LANGUAGES = List.of("nb", "nn", "da", "sv", "fi", "is", "en", "de", "pl", "ar",
            "so", "uk");

    private final TextField legalName = new TextField();
    private final Select<String> country = new Select<>();
    private final TextField organisationNumber = new TextField();
    private final TextArea description = new TextArea();
    private final TextField website = new TextField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    /** Binds each field to the component of {@link OrganisationDetails} it fills, which is also the name the service reports. */
    private final BeanValidationBinder<OrganisationDetails> binder = RuleBinder.of(OrganisationDetails.class);

    private final SerializableConsumer<OrganisationDetails> submit;

    /**
     * @param submitLabel the button's text
     * @param submit      does what the button says with details that keep the record's rules; it may throw
     *                    what the directory service throws, which shows on the field concerned
     */
    OrganisationDetailsForm(OrganisationDetails details, String submitLabel,
            SerializableConsumer<OrganisationDetails> submit) {
        this.submit = submit;
        setPadding(false);

        legalName.setLabel(getTranslation("editor.legal-name"));
        legalName.setMaxLength(TextLimits.NAME);
        legalName.setId("org-legal-name");
        country.setLabel(getTranslation("editor.country"));
        country.setItems(OrganisationNumber.COUNTRIES);
        country.setItemLabelGenerator(code -> LocalizedFormats.country(code, getLocale()));
        country.setId("org-country");
        organisationNumber.setLabel(getTranslation("editor.organisation-number"));
        organisationNumber.setHelperText(getTranslation("editor.organisation-number-help"));
        organisationNumber.setMaxLength(TextLimits.LABEL);
        organisationNumber.setId("org-number");
        description.setLabel(getTranslation("editor.description"));
        description.setMinRows(3);
        description.setMaxLength(TextLimits.NOTE);
        description.setId("org-description");
        website.setLabel(getTranslation("editor.website"));
        website.setPlaceholder("https://");
        website.setMaxLength(TextLimits.URL);
        website.setId("org-website");
        phone.setLabel(getTranslation("editor.phone"));
        phone.setId("org-phone");
        email.setLabel(getTranslation("editor.email"));
        email.setMaxLength(TextLimits.EMAIL);
        email.setId("org-email");
        languages.setLabel(getTranslation("editor.languages"));
        languages.setItemLabelGenerator(code -> DirectoryFormats.language(code, getLocale()));
        languages.setId("org-languages");

        // A language set through the API but missing from the list must survive a save from here.
        Set<String> languageItems = new LinkedHashSet<>(LANGUAGES);
        languageItems.addAll(details.languages());
        languages.setItems(languageItems);
        // A rule that a text be filled in shows as the field's required mark, as @NotNull does by default.
        binder.forField(legalName).bind("legalName");
        binder.forField(country).bind("country");
        binder.forField(organisationNumber).bind("organisationNumber");
        binder.forField(description).bind("description");
        // An optional text left empty is no text at all, not one that breaks the format rules.
        binder.forField(website).withNullRepresentation("").bind("website");
        binder.forField(phone).withNullRepresentation("").bind("phone");
        binder.forField(email).withNullRepresentation("").bind("email");
        binder.forField(languages).bind("languages");
        binder.readRecord(details);

        FormLayout form = new FormLayout(legalName, country, organisationNumber, description, website, phone, email,
                languages);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(legalName, 2);
        form.setColspan(description, 2);
        form.setColspan(languages, 2);

        Button save = new Button(submitLabel, click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-organisation");
        add(form, save);
    }

    private void save() {
        OrganisationDetails details;
        try {
            details = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        Attempt.run(this, FormFields.of(binder), () -> submit.accept(details));
    }
}
