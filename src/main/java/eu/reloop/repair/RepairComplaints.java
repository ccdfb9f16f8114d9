package eu.reloop.repair;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private static final String SELECT = """
            select c.*, o.organisation_id, g.legal_name, r.brand, r.model,
                   (c.answered_at is null and c.answer_due < :now) as overdue
            from repair_complaint c join repair_request r on r.id = c.request_id
                 join repair_offer o on o.id = r.accepted_offer join organisation g on g.id = o.organisation_id
            """;

    private final JdbcClient jdbc;
    private final RepairRepository repairs;
    private final Notifications notifications;
    private final Clock clock;

    RepairComplaints(JdbcClient jdbc, RepairRepository repairs, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
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
        Instant due = now.plus(ANSWER_TIME);
        UUID complaintId;
        try {
            complaintId = jdbc.sql("""
                            insert into repair_complaint (request_id, text, filed_at, answer_due)
                            values (:request, :text, :now, :due) returning id""")
                    .param("request", requestId).param("text", text.strip()).param("now", Timestamp.from(now))
                    .param("due", Timestamp.from(due)).query(UUID.class).single();
        } catch (DuplicateKeyException alreadyOpen) {
            throw RefusedException.because("repair.error.complaint-open");
        }
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
        RepairComplaint complaint = jdbc.sql(SELECT + "where c.id = :id and o.organisation_id = :organisation for update of c")
                .param("id", complaintId).param("organisation", organisationId).param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> complaint(rs)).optional()
                .orElseThrow(() -> new UnknownRecordException("No complaint with id " + complaintId));
        if (complaint.answeredAt() != null) {
            throw RefusedException.because("repair.error.complaint-answered");
        }
        jdbc.sql("update repair_complaint set answer = :answer, answered_at = :now where id = :id")
                .param("answer", answer.strip()).param("now", Timestamp.from(clock.instant())).param("id", complaintId)
                .update();
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
        return ofRequest(requestId);
    }

    /** The complaints about one of the repairer's repairs, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(RepairInbox.STAFF)
    public List<RepairComplaint> complaintsTo(UUID organisationId, UUID requestId) {
        return ofRequest(requestId).stream().filter(complaint -> complaint.organisationId().equals(organisationId)).toList();
    }

    /** Every complaint unanswered past its 8 days, the longest overdue first: for certifiers to follow up. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CERTIFIER')")
    public List<RepairComplaint> overdue() {
        return jdbc.sql(SELECT + "where c.answered_at is null and c.answer_due < :now order by c.answer_due limit :limit")
                .param("now", Timestamp.from(clock.instant())).param("limit", SHOWN_OVERDUE)
                .query((rs, row) -> complaint(rs)).list();
    }

    private List<RepairComplaint> ofRequest(UUID requestId) {
        return jdbc.sql(SELECT + "where c.request_id = :request order by c.filed_at")
                .param("request", requestId).param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> complaint(rs)).list();
    }

    private static RepairComplaint complaint(ResultSet rs) throws SQLException {
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new RepairComplaint(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
                rs.getObject("organisation_id", UUID.class), rs.getString("legal_name"), rs.getString("brand"),
                rs.getString("model"), rs.getString("text"), rs.getTimestamp("filed_at").toInstant(),
                rs.getTimestamp("answer_due").toInstant(), rs.getString("answer"),
                answeredAt == null ? null : answeredAt.toInstant(), rs.getBoolean("overdue"));
    }
}
