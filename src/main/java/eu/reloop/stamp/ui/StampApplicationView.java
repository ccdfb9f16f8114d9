package eu.reloop.stamp.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import eu.reloop.directory.Organisations;
import eu.reloop.identity.Role;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.DocumentUpload;
import eu.reloop.shared.ui.ConfirmStep;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.stamp.InspectionReport;
import eu.reloop.stamp.StampApplication;
import eu.reloop.stamp.StampApplications;
import eu.reloop.stamp.StampLinks;

/**
 * Where staff document one item: the inspection report with the sections its category needs, and
 * photos. It saves at any time; submitting lists everything that still blocks a stamp. Once with a
 * certifier (or decided) the report is shown read-only.
 */
@Route(value = StampLinks.APPLICATION_ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.REUSE_CENTRE_NAME)
class StampApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ORGANISATION_ID = "organisationId";
    private static final String APPLICATION_ID = "applicationId";

    private final transient StampApplications applications;
    private final transient Organisations organisations;
    private final BlockerCallout blockers = new BlockerCallout("stamp-blockers");
    private @Nullable PhotoList photos;
    private @Nullable StampApplication application;
    private @Nullable InspectionReportForm form;
    private String title = "";

    StampApplicationView(StampApplications applications, Organisations organisations) {
        this.applications = applications;
        this.organisations = organisations;
        addClassName("stamp-application-view");
        setMaxWidth("60rem");
    }

    static RouteParameters parameters(UUID organisationId, UUID applicationId) {
        return new RouteParameters(Map.of(ORGANISATION_ID, organisationId.toString(),
                APPLICATION_ID, applicationId.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        application = null;
        form = null;
        title = getTranslation("stamp-application.page-title");
        try {
            UUID organisationId = UUID.fromString(event.getRouteParameters().get(ORGANISATION_ID).orElseThrow());
            UUID applicationId = UUID.fromString(event.getRouteParameters().get(APPLICATION_ID).orElseThrow());
            show(applications.application(organisationId, applicationId));
        } catch (IllegalArgumentException | AccessDeniedException | UnknownRecordException unreachable) {
            // A malformed link, another organisation's application and a missing one get the same answer.
            Paragraph missing = new Paragraph(getTranslation("stamp-application.cannot-open"));
            missing.setId("cannot-open");
            add(new H1(title), missing, backLink());
        }
    }

    private void show(StampApplication shown) {
        application = shown;
        CategoryNames categories = new CategoryNames(organisations, getLocale());
        title = getTranslation("stamp-application.title", ItemSummary.label(shown.report().item()));
        HorizontalLayout heading = new HorizontalLayout(new H1(title), StampStatusBadge.of(shown.status()));
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        heading.setId("stamp-heading");
        blockers.setVisible(false);
        add(heading, new Paragraph(shown.organisationName()), backLink(), blockers);
        statusCallout(shown).ifPresent(this::add);
        if (!shown.status().editableByCentre()) {
            add(new ReportSummary(shown, categories, applications));
            return;
        }
        InspectionReportForm editing = new InspectionReportForm(shown.report(), categories);
        form = editing;
        PhotoList photoList = new PhotoList(applications, shown.organisationId());
        photos = photoList;
        photoList.show(shown.photos());
        Paragraph photoUse = new Paragraph(getTranslation("stamp-application.photo-public"));
        photoUse.addClassName("stamp-helper");
        add(new Paragraph(getTranslation("stamp-application.intro")), editing,
                new StampSection("stamp.section.photos", photoUse, photoList, upload(shown)), actions());
    }

    /** What the centre should know about where the application is: the certifier's note, or that it waits. */
    private Optional<Component> statusCallout(StampApplication shown) {
        String note = shown.reviewerNote() == null ? "" : shown.reviewerNote();
        String text = switch (shown.status()) {
            case RETURNED -> getTranslation("stamp-application.returned", note);
            case REJECTED -> getTranslation("stamp-application.rejected", note);
            case SUBMITTED -> getTranslation("stamp-application.submitted");
            case APPROVED -> getTranslation("stamp-application.approved");
            case DRAFT -> null;
        };
        if (text == null) {
            return Optional.empty();
        }
        Div callout = new Div(new Paragraph(text));
        callout.addClassName("callout");
        if (shown.stampCode() != null) {
            callout.add(new VerifyLink(shown.stampCode()));
        }
        callout.setId("stamp-status-callout");
        return Optional.of(callout);
    }

    private Upload upload(StampApplication shown) {
        Upload upload = DocumentUpload.forPhotos(StampApplications.MAX_PHOTO_BYTES, getTranslation("stamp-application.photo-drop"),
                fileName -> getTranslation("stamp-application.photo-rejected", fileName), (fileName, content) -> {
                    if (Attempt.run(this, () -> applications.attachPhoto(shown.organisationId(), shown.id(),
                            fileName, content))) {
                        Feedback.success(getTranslation("stamp-application.photo-added", fileName));
                    }
                    refreshPhotos();
                });
        upload.setId("stamp-photo-upload");
        return upload;
    }

    private void refreshPhotos() {
        StampApplication shown = current();
        try {
            if (photos != null) {
                // Kept as current too, so that what blocks a stamp counts the photo just added.
                application = applications.application(shown.organisationId(), shown.id());
                photos.show(application.photos());
            }
        } catch (AccessDeniedException | UnknownRecordException gone) {
            Feedback.error(getTranslation("error.gone"));
        }
    }

    private Component actions() {
        Button save = new Button(getTranslation("stamp-application.save"), VaadinIcon.DOWNLOAD_ALT.create(),
                click -> save());
        save.setId("save-stamp");
        Button submit = new Button(getTranslation("stamp-application.submit"), VaadinIcon.PAPERPLANE.create(),
                click -> ConfirmStep.ask(this, "stamp-application.submit", "primary", "confirm-stamp", this::submit));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("submit-stamp");
        HorizontalLayout actions = new HorizontalLayout(save, submit);
        actions.addClassName("form-actions");
        return actions;
    }

    /** Saves, then lists what still blocks a stamp, so that nothing surprises the centre on submitting. */
    private void save() {
        StampApplication shown = current();
        editedReport().ifPresent(report -> {
            if (Attempt.run(this, editing().fields(),
                    () -> applications.save(shown.organisationId(), shown.id(), report))) {
                Feedback.success(getTranslation("stamp-application.saved"));
                blockers.show("stamp-application.still-blocking", shown.blockers(report));
            }
        });
    }

    /** A refusal lists every blocker at the top at once; a broken field rule shows on its field, as on saving. */
    private void submit() {
        StampApplication shown = current();
        editedReport().ifPresent(report -> Attempt.get(this, editing().fields(), () -> {
            try {
                applications.submit(shown.organisationId(), shown.id(), report);
                return List.<RefusedException.Reason>of();
            } catch (RefusedException refused) {
                return refused.reasons();
            }
        }).ifPresent(blocking -> {
            if (blocking.isEmpty()) {
                Feedback.success(getTranslation("stamp-application.submitted-now"));
                getUI().ifPresent(ui -> ui.navigate(MyStampsView.class));
                return;
            }
            blockers.show("stamp-application.blocked", blocking);
            blockers.scrollIntoView();
            Feedback.error(getTranslation("stamp-application.blocked-notice", blocking.size()));
        }));
    }

    /** The report from the form; empty (with the fields marked and a notice) when part of it cannot be kept. */
    private Optional<InspectionReport> editedReport() {
        Optional<InspectionReport> report = editing().report();
        if (report.isEmpty()) {
            Feedback.error(getTranslation("stamp-application.incomplete-section"));
        }
        return report;
    }

    private InspectionReportForm editing() {
        if (form == null) {
            throw new IllegalStateException("No report being edited");
        }
        return form;
    }

    private StampApplication current() {
        if (application == null) {
            throw new IllegalStateException("No application shown");
        }
        return application;
    }

    private RouterLink backLink() {
        RouterLink back = new RouterLink(getTranslation("stamp-application.back"), MyStampsView.class);
        back.setId("back-to-stamps");
        return back;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
