package eu.reloop.certification.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import eu.reloop.certification.Answer;
import eu.reloop.certification.ApplicationStatus;
import eu.reloop.certification.Certificate;
import eu.reloop.certification.Certificates;
import eu.reloop.certification.CertificationApplication;
import eu.reloop.certification.CertificationApplications;
import eu.reloop.certification.CertificationLinks;
import eu.reloop.certification.CertificationReviews;
import eu.reloop.certification.Criterion;
import eu.reloop.certification.Rejection;
import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.DirectoryLinks;
import eu.reloop.directory.Organisations;
import eu.reloop.identity.Role;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.ConfirmStep;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;

/**
 * One application on one screen for the certifier: scope, answers with their evidence, the
 * organisation's certificates and audit trail, and the three decisions. A certifier who works for the
 * organisation sees it all but cannot decide.
 */
@Route(value = CertificationLinks.REVIEW, layout = MainLayout.class)
@RolesAllowed(Role.CERTIFIER_NAME)
class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String APPLICATION_ID = "applicationId";

    private final transient CertificationReviews reviews;
    private final transient CertificationApplications applications;
    private final transient Certificates certificates;
    private final transient Organisations organisations;
    private final transient Validator validator;
    private final Map<Criterion, TextArea> comments = new EnumMap<>(Criterion.class);
    private final TextArea note = new TextArea();
    private String title = "";

    ReviewView(CertificationReviews reviews, CertificationApplications applications, Certificates certificates,
            Organisations organisations, Validator validator) {
        this.reviews = reviews;
        this.applications = applications;
        this.certificates = certificates;
        this.organisations = organisations;
        this.validator = validator;
        addClassName("review-view");
        setMaxWidth("64rem");
    }

    static RouteParameters parameters(UUID applicationId) {
        return new RouteParameters(APPLICATION_ID, applicationId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        comments.clear();
        title = getTranslation("review.page-title");
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get(APPLICATION_ID).orElseThrow());
            show(reviews.application(id));
        } catch (IllegalArgumentException | UnknownRecordException missing) {
            Paragraph text = new Paragraph(getTranslation("review.not-found"));
            text.setId("review-not-found");
            add(new H1(title), text, queueLink());
        }
    }

    private void show(CertificationApplication application) {
        boolean deciding = application.status() == ApplicationStatus.SUBMITTED
                && reviews.mayDecideOn(application.organisationId());
        title = getTranslation("review.title", application.organisationName(),
                getTranslation("certificate-kind." + application.kind().name()));
        HorizontalLayout heading = new HorizontalLayout(new H1(title), ApplicationStatusBadge.of(application.status()));
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Anchor profile = new Anchor(DirectoryLinks.profile(application.organisationId()), getTranslation("review.profile"));
        profile.getElement().setAttribute("router-link", true);
        add(heading, new HorizontalLayout(queueLink(), profile));
        if (application.submittedAt() != null) {
            add(new Paragraph(getTranslation("review.submitted-at", BrowserTime.dateTime(application.submittedAt()))));
        }
        if (application.status() == ApplicationStatus.SUBMITTED && !deciding) {
            Div own = new Div(new Paragraph(getTranslation("review.error.own-organisation")));
            own.addClassName("callout");
            own.setId("own-organisation");
            add(own);
        }
        add(scope(application));
        add(new H2(getTranslation("application.checklist")));
        for (Criterion criterion : Criterion.values()) {
            add(item(application, criterion, deciding));
        }
        add(history(application.organisationId()));
        if (deciding) {
            add(decisions(application.id()));
        }
    }

    private Component scope(CertificationApplication application) {
        List<DeviceCategory> taxonomy = organisations.categories();
        String categoryNames = taxonomy.stream().filter(category -> application.scope().covers(category.code()))
                .map(category -> category.name(getLocale())).collect(Collectors.joining(", "));
        String serviceNames = application.scope().services().stream().sorted()
                .map(service -> getTranslation("service." + service.name())).collect(Collectors.joining(", "));
        Div section = new Div(new H2(getTranslation("application.scope")),
                new Paragraph(getTranslation("application.scope.categories") + ": " + categoryNames),
                new Paragraph(getTranslation("application.scope.services") + ": " + serviceNames));
        section.setId("review-scope");
        return section;
    }

    private Component item(CertificationApplication application, Criterion criterion, boolean deciding) {
        Answer answer = application.answer(criterion);
        String id = criterion.name().toLowerCase().replace('_', '-');
        Span met = new Span(getTranslation(answer.met() == null ? "review.unanswered"
                : answer.met() ? "application.yes" : "application.no"));
        met.getElement().getThemeList().add(Boolean.TRUE.equals(answer.met()) ? "badge success" : "badge error");
        HorizontalLayout heading = new HorizontalLayout(new H3(getTranslation("criterion." + criterion.name() + ".title")), met);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Paragraph explanation = new Paragraph(answer.explanation());
        explanation.addClassName("explanation");
        Div card = new Div(heading, explanation, new EvidenceLinks(applications, application.organisationId(),
                application.evidenceFor(criterion), null, () -> { }));
        if (deciding) {
            TextArea comment = new TextArea(getTranslation("review.comment"));
            comment.setWidthFull();
            comment.setMaxLength(TextLimits.REASON);
            comment.setId("comment-" + id);
            comments.put(criterion, comment);
            card.add(comment);
        } else {
            application.reviewerComment(criterion).ifPresent(text -> card.add(
                    new Paragraph(getTranslation("application.reviewer-comment", text))));
        }
        card.addClassName("checklist-item");
        card.getElement().setAttribute("data-criterion", criterion.name());
        return card;
    }

    private Component history(UUID organisationId) {
        Div section = new Div(new H2(getTranslation("review.history")));
        List<Certificate> held = certificates.certificatesOf(organisationId);
        if (held.isEmpty()) {
            section.add(new Paragraph(getTranslation("my-certification.no-certificates")));
        }
        held.forEach(certificate -> section.add(new Paragraph(new CertificateLine(certificate,
                certificates.statusOf(certificate)))));
        section.add(new H3(getTranslation("my-certification.history")), new AuditTrailList(applications.history(organisationId)));
        section.setId("organisation-history");
        return section;
    }

    private Component decisions(UUID applicationId) {
        note.setLabel(getTranslation("review.note"));
        note.setHelperText(getTranslation("review.note.help"));
        note.setWidthFull();
        note.setMaxLength(TextLimits.NOTE);
        note.setId("decision-note");

        Button requestChanges = new Button(getTranslation("review.request-changes"), VaadinIcon.EDIT.create(),
                click -> decide(() -> reviews.requestChanges(applicationId, givenComments(), note.getValue()),
                        "review.changes-requested"));
        requestChanges.setId("request-changes");
        Button approve = new Button(getTranslation("review.approve"), VaadinIcon.CHECK.create(),
                click -> ConfirmStep.ask(this, "review.approve.confirm", "primary success", "confirm-decision",
                        () -> decide(() -> reviews.approve(applicationId), "review.approved")));
        approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        approve.setId("approve");
        Button reject = new Button(getTranslation("review.reject"), VaadinIcon.BAN.create(), click -> {
            Rejection rejection = new Rejection(note.getValue());
            // A missing reason is said at the note first; "Reject?" is asked only of a rejection that can go through.
            if (Attempt.run(this, FormFields.of("reason", note), () -> checkRules(rejection))) {
                ConfirmStep.ask(this, "review.reject.confirm", "primary error", "confirm-decision",
                        () -> decide(() -> reviews.reject(applicationId, rejection), "review.rejected"));
            }
        });
        reject.addThemeVariants(ButtonVariant.ERROR);
        reject.setId("reject");
        HorizontalLayout buttons = new HorizontalLayout(requestChanges, approve, reject);
        buttons.setWrap(true);
        Div section = new Div(new H2(getTranslation("review.decision")), note, buttons);
        section.addClassName("decision");
        return section;
    }

    /** The rules the service checks again, so that the confirmation comes after them. */
    private void checkRules(Rejection rejection) {
        Set<ConstraintViolation<Rejection>> broken = validator.validate(rejection);
        if (!broken.isEmpty()) {
            throw new ConstraintViolationException(broken);
        }
    }

    private Map<Criterion, String> givenComments() {
        Map<Criterion, String> given = new EnumMap<>(Criterion.class);
        comments.forEach((criterion, field) -> given.put(criterion, field.getValue()));
        return given;
    }

    private void decide(Runnable decision, String successKey) {
        // A rejection's reason is the note. A refused comment is told in the notification: the service takes
        // all comments as one map, and their fields' maximum length already keeps them within the limit.
        if (Attempt.run(this, FormFields.of("note", note).and("reason", note), decision)) {
            Feedback.success(getTranslation(successKey));
            getUI().ifPresent(ui -> ui.navigate(ReviewQueueView.class));
        }
    }

    private RouterLink queueLink() {
        RouterLink link = new RouterLink(getTranslation("review.back"), ReviewQueueView.class);
        link.setId("back-to-queue");
        return link;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
