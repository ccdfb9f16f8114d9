package eu.reloop.repair;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.notification.Notifications;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnknownRecordException;

/**
 * Complaints about repairs: the consumer files one once the repair is done, the repairer answers in writing
 * within 8 days (and may still answer later, when it shows as overdue), and certifiers see every overdue one.
 */
@Service
@Validated
public class RepairComplaints {

    public static final Duration ANSWER_TIME = Duration.ofDays(8);
    private static final Set<RepairStatus> DONE = Set.of(RepairStatus.REPAIRED, RepairStatus.READY, RepairStatus.COLLECTED);
    private static final int SHOWN_OVERDUE = 500;

    private final RepairRepository repairs;
    private final Notifications notifications;
    private final Clock clock;

    RepairComplaints(RepairRepository repairs, Notifications notifications, Clock clock) {
        this.repairs = repairs;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The consumer complains about their repair, once it is done; one open complaint at a time. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public UUID complain(UUID requestId,
            @NotBlank @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String text) {
        String consumer = RepairRequests.currentUser();
        RepairRequest request = repairs.lockRequest(requestId).filter(found -> found.consumerEmail().equals(consumer))
                .orElseThrow(() -> RepairRequests.unknown(requestId));
        if (!DONE.contains(request.status())) {
            throw RefusedException.because("repair.error.complaint-too-early");
        }
        Instant now = clock.instant();
        // The request is locked, so no second complaint slips in between this check and the insert.
        if (repairs.complaintsOf(requestId, now).stream().anyMatch(filed -> filed.answeredAt() == null)) {
            throw RefusedException.because("repair.error.complaint-open");
        }
        Instant due = now.plus(ANSWER_TIME);
        UUID complaintId = repairs.insertComplaint(requestId, text.strip(), now, due);
        RepairOffer accepted = repairs.offersOf(requestId).stream()
                .filter(offer -> offer.id().equals(request.acceptedOffer())).findFirst().orElseThrow();
        UUID organisationId = accepted.organisationId();
        // The day it is due where the repairer works.
        LocalDate dueOn = LocalDate.ofInstant(due, Objects.requireNonNull(accepted.form()).timeZone());
        notifications.notifyOrganisation(organisationId, "notice.repair-complaint", List.of(request.brand(),
                request.model(), dueOn), RepairLinks.answer(organisationId, requestId));
        return complaintId;
    }

    /** The repairer's written answer, once. */
    @Transactional
    @PreAuthorize(RepairInbox.STAFF)
    public void answer(UUID organisationId, UUID complaintId,
            @NotBlank @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String answer) {
        RepairComplaint complaint = repairs.lockComplaint(complaintId, organisationId, clock.instant())
                .orElseThrow(() -> new UnknownRecordException("No complaint with id " + complaintId));
        if (complaint.answeredAt() != null) {
            throw RefusedException.because("repair.error.complaint-answered");
        }
        repairs.answerComplaint(complaintId, answer.strip(), clock.instant());
        RepairRequest request = repairs.request(complaint.requestId()).orElseThrow();
        notifications.notifyPerson(request.consumerEmail(), request.consumerLocale(), "mail.repair-complaint-answered",
                List.of(complaint.organisationName(), request.brand(), request.model(), answer.strip()),
                RepairLinks.request(request.id()));
    }

    /** The complaints about one repair, oldest first, for its consumer. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RepairComplaint> myComplaints(UUID requestId) {
        String consumer = RepairRequests.currentUser();
        repairs.request(requestId).filter(found -> found.consumerEmail().equals(consumer))
                .orElseThrow(() -> RepairRequests.unknown(requestId));
        return repairs.complaintsOf(requestId, clock.instant());
    }

    /** The complaints about one of the repairer's repairs, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(RepairInbox.STAFF)
    public List<RepairComplaint> complaintsTo(UUID organisationId, UUID requestId) {
        return repairs.complaintsOf(requestId, clock.instant()).stream()
                .filter(complaint -> complaint.organisationId().equals(organisationId)).toList();
    }

    /** Every complaint unanswered past its 8 days, the longest overdue first: for certifiers to follow up. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CERTIFIER')")
    public List<RepairComplaint> overdue() {
        return repairs.overdueComplaints(clock.instant(), SHOWN_OVERDUE);
    }
}
