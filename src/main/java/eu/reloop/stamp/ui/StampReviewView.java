package eu.reloop.stamp.ui;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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

import eu.reloop.directory.Organisations;
import eu.reloop.identity.Role;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.ConfirmStep;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.stamp.StampApplication;
import eu.reloop.stamp.StampApplications;
import eu.reloop.stamp.StampApplicationStatus;
import eu.reloop.stamp.StampLinks;
import eu.reloop.stamp.StampReviews;

/**
 * One stamp application on one screen for the certifier: what blocks a stamp now, the whole report,
 * and the three decisions. A certifier who works for the centre sees it all but cannot decide.
 */
@Route(value = StampLinks.REVIEW_ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.CERTIFIER_NAME)
class StampReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String APPLICATION_ID = "applicationId";

    private final transient StampReviews reviews;
    private final transient StampApplications applications;
    private final transient Organisations organisations;
    private final TextArea note = new TextArea();
    private String title = "";

    StampReviewView(StampReviews reviews, StampApplications applications, Organisations organisations) {
        this.reviews = reviews;
        this.applications = applications;
        this.organisations = organisations;
        addClassName("stamp-review-view");
        setMaxWidth("64rem");
    }

    static RouteParameters parameters(UUID applicationId) {
        return new RouteParameters(APPLICATION_ID, applicationId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        note.clear();
        title = getTranslation("stamp-review.page-title");
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get(APPLICATION_ID).orElseThrow());
            show(reviews.application(id));
        } catch (IllegalArgumentException | AccessDeniedException | UnknownRecordException missing) {
            Paragraph text = new Paragraph(getTranslation("stamp-review.not-found"));
            text.setId("stamp-review-not-found");
            add(new H1(title), text, queueLink());
        }
    }

    private void show(StampApplication application) {
        boolean submitted = application.status() == StampApplicationStatus.SUBMITTED;
        boolean deciding = submitted && reviews.mayDecideOn(application.organisationId());
        title = getTranslation("stamp-review.title", ItemSummary.label(application.report().item()),
                application.organisationName());
        HorizontalLayout heading = new HorizontalLayout(new H1(title), StampStatusBadge.of(application.status()));
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        heading.setId("stamp-review-heading");
        boolean certified = reviews.centreCertifiedFor(application);
        HorizontalLayout centre = new HorizontalLayout(new Paragraph(getTranslation("stamp-review.centre-certificate")),
                new CentreCertification(certified));
        centre.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(heading, queueLink(), centre);
        if (application.submittedAt() != null) {
            add(new Paragraph(getTranslation("stamp-review.submitted-at", BrowserTime.dateTime(application.submittedAt()))));
        }
        if (submitted && !deciding) {
            Div own = new Div(new Paragraph(getTranslation("review.error.own-organisation")));
            own.addClassName("callout");
            own.setId("own-organisation");
            add(own);
        }
        List<RefusedException.Reason> blocking = reviews.blockers(application);
        if (submitted) {
            add(blockers(blocking));
        }
        if (application.reviewerNote() != null) {
            add(new Paragraph(getTranslation("stamp-review.earlier-note", application.reviewerNote())));
        }
        add(new ReportSummary(application, new CategoryNames(organisations, getLocale()), applications));
        if (deciding) {
            add(decisions(application.id(), blocking.isEmpty()));
        }
    }

    /** Every reason the item cannot be stamped now, above the report, or a plain all-clear. */
    private Component blockers(List<RefusedException.Reason> blocking) {
        if (blocking.isEmpty()) {
            Div clear = new Div(new Paragraph(getTranslation("stamp-review.nothing-blocks")));
            clear.addClassNames("callout", "success");
            clear.setId("review-nothing-blocks");
            return clear;
        }
        BlockerCallout callout = new BlockerCallout("review-blockers");
        callout.show("stamp-review.blocked", blocking);
        return callout;
    }

    private Component decisions(UUID applicationId, boolean approvable) {
        note.setLabel(getTranslation("stamp-review.note"));
        note.setHelperText(getTranslation("stamp-review.note.help"));
        note.setWidthFull();
        note.setMaxLength(TextLimits.NOTE);
        note.setId("stamp-decision-note");

        Button approve = new Button(getTranslation("stamp-review.approve"), VaadinIcon.CHECK.create(),
                click -> ConfirmStep.ask(this, "stamp-review.approve", "primary success", "confirm-stamp",
                        () -> approve(applicationId)));
        approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        // The service checks again; the button only spares the certifier a refusal already on screen.
        approve.setEnabled(approvable);
        approve.setId("approve-stamp");
        Button returnIt = new Button(getTranslation("stamp-review.return"), VaadinIcon.ARROW_BACKWARD.create(),
                click -> decide(() -> reviews.returnForCorrection(applicationId, note.getValue()),
                        "stamp-review.returned"));
        returnIt.setId("return-stamp");
        Button reject = new Button(getTranslation("stamp-review.reject"), VaadinIcon.BAN.create(),
                click -> ConfirmStep.ask(this, "stamp-review.reject", "primary error", "confirm-stamp",
                        () -> decide(() -> reviews.reject(applicationId, note.getValue()), "stamp-review.rejected")));
        reject.addThemeVariants(ButtonVariant.ERROR);
        reject.setId("reject-stamp");
        HorizontalLayout buttons = new HorizontalLayout(approve, returnIt, reject);
        buttons.setWrap(true);
        Div section = new Div(new H2(getTranslation("stamp-review.decision")), note, buttons);
        section.addClassName("decision");
        return section;
    }

    private void approve(UUID applicationId) {
        Attempt.get(this, () -> reviews.approve(applicationId)).ifPresent(stamp -> {
            // Back to the queue for the next item; the code is told here, and the centre gets a notice.
            Feedback.success(getTranslation("stamp-review.approved", stamp.code().display()));
            getUI().ifPresent(ui -> ui.navigate(StampQueueView.class));
        });
    }

    /** Returning and rejecting tell the centre why: the service refuses them without a note, shown on the note. */
    private void decide(Runnable decision, String successKey) {
        if (Attempt.run(this, FormFields.of("note", note), decision)) {
            Feedback.success(getTranslation(successKey));
            getUI().ifPresent(ui -> ui.navigate(StampQueueView.class));
        }
    }

    private RouterLink queueLink() {
        RouterLink link = new RouterLink(getTranslation("stamp-review.back"), StampQueueView.class);
        link.setId("back-to-stamp-queue");
        return link;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
