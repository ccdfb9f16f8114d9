package eu.reloop.directory.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;

import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.directory.InvalidDirectoryEntryException;
import eu.reloop.directory.OrganisationDetails;
import eu.reloop.directory.OrganisationNumber;
import eu.reloop.directory.Organisations;

/**
 * What an organisation says about itself. The rules live on {@link OrganisationDetails} and in
 * {@link Organisations}; this form shows their messages beside the fields they concern and saves nothing
 * while any is broken.
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
    /** By the property names of {@link OrganisationDetails}, which are also the field names the service reports. */
    private final Map<String, HasValidation> fieldsByProperty = Map.of("legalName", legalName, "country", country,
            "organisationNumber", organisationNumber, "description", description, "website", website, "phone", phone,
            "email", email, "languages", languages);

    private final UUID organisationId;
    private final transient Organisations organisations;
    private final transient Validator validator;
    private final SerializableConsumer<OrganisationDetails> onSaved;

    OrganisationDetailsForm(UUID organisationId, OrganisationDetails details, Organisations organisations,
            Validator validator, SerializableConsumer<OrganisationDetails> onSaved) {
        this.organisationId = organisationId;
        this.organisations = organisations;
        this.validator = validator;
        this.onSaved = onSaved;
        setPadding(false);

        legalName.setLabel(getTranslation("editor.legal-name"));
        legalName.setRequiredIndicatorVisible(true);
        legalName.setId("org-legal-name");
        country.setLabel(getTranslation("editor.country"));
        country.setItems(OrganisationNumber.COUNTRIES);
        country.setItemLabelGenerator(code -> LocalizedFormats.country(code, getLocale()));
        country.setRequiredIndicatorVisible(true);
        country.setId("org-country");
        organisationNumber.setLabel(getTranslation("editor.organisation-number"));
        organisationNumber.setHelperText(getTranslation("editor.organisation-number-help"));
        organisationNumber.setRequiredIndicatorVisible(true);
        organisationNumber.setId("org-number");
        description.setLabel(getTranslation("editor.description"));
        description.setMinRows(3);
        description.setId("org-description");
        website.setLabel(getTranslation("editor.website"));
        website.setPlaceholder("https://");
        website.setId("org-website");
        phone.setLabel(getTranslation("editor.phone"));
        phone.setId("org-phone");
        email.setLabel(getTranslation("editor.email"));
        email.setId("org-email");
        languages.setLabel(getTranslation("editor.languages"));
        languages.setItemLabelGenerator(code -> DirectoryFormats.language(code, getLocale()));
        languages.setId("org-languages");

        // A language set through the API but missing from the list must survive a save from here.
        Set<String> languageItems = new LinkedHashSet<>(LANGUAGES);
        languageItems.addAll(details.languages());
        languages.setItems(languageItems);
        legalName.setValue(details.legalName());
        country.setValue(details.country());
        organisationNumber.setValue(details.organisationNumber());
        description.setValue(details.description());
        website.setValue(Objects.requireNonNullElse(details.website(), ""));
        phone.setValue(Objects.requireNonNullElse(details.phone(), ""));
        email.setValue(Objects.requireNonNullElse(details.email(), ""));
        languages.setValue(details.languages());

        for (HasValidation field : fieldsByProperty.values()) {
            // The service's rules decide, on Save; an error stays until the field is edited.
            field.setManualValidation(true);
            ((HasValue<?, ?>) field).addValueChangeListener(change -> field.setInvalid(false));
        }

        FormLayout form = new FormLayout(legalName, country, organisationNumber, description, website, phone, email,
                languages);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(legalName, 2);
        form.setColspan(description, 2);
        form.setColspan(languages, 2);

        Button save = new Button(getTranslation("editor.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-organisation");
        add(form, save);
    }

    private void save() {
        for (HasValidation field : fieldsByProperty.values()) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        OrganisationDetails details = new OrganisationDetails(legalName.getValue(),
                Objects.requireNonNullElse(country.getValue(), ""), organisationNumber.getValue(), description.getValue(),
                website.getValue(), phone.getValue(), email.getValue(), languages.getValue());
        Set<ConstraintViolation<OrganisationDetails>> violations = validator.validate(details);
        for (ConstraintViolation<OrganisationDetails> violation : violations) {
            // "languages[].<iterable element>" belongs to the languages field: the first node names the field.
            showError(violation.getPropertyPath().iterator().next().getName(), getTranslation(violation.getMessage()));
        }
        if (!violations.isEmpty()) {
            return;
        }
        try {
            if (EditorFeedback.attempt(this, () -> organisations.update(organisationId, details))) {
                Feedback.success(getTranslation("editor.saved"));
                onSaved.accept(details);
            }
        } catch (InvalidDirectoryEntryException invalid) {
            showError(invalid.field(), getTranslation(invalid.messageKey()));
        }
    }

    private void showError(String property, String message) {
        HasValidation field = fieldsByProperty.get(property);
        if (field == null) {
            Feedback.error(message);
        } else if (!field.isInvalid()) {
            // A field can break two rules at once (blank and too short): show the first one.
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }
}
