package eu.reloop.repair.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import eu.reloop.directory.Organisations;
import eu.reloop.identity.Role;
import eu.reloop.directory.Site;
import eu.reloop.repair.IssuedForm;
import eu.reloop.repair.OfferStatus;
import eu.reloop.repair.PartsUsed;
import eu.reloop.repair.RepairBarrier;
import eu.reloop.repair.RepairComplaint;
import eu.reloop.repair.RepairComplaints;
import eu.reloop.repair.RepairForm;
import eu.reloop.repair.RepairFormDocuments;
import eu.reloop.repair.RepairInbox;
import eu.reloop.repair.RepairInbox.FormStart;
import eu.reloop.repair.RepairInbox.RequestForRepairer;
import eu.reloop.repair.RepairLinks;
import eu.reloop.repair.RepairOutcome;
import eu.reloop.repair.RepairReport;
import eu.reloop.repair.RepairRequest;
import eu.reloop.repair.RepairRequests;
import eu.reloop.repair.RepairStatus;
import eu.reloop.shared.Ids;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;
import eu.reloop.shared.ui.ReasonStep;
import eu.reloop.shared.ui.RuleBinder;

/**
 * One request a repairer was asked: answered with the European Repair Information Form (prefilled from the
 * organisation and the request) or declined; once the consumer accepts, the repair's steps and its outcome in
 * ORDS terms; and the messages with the consumer.
 */
@Route(value = RepairLinks.ANSWER, layout = MainLayout.class)
@RolesAllowed(Role.REPAIRER_NAME)
class RepairAnswerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient RepairInbox inbox;
    private final transient RepairRequests requests;
    private final transient Organisations organisations;
    private final transient RepairFormDocuments documents;
    private final transient RepairComplaints complaints;
    private String title = "";

    RepairAnswerView(RepairInbox inbox, RepairRequests requests, Organisations organisations,
            RepairFormDocuments documents, RepairComplaints complaints) {
        this.inbox = inbox;
        this.requests = requests;
        this.organisations = organisations;
        this.documents = documents;
        this.complaints = complaints;
        addClassName("repair-answer");
        setMaxWidth("64rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> organisationId = event.getRouteParameters().get(RepairLinks.ORGANISATION_ID).flatMap(Ids::parse);
        Optional<UUID> requestId = event.getRouteParameters().get(RepairLinks.REQUEST_ID).flatMap(Ids::parse);
        if (organisationId.isEmpty() || requestId.isEmpty()) {
            showMissing();
            return;
        }
        show(organisationId.get(), requestId.get());
    }

    private void show(UUID organisationId, UUID requestId) {
        Optional<RequestForRepairer> found = Attempt.get(this, () -> inbox.request(organisationId, requestId));
        if (found.isEmpty()) {
            showMissing();
            return;
        }
        removeAll();
        RequestForRepairer asked = found.get();
        RepairRequest request = asked.request();
        title = getTranslation("repair.answer.title", request.brand(), request.model());
        Anchor back = new Anchor("/" + RepairLinks.INBOX, getTranslation("repair.answer.back"));
        back.getElement().setAttribute("router-link", true);
        RepairRequestFacts facts = new RepairRequestFacts(organisations, request, true);
        facts.setId("repair-request-facts");
        add(new H1(title), back, facts, new RepairPhotos(requests, request));
        OfferStatus status = asked.offer().status();
        if (status == OfferStatus.WAITING && request.status() == RepairStatus.ASKED) {
            add(new AnswerForm(organisationId, request));
        } else if (status == OfferStatus.DECLINED) {
            add(new Paragraph(getTranslation("repair.answer.declined", Objects.requireNonNullElse(asked.offer().declineReason(), ""))));
        } else if (asked.offer().form() != null) {
            IssuedForm form = asked.offer().form();
            add(new H2(getTranslation("repair.answer.your-form")), new RepairFormSummary(documents.fields(request, form, getLocale())));
        }
        if (status == OfferStatus.ACCEPTED) {
            add(repairSteps(organisationId, request));
            if (request.outcome() != null) {
                add(new RepairComplaintList(complaints.complaintsTo(organisationId, requestId),
                        complaint -> answerComplaint(organisationId, requestId, complaint)));
            }
        }
        if (status != OfferStatus.DECLINED && status != OfferStatus.NOT_CHOSEN) {
            add(new RepairMessages(inbox.messages(organisationId, requestId), text -> inbox.write(organisationId, requestId, text),
                    () -> show(organisationId, requestId)));
        }
    }

    private void showMissing() {
        removeAll();
        title = getTranslation("repair.request.title");
        Paragraph missing = new Paragraph(getTranslation("repair.request.not-found"));
        missing.setId("repair-not-found");
        add(new H1(title), missing);
    }

    /** The repair's next step, and the outcome once the device is in. */
    private Component repairSteps(UUID organisationId, RepairRequest request) {
        Div steps = new Div(new H2(getTranslation("repair.answer.repair")));
        Paragraph status = new Paragraph(getTranslation("repair.answer.status",
                getTranslation("repair.status-name." + request.status().name()), BrowserTime.dateTime(request.statusAt()),
                request.handOverAt() == null ? "" : BrowserTime.dateTime(request.handOverAt())));
        status.setId("repair-step-status");
        steps.add(status);
        switch (request.status()) {
            case BOOKED -> steps.add(step(organisationId, request, RepairStatus.RECEIVED, "repair.answer.received"));
            case RECEIVED -> steps.add(new OutcomeForm(organisationId, request));
            case REPAIRED -> steps.add(step(organisationId, request, RepairStatus.READY, "repair.answer.ready"));
            default -> {
                // Ready or collected: the consumer's step, or none left.
            }
        }
        return steps;
    }

    private Button step(UUID organisationId, RepairRequest request, RepairStatus next, String labelKey) {
        Button step = new Button(getTranslation(labelKey), click -> {
            if (Attempt.run(this, () -> inbox.moveTo(organisationId, request.id(), next))) {
                Feedback.success(getTranslation("repair.answer.step-done"));
                show(organisationId, request.id());
            }
        });
        step.addThemeVariants(ButtonVariant.PRIMARY);
        step.setId("repair-step-" + next.name().toLowerCase(java.util.Locale.ROOT));
        return step;
    }

    private void answerComplaint(UUID organisationId, UUID requestId, RepairComplaint complaint) {
        new ReasonStep(getTranslation("repair.complaints.reply.title"), complaint.text(),
                getTranslation("repair.complaints.reply.label"), getTranslation("repair.complaints.reply"),
                getTranslation("repair.complaints.reply.required"), TextLimits.REASON, "complaint-answer").ask(answer -> {
                    boolean done = Attempt.run(this, () -> complaints.answer(organisationId, complaint.id(), answer));
                    if (done) {
                        Feedback.success(getTranslation("repair.complaints.replied"));
                        show(organisationId, requestId);
                    }
                    return done;
                });
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** The European Repair Information Form, bound to {@link RepairForm}'s rules, with a decline beside it. */
    private final class AnswerForm extends Div {

        private final Select<Site> site = new Select<>();
        private final TextArea defect = new TextArea();
        private final TextArea repairType = new TextArea();
        private final BigDecimalField price = new BigDecimalField();
        private final Checkbox priceIsMaximum = new Checkbox();
        private final TextArea priceBasis = new TextArea();
        private final BigDecimalField diagnosisFee = new BigDecimalField();
        private final IntegerField repairDays = new IntegerField();
        private final Checkbox loanDevice = new Checkbox();
        private final TextField loanTerms = new TextField();
        private final TextField handOverPlace = new TextField();
        private final TextField extraServices = new TextField();
        private final BigDecimalField extraServicesCost = new BigDecimalField();
        private final BeanValidationBinder<RepairForm> binder = RuleBinder.of(RepairForm.class);

        AnswerForm(UUID organisationId, RepairRequest request) {
            add(new H2(getTranslation("repair.answer.form")), new Paragraph(getTranslation("repair.answer.form.intro")));
            FormStart start = inbox.prefilled(organisationId, request.id());
            String currency = start.currency().getCurrencyCode();
            List<Site> sites = start.sites();
            site.setLabel(getTranslation("repair.answer.site"));
            site.setItems(sites);
            site.setItemLabelGenerator(shown -> shown.details().name() + ", " + shown.details().address().oneLine());
            site.setId("repair-site");
            label(defect, "repair.form.defect", "repair-defect", TextLimits.REASON);
            label(repairType, "repair.form.repair-type", "repair-type", TextLimits.REASON);
            price.setLabel(getTranslation("repair.answer.price", currency));
            price.setId("repair-price");
            priceIsMaximum.setLabel(getTranslation("repair.answer.price-is-maximum"));
            priceIsMaximum.setId("repair-price-is-maximum");
            label(priceBasis, "repair.form.price-basis", "repair-price-basis", TextLimits.REASON);
            diagnosisFee.setLabel(getTranslation("repair.answer.diagnosis-fee", currency));
            diagnosisFee.setId("repair-diagnosis-fee");
            repairDays.setLabel(getTranslation("repair.answer.days"));
            repairDays.setId("repair-days");
            loanDevice.setLabel(getTranslation("repair.answer.loan"));
            loanDevice.setId("repair-loan");
            label(loanTerms, "repair.answer.loan-terms", "repair-loan-terms", TextLimits.REASON);
            label(handOverPlace, "repair.form.hand-over-place", "repair-hand-over-place", TextLimits.ADDRESS);
            label(extraServices, "repair.answer.extras", "repair-extras", TextLimits.REASON);
            extraServicesCost.setLabel(getTranslation("repair.answer.extras-cost", currency));
            extraServicesCost.setId("repair-extras-cost");
            bind(sites);
            binder.readRecord(start.form());

            FormLayout layout = new FormLayout();
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
            layout.add(site, 2);
            layout.add(defect, 2);
            layout.add(repairType, 2);
            layout.add(price, priceIsMaximum);
            layout.add(priceBasis, 2);
            layout.add(diagnosisFee, repairDays);
            layout.add(loanDevice, loanTerms);
            layout.add(handOverPlace, 2);
            layout.add(extraServices, extraServicesCost);
            Button send = new Button(getTranslation("repair.answer.send"), VaadinIcon.PAPERPLANE.create(),
                    click -> send(organisationId, request));
            send.addThemeVariants(ButtonVariant.PRIMARY);
            send.setId("repair-answer-send");
            Button decline = new Button(getTranslation("repair.answer.decline"), click -> decline(organisationId, request));
            decline.addThemeVariants(ButtonVariant.ERROR);
            decline.setId("repair-decline");
            add(layout, new HorizontalLayout(send, decline));
        }

        private void bind(List<Site> sites) {
            binder.forField(site).withConverter(chosen -> chosen == null ? null : chosen.id(),
                    id -> sites.stream().filter(candidate -> candidate.id().equals(id)).findFirst().orElse(null))
                    .bind("siteId");
            binder.forField(defect).bind("defect");
            binder.forField(repairType).bind("repairType");
            binder.forField(price).bind("price");
            binder.forField(priceIsMaximum).bind("priceIsMaximum");
            binder.forField(priceBasis).bind("priceBasis");
            binder.forField(diagnosisFee).bind("diagnosisFee");
            binder.forField(repairDays).bind("repairDays");
            binder.forField(loanDevice).bind("loanDevice");
            binder.forField(loanTerms).bind("loanTerms");
            binder.forField(handOverPlace).bind("handOverPlace");
            binder.forField(extraServices).bind("extraServices");
            binder.forField(extraServicesCost).bind("extraServicesCost");
        }

        private void label(TextArea field, String labelKey, String id, int maxLength) {
            field.setLabel(getTranslation(labelKey));
            field.setMaxLength(maxLength);
            field.setId(id);
        }

        private void label(TextField field, String labelKey, String id, int maxLength) {
            field.setLabel(getTranslation(labelKey));
            field.setMaxLength(maxLength);
            field.setId(id);
        }

        private void send(UUID organisationId, RepairRequest request) {
            RepairForm form;
            try {
                form = binder.writeRecord();
            } catch (ValidationException invalid) {
                return;
            }
            if (Attempt.run(this, FormFields.of(binder), () -> inbox.answer(organisationId, request.id(), form))) {
                Feedback.success(getTranslation("repair.answer.sent"));
                show(organisationId, request.id());
            }
        }

        private void decline(UUID organisationId, RepairRequest request) {
            new ReasonStep(getTranslation("repair.decline.title"), getTranslation("repair.decline.text"),
                    getTranslation("repair.decline.reason"), getTranslation("repair.answer.decline"),
                    getTranslation("repair.decline.reason-required"), TextLimits.REASON, "repair-decline").ask(reason -> {
                        boolean done = Attempt.run(RepairAnswerView.this,
                                () -> inbox.decline(organisationId, request.id(), reason));
                        if (done) {
                            Feedback.success(getTranslation("repair.decline.done"));
                            show(organisationId, request.id());
                        }
                        return done;
                    });
        }
    }

    /** The repair's outcome in ORDS terms, bound to {@link RepairReport}'s rules. */
    private final class OutcomeForm extends Div {

        private final Select<RepairOutcome> outcome = new Select<>();
        private final Select<RepairBarrier> barrier = new Select<>();
        private final Select<PartsUsed> parts = new Select<>();
        private final IntegerField warrantyMonths = new IntegerField();
        private final BeanValidationBinder<RepairReport> binder = RuleBinder.of(RepairReport.class);

        OutcomeForm(UUID organisationId, RepairRequest request) {
            outcome.setLabel(getTranslation("repair.report.outcome"));
            outcome.setItems(RepairOutcome.values());
            outcome.setItemLabelGenerator(shown -> getTranslation("repair.outcome-name." + shown.name()));
            outcome.setId("repair-outcome");
            barrier.setLabel(getTranslation("repair.report.barrier"));
            barrier.setItems(RepairBarrier.values());
            // The empty choice (fixed, nothing in the way) is labelled too.
            barrier.setItemLabelGenerator(shown -> getTranslation(shown == null ? "repair.report.no-barrier"
                    : "repair.barrier." + shown.name()));
            barrier.setEmptySelectionAllowed(true);
            barrier.setId("repair-barrier");
            parts.setLabel(getTranslation("repair.report.parts"));
            parts.setItems(PartsUsed.values());
            parts.setItemLabelGenerator(shown -> getTranslation("repair.parts." + shown.name()));
            parts.setId("repair-parts");
            warrantyMonths.setLabel(getTranslation("repair.report.warranty"));
            warrantyMonths.setHelperText(getTranslation("repair.report.warranty.help", RepairReport.MIN_WARRANTY_MONTHS));
            warrantyMonths.setId("repair-warranty-months");
            binder.forField(outcome).bind("outcome");
            binder.forField(barrier).bind("barrier");
            binder.forField(parts).bind("parts");
            binder.forField(warrantyMonths).bind("warrantyMonths");
            binder.readRecord(new RepairReport(null, null, null, RepairReport.MIN_WARRANTY_MONTHS));
            Button record = new Button(getTranslation("repair.report.record"), click -> record(organisationId, request));
            record.addThemeVariants(ButtonVariant.PRIMARY);
            record.setId("repair-report");
            FormLayout layout = new FormLayout(outcome, barrier, parts, warrantyMonths);
            add(layout, record);
        }

        private void record(UUID organisationId, RepairRequest request) {
            RepairReport report;
            try {
                report = binder.writeRecord();
            } catch (ValidationException invalid) {
                return;
            }
            if (Attempt.run(this, FormFields.of(binder), () -> inbox.report(organisationId, request.id(), report))) {
                Feedback.success(getTranslation("repair.report.done"));
                show(organisationId, request.id());
            }
        }
    }
}
