package eu.reloop.certification.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import eu.reloop.certification.Answer;
import eu.reloop.certification.ApplicationDraft;
import eu.reloop.certification.CertificationApplication;
import eu.reloop.certification.CertificationApplications;
import eu.reloop.certification.CertificationLinks;
import eu.reloop.certification.CertificationProperties;
import eu.reloop.certification.Criterion;
import eu.reloop.certification.Scope;
import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Organisations;
import eu.reloop.identity.Role;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.DocumentUpload;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.shared.ui.RuleBinder;

/**
 * Where staff fill in an application: the scope, then each checklist item with yes or no, an
 * explanation and evidence. It saves as a draft at any time; submitting checks that all is answered.
 * Once with a certifier (or decided) it is shown read-only.
 */
@Route(value = CertificationLinks.APPLICATION, layout = MainLayout.class)
@RolesAllowed({Role.REUSE_CENTRE_NAME, Role.REPAIRER_NAME})
class ApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ORGANISATION_ID = "organisationId";
    private static final String APPLICATION_ID = "applicationId";

    private final transient CertificationApplications applications;
    private final transient Organisations organisations;
    private final transient CertificationProperties properties;
    private final MultiSelectComboBox<DeviceCategory> categories = new MultiSelectComboBox<>();
    private final CheckboxGroup<OfferedService> services = new CheckboxGroup<>();
    private final Map<Criterion, RadioButtonGroup<Boolean>> answers = new EnumMap<>(Criterion.class);
    private final Map<Criterion, TextArea> explanations = new EnumMap<>(Criterion.class);
    /** One per item, so that an answer's rules show on its own field as soon as the user leaves it. */
    private final List<Binder<Answer>> answerBinders = new ArrayList<>();
    private final Map<Criterion, Div> evidenceLists = new EnumMap<>(Criterion.class);
    private @Nullable CertificationApplication application;
    private String title = "";

    ApplicationView(CertificationApplications applications, Organisations organisations,
            CertificationProperties properties) {
        this.applications = applications;
        this.organisations = organisations;
        this.properties = properties;
        addClassName("application-view");
        setMaxWidth("60rem");
    }

    static RouteParameters parameters(UUID organisationId, UUID applicationId) {
        return new RouteParameters(Map.of(ORGANISATION_ID, organisationId.toString(),
                APPLICATION_ID, applicationId.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        answers.clear();
        explanations.clear();
        answerBinders.clear();
        evidenceLists.clear();
        title = getTranslation("application.page-title");
        try {
            UUID organisationId = UUID.fromString(event.getRouteParameters().get(ORGANISATION_ID).orElseThrow());
            UUID applicationId = UUID.fromString(event.getRouteParameters().get(APPLICATION_ID).orElseThrow());
            show(applications.application(organisationId, applicationId));
        } catch (IllegalArgumentException | AccessDeniedException | UnknownRecordException unreachable) {
            // A malformed link, another organisation's application and a missing one get the same answer.
            Paragraph missing = new Paragraph(getTranslation("application.cannot-open"));
            missing.setId("cannot-open");
            add(new H1(title), missing, backLink());
        }
    }

    private void show(CertificationApplication shown) {
        application = shown;
        boolean editable = shown.status().editableByOrganisation();
        title = getTranslation("application.title." + shown.kind().name());
        HorizontalLayout heading = new HorizontalLayout(new H1(title), ApplicationStatusBadge.of(shown.status()));
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        heading.setId("application-heading");
        add(heading, new Paragraph(shown.organisationName()), backLink());
        decisionCallout(shown).ifPresent(this::add);
        if (editable) {
            add(new Paragraph(getTranslation("application.intro")));
        }
        add(scope(shown, editable));
        add(new H2(getTranslation("application.checklist")));
        for (Criterion criterion : Criterion.values()) {
            add(item(shown, criterion, editable));
        }
        if (editable) {
            add(actions());
        }
    }

    private Optional<Component> decisionCallout(CertificationApplication shown) {
        String key = switch (shown.status()) {
            case CHANGES_REQUESTED -> "application.changes-requested";
            case REJECTED -> "application.rejected";
            case SUBMITTED -> "application.submitted";
            default -> null;
        };
        if (key == null) {
            return Optional.empty();
        }
        Div callout = new Div(new Paragraph(getTranslation(key, shown.decisionNote() == null ? "" : shown.decisionNote())));
        callout.addClassName("callout");
        callout.setId("decision-callout");
        return Optional.of(callout);
    }

    private Component scope(CertificationApplication shown, boolean editable) {
        List<DeviceCategory> taxonomy = organisations.categories();
        categories.setLabel(getTranslation("application.scope.categories"));
        categories.setItems(taxonomy);
        categories.setItemLabelGenerator(category -> category.name(getLocale()));
        categories.setValue(taxonomy.stream().filter(category -> shown.scope().covers(category.code()))
                .collect(Collectors.toSet()));
        categories.setWidthFull();
        categories.setId("scope-categories");
        categories.setReadOnly(!editable);
        services.setLabel(getTranslation("application.scope.services"));
        services.setItems(OfferedService.values());
        services.setItemLabelGenerator(service -> getTranslation("service." + service.name()));
        services.setValue(shown.scope().services());
        services.setId("scope-services");
        services.setReadOnly(!editable);
        Div section = new Div(new H2(getTranslation("application.scope")),
                new Paragraph(getTranslation("application.scope.help")), categories, services);
        section.addClassName("application-scope");
        return section;
    }

    private Component item(CertificationApplication shown, Criterion criterion, boolean editable) {
        Answer answer = shown.answer(criterion);
        String id = criterion.name().toLowerCase().replace('_', '-');
        RadioButtonGroup<Boolean> met = new RadioButtonGroup<>(getTranslation("application.met"));
        met.setItems(Boolean.TRUE, Boolean.FALSE);
        met.setItemLabelGenerator(yes -> getTranslation(yes ? "application.yes" : "application.no"));
        met.setValue(answer.met());
        met.setId("met-" + id);
        met.setReadOnly(!editable);
        answers.put(criterion, met);

        TextArea explanation = new TextArea(getTranslation("application.explanation"));
        explanation.setValue(answer.explanation());
        explanation.setHelperText(getTranslation("criterion." + criterion.name() + ".hint"));
        explanation.setMaxLength(TextLimits.NOTE);
        explanation.setWidthFull();
        explanation.setId("explanation-" + id);
        explanation.setReadOnly(!editable);
        explanations.put(criterion, explanation);
        Binder<Answer> binder = RuleBinder.of(Answer.class);
        binder.forField(explanation).bind("explanation");
        answerBinders.add(binder);

        Div card = new Div(new H3(getTranslation("criterion." + criterion.name() + ".title")), met, explanation);
        shown.reviewerComment(criterion).ifPresent(comment -> {
            Div reviewer = new Div(new Paragraph(getTranslation("application.reviewer-comment", comment)));
            reviewer.addClassName("callout");
            reviewer.setId("comment-" + id);
            card.add(reviewer);
        });
        Div evidence = new Div();
        evidence.addClassName("evidence-list");
        evidenceLists.put(criterion, evidence);
        card.add(new Paragraph(getTranslation("application.evidence")), evidence);
        showEvidence(shown, criterion, editable);
        if (editable) {
            card.add(upload(shown, criterion, id));
        }
        card.addClassName("checklist-item");
        card.getElement().setAttribute("data-criterion", criterion.name());
        return card;
    }

    private void showEvidence(CertificationApplication shown, Criterion criterion, boolean editable) {
        Div list = evidenceLists.get(criterion);
        list.removeAll();
        list.add(new EvidenceLinks(applications, shown.organisationId(), shown.evidenceFor(criterion),
                editable ? file -> Attempt.run(this,
                        () -> applications.removeEvidence(shown.organisationId(), shown.id(), file.id())) : null,
                () -> refreshEvidence(criterion)));
    }

    private Upload upload(CertificationApplication shown, Criterion criterion, String id) {
        String limit = properties.maxEvidenceSize().toMegabytes() + " MB";
        Upload upload = new DocumentUpload(properties.maxEvidenceSize().toBytes(),
                new String[] {"application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png"},
                getTranslation("application.evidence-drop", limit),
                fileName -> getTranslation("application.evidence-rejected", fileName, limit), (fileName, content) -> {
                    if (Attempt.run(this, () -> applications.attachEvidence(shown.organisationId(),
                            shown.id(), criterion, fileName, content))) {
                        Feedback.success(getTranslation("application.evidence-added", fileName));
                    }
                    refreshEvidence(criterion);
                });
        upload.setId("upload-" + id);
        return upload;
    }

    private void refreshEvidence(Criterion criterion) {
        CertificationApplication shown = current();
        try {
            CertificationApplication fresh = applications.application(shown.organisationId(), shown.id());
            showEvidence(fresh, criterion, fresh.status().editableByOrganisation());
        } catch (AccessDeniedException | UnknownRecordException gone) {
            Feedback.error(getTranslation("certification.gone"));
        }
    }

    private Component actions() {
        Button save = new Button(getTranslation("application.save-draft"), VaadinIcon.DOWNLOAD_ALT.create(),
                click -> save());
        save.setId("save-draft");
        Button submit = new Button(getTranslation("application.submit"), VaadinIcon.PAPERPLANE.create(),
                click -> confirmSubmission());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("submit-application");
        HorizontalLayout actions = new HorizontalLayout(save, submit);
        actions.addClassName("form-actions");
        return actions;
    }

    private void save() {
        CertificationApplication shown = current();
        if (answersValid() && Attempt.run(this, fields(),
                () -> applications.saveDraft(shown.organisationId(), shown.id(), draft()))) {
            Feedback.success(getTranslation("application.saved"));
        }
    }

    private void confirmSubmission() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("application.submit.title"));
        confirm.setText(getTranslation("application.submit.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("editor.cancel"));
        confirm.setConfirmText(getTranslation("application.submit.confirm"));
        confirm.setId("confirm-submit");
        confirm.addConfirmListener(confirmed -> submit());
        confirm.open();
    }

    private void submit() {
        CertificationApplication shown = current();
        if (answersValid() && Attempt.run(this, fields(),
                () -> applications.submit(shown.organisationId(), shown.id(), draft()))) {
            Feedback.success(getTranslation("application.submitted-now"));
            getUI().ifPresent(ui -> ui.navigate(MyCertificationView.class));
        }
    }

    /** Checks every item's rules (not only up to the first broken one), so that each field shows its own. */
    private boolean answersValid() {
        boolean valid = answerBinders.stream().map(binder -> binder.validate().isOk()).reduce(true, Boolean::logicalAnd);
        if (!valid) {
            Feedback.error(getTranslation("error.check-fields"));
        }
        return valid;
    }

    /** Where a refusal goes: an incomplete item is refused by the criterion's name and shown on its explanation. */
    private FormFields fields() {
        FormFields fields = FormFields.of("categories", categories).and("services", services);
        explanations.forEach((criterion, explanation) -> fields.and(criterion.name(), explanation));
        return fields;
    }

    private ApplicationDraft draft() {
        List<Answer> given = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            given.add(new Answer(criterion, answers.get(criterion).getValue(), explanations.get(criterion).getValue()));
        }
        Set<String> codes = categories.getValue().stream().map(DeviceCategory::code).collect(Collectors.toSet());
        return new ApplicationDraft(new Scope(codes, services.getValue()), given);
    }

    private CertificationApplication current() {
        if (application == null) {
            throw new IllegalStateException("No application shown");
        }
        return application;
    }

    private RouterLink backLink() {
        RouterLink back = new RouterLink(getTranslation("application.back"), MyCertificationView.class);
        back.setId("back-to-certification");
        return back;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
