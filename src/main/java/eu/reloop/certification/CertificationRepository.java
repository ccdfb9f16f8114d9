package eu.reloop.certification;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.reloop.directory.OfferedService;
import eu.reloop.shared.DocumentType;

/** Applications, evidence, certificates, reminders and the audit trail in PostgreSQL. */
@Repository
class CertificationRepository {

    private static final String APPLICATION_COLUMNS = """
            a.id, a.organisation_id, o.legal_name, o.country, a.kind, a.status, a.categories, a.services,
            a.decision_note, a.created_at, a.submitted_at""";
    private static final String CERTIFICATE_COLUMNS = """
            c.number, c.organisation_id, o.legal_name, c.kind, c.categories, c.services, c.valid_from, c.valid_to,
            c.certifier, c.state, c.state_reason""";

    private final JdbcClient jdbc;

    CertificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insertApplication(UUID organisationId, CertificateKind kind, Instant now) {
        return jdbc.sql("""
                        insert into certification_application (organisation_id, kind, status, created_at, updated_at)
                        values (:organisation, :kind, 'DRAFT', :now, :now) returning id""")
                .param("organisation", organisationId).param("kind", kind.name()).param("now", Timestamp.from(now))
                .query(UUID.class).single();
    }

    boolean hasOpenApplication(UUID organisationId, CertificateKind kind) {
        return jdbc.sql("""
                        select exists (select 1 from certification_application where organisation_id = :organisation
                                       and kind = :kind and status in (:open))""")
                .param("organisation", organisationId).param("kind", kind.name())
                .param("open", ApplicationStatus.OPEN.stream().map(Enum::name).toList())
                .query(Boolean.class).single();
    }

    /** Locks the application row until the transaction ends, so that two decisions cannot cross. */
    Optional<CertificationApplication> findApplicationForUpdate(UUID id) {
        jdbc.sql("select id from certification_application where id = :id for update").param("id", id)
                .query(UUID.class).optional();
        return findApplication(id);
    }

    Optional<CertificationApplication> findApplication(UUID id) {
        return jdbc.sql("select " + APPLICATION_COLUMNS + """
                         from certification_application a join organisation o on o.id = a.organisation_id
                        where a.id = :id""")
                .param("id", id).query((rs, row) -> mapApplication(rs)).optional();
    }

    List<CertificationApplication> applicationsOf(UUID organisationId) {
        return jdbc.sql("select " + APPLICATION_COLUMNS + """
                         from certification_application a join organisation o on o.id = a.organisation_id
                        where a.organisation_id = :organisation order by a.created_at desc""")
                .param("organisation", organisationId).query((rs, row) -> mapApplication(rs)).list();
    }

    void saveDraft(UUID id, ApplicationDraft draft, Instant now) {
        jdbc.sql("""
                        update certification_application set categories = string_to_array(:categories, ','),
                               services = string_to_array(:services, ','), updated_at = :now
                        where id = :id""")
                .param("id", id).param("categories", joined(draft.scope().categories()))
                .param("services", joined(draft.scope().services().stream().map(Enum::name).toList()))
                .param("now", Timestamp.from(now)).update();
        for (Answer answer : draft.answers()) {
            jdbc.sql("""
                            insert into certification_answer (application_id, criterion, met, explanation)
                            values (:id, :criterion, :met, :explanation)
                            on conflict (application_id, criterion)
                            do update set met = excluded.met, explanation = excluded.explanation""")
                    .param("id", id).param("criterion", answer.criterion().name()).param("met", answer.met())
                    .param("explanation", answer.explanation()).update();
        }
    }

    void setStatus(UUID id, ApplicationStatus status, @Nullable String decisionNote, Instant now) {
        jdbc.sql("""
                        update certification_application set status = :status, decision_note = :note, updated_at = :now,
                               submitted_at = case when :status = 'SUBMITTED' then :now else submitted_at end
                        where id = :id""")
                .param("id", id).param("status", status.name()).param("note", decisionNote)
                .param("now", Timestamp.from(now)).update();
    }

    /** Replaces the reviewer's comments: those of an earlier round no longer apply. */
    void setReviewerComments(UUID id, Map<Criterion, String> comments) {
        jdbc.sql("update certification_answer set reviewer_comment = null where application_id = :id")
                .param("id", id).update();
        comments.forEach((criterion, comment) -> jdbc.sql("""
                        insert into certification_answer (application_id, criterion, reviewer_comment)
                        values (:id, :criterion, :comment)
                        on conflict (application_id, criterion) do update set reviewer_comment = excluded.reviewer_comment""")
                .param("id", id).param("criterion", criterion.name()).param("comment", comment).update());
    }

    List<SubmittedApplication> queue(@Nullable CertificateKind kind, @Nullable String country, int offset, int limit) {
        return jdbc.sql("""
                        select a.id, a.organisation_id, o.legal_name, o.country, a.kind, a.submitted_at
                        from certification_application a join organisation o on o.id = a.organisation_id
                        where a.status = 'SUBMITTED' and (cast(:kind as text) is null or a.kind = :kind)
                          and (cast(:country as text) is null or o.country = :country)
                        order by a.submitted_at, a.id offset :offset limit :limit""")
                .param("kind", kind == null ? null : kind.name()).param("country", country)
                .param("offset", offset).param("limit", limit)
                .query((rs, row) -> new SubmittedApplication(rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class), rs.getString("legal_name"),
                        rs.getString("country").strip(), CertificateKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("submitted_at").toInstant())).list();
    }

    int queueSize(@Nullable CertificateKind kind, @Nullable String country) {
        return jdbc.sql("""
                        select count(*) from certification_application a join organisation o on o.id = a.organisation_id
                        where a.status = 'SUBMITTED' and (cast(:kind as text) is null or a.kind = :kind)
                          and (cast(:country as text) is null or o.country = :country)""")
                .param("kind", kind == null ? null : kind.name()).param("country", country)
                .query(Integer.class).single();
    }

    UUID insertEvidence(UUID applicationId, Criterion criterion, String fileName, DocumentType type, byte[] content,
            Instant now) {
        return jdbc.sql("""
                        insert into certification_evidence (application_id, criterion, file_name, content_type, size_bytes,
                                                            content, uploaded_at)
                        values (:application, :criterion, :name, :type, :size, :content, :now) returning id""")
                .param("application", applicationId).param("criterion", criterion.name()).param("name", fileName)
                .param("type", type.contentType()).param("size", content.length).param("content", content)
                .param("now", Timestamp.from(now)).query(UUID.class).single();
    }

    boolean deleteEvidence(UUID applicationId, UUID evidenceId) {
        return jdbc.sql("delete from certification_evidence where id = :id and application_id = :application")
                .param("id", evidenceId).param("application", applicationId).update() == 1;
    }

    /** The document, if it belongs to an application of that organisation. */
    Optional<EvidenceContent> evidenceContent(UUID organisationId, UUID evidenceId) {
        return jdbc.sql("""
                        select e.file_name, e.content_type, e.content from certification_evidence e
                        join certification_application a on a.id = e.application_id
                        where e.id = :id and a.organisation_id = :organisation""")
                .param("id", evidenceId).param("organisation", organisationId)
                .query((rs, row) -> new EvidenceContent(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content"))).optional();
    }

    String nextCertificateNumber(int year) {
        long sequence = jdbc.sql("select nextval('certificate_number_sequence')").query(Long.class).single();
        return "RLC-%d-%05d".formatted(year, sequence);
    }

    /**
     * @param expiryRecorded true for a certificate that ran out before it was entered, so that its expiry is
     *                       not announced as news
     */
    void insertCertificate(Certificate certificate, @Nullable UUID applicationId, boolean expiryRecorded) {
        jdbc.sql("""
                        insert into certificate (number, organisation_id, application_id, kind, categories, services,
                                                 valid_from, valid_to, certifier, state, expiry_recorded)
                        values (:number, :organisation, :application, :kind, string_to_array(:categories, ','),
                                string_to_array(:services, ','), :from, :to, :certifier, :state, :expired)""")
                .param("expired", expiryRecorded)
                .param("number", certificate.number()).param("organisation", certificate.organisationId())
                .param("application", applicationId).param("kind", certificate.kind().name())
                .param("categories", joined(certificate.scope().categories()))
                .param("services", joined(certificate.scope().services().stream().map(Enum::name).toList()))
                .param("from", Timestamp.from(certificate.validFrom())).param("to", Timestamp.from(certificate.validTo()))
                .param("certifier", certificate.certifier()).param("state", certificate.state().name()).update();
    }

    /** Locks the certificate row until the transaction ends, so that two certifiers' changes cannot cross. */
    Optional<Certificate> findCertificateForUpdate(String number) {
        jdbc.sql("select number from certificate where number = :number for update").param("number", number)
                .query(String.class).optional();
        return findCertificate(number);
    }

    Optional<Certificate> findCertificate(String number) {
        return jdbc.sql("select " + CERTIFICATE_COLUMNS
                        + " from certificate c join organisation o on o.id = c.organisation_id where c.number = :number")
                .param("number", number).query((rs, row) -> mapCertificate(rs)).optional();
    }

    List<Certificate> certificatesOf(Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + CERTIFICATE_COLUMNS + """
                         from certificate c join organisation o on o.id = c.organisation_id
                        where c.organisation_id in (:ids) order by c.valid_from desc""")
                .param("ids", organisationIds).query((rs, row) -> mapCertificate(rs)).list();
    }

    /** Certificates whose number or organisation name contains the text, newest first. */
    List<Certificate> findCertificates(String text, int offset, int limit) {
        return jdbc.sql("select " + CERTIFICATE_COLUMNS + """
                         from certificate c join organisation o on o.id = c.organisation_id
                        where c.number ilike :pattern or o.legal_name ilike :pattern
                        order by c.valid_from desc, c.number offset :offset limit :limit""")
                .param("pattern", likePattern(text)).param("offset", offset).param("limit", limit)
                .query((rs, row) -> mapCertificate(rs)).list();
    }

    int countCertificates(String text) {
        return jdbc.sql("""
                        select count(*) from certificate c join organisation o on o.id = c.organisation_id
                        where c.number ilike :pattern or o.legal_name ilike :pattern""")
                .param("pattern", likePattern(text)).query(Integer.class).single();
    }

    void setCertificateState(String number, CertificateState state, String reason) {
        jdbc.sql("update certificate set state = :state, state_reason = :reason where number = :number")
                .param("number", number).param("state", state.name()).param("reason", reason).update();
    }

    /** Certificates in force (not suspended) whose end lies within {@code daysBefore} days and that were not yet reminded for it. */
    List<Certificate> dueForReminder(Instant now, int daysBefore) {
        return jdbc.sql("select " + CERTIFICATE_COLUMNS + """
                         from certificate c join organisation o on o.id = c.organisation_id
                        where c.state = 'ACTIVE' and c.valid_to > :now
                          and c.valid_to <= cast(:now as timestamptz) + make_interval(days => :days)
                          and not exists (select 1 from certificate_reminder r
                                          where r.certificate_number = c.number and r.days_before = :days)""")
                .param("now", Timestamp.from(now)).param("days", daysBefore)
                .query((rs, row) -> mapCertificate(rs)).list();
    }

    /** Whether this call recorded the reminder: false when another run (another instance) already had. */
    boolean recordReminder(String number, int daysBefore, Instant now) {
        return jdbc.sql("""
                        insert into certificate_reminder (certificate_number, days_before, sent_at)
                        values (:number, :days, :now) on conflict do nothing""")
                .param("number", number).param("days", daysBefore).param("now", Timestamp.from(now)).update() == 1;
    }

    /** Certificates that have run out since the last look, each marked so that it is returned once. */
    List<Certificate> takeNewlyExpired(Instant now) {
        List<String> numbers = jdbc.sql("""
                        update certificate set expiry_recorded = true
                        where state <> 'REVOKED' and valid_to <= :now and not expiry_recorded returning number""")
                .param("now", Timestamp.from(now)).query(String.class).list();
        return numbers.stream().map(number -> findCertificate(number).orElseThrow()).toList();
    }

    void appendAudit(UUID organisationId, Instant at, String actor, AuditAction action, @Nullable UUID applicationId,
            @Nullable String certificateNumber, @Nullable String reason) {
        jdbc.sql("""
                        insert into certification_audit (organisation_id, at, actor, action, application_id,
                                                         certificate_number, reason)
                        values (:organisation, :at, :actor, :action, :application, :certificate, :reason)""")
                .param("organisation", organisationId).param("at", Timestamp.from(at)).param("actor", actor)
                .param("action", action.name()).param("application", applicationId)
                .param("certificate", certificateNumber).param("reason", reason).update();
    }

    List<AuditEntry> auditOf(UUID organisationId) {
        return jdbc.sql("select * from certification_audit where organisation_id = :organisation order by id desc")
                .param("organisation", organisationId)
                .query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getObject("organisation_id", UUID.class),
                        rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        AuditAction.valueOf(rs.getString("action")), rs.getObject("application_id", UUID.class),
                        rs.getString("certificate_number"), rs.getString("reason"))).list();
    }

    private CertificationApplication mapApplication(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        record AnswerRow(Answer answer, @Nullable String comment) {
        }
        List<AnswerRow> answers = jdbc.sql("select * from certification_answer where application_id = :id")
                .param("id", id)
                .query((answerRs, row) -> new AnswerRow(new Answer(Criterion.valueOf(answerRs.getString("criterion")),
                        (Boolean) answerRs.getObject("met"), answerRs.getString("explanation")),
                        answerRs.getString("reviewer_comment"))).list();
        Map<Criterion, String> comments = new EnumMap<>(Criterion.class);
        answers.stream().filter(row -> row.comment() != null)
                .forEach(row -> comments.put(row.answer().criterion(), row.comment()));
        List<EvidenceFile> evidence = jdbc.sql("""
                        select id, criterion, file_name, content_type, size_bytes, uploaded_at from certification_evidence
                        where application_id = :id order by uploaded_at, id""")
                .param("id", id)
                .query((fileRs, row) -> new EvidenceFile(fileRs.getObject("id", UUID.class),
                        Criterion.valueOf(fileRs.getString("criterion")), fileRs.getString("file_name"),
                        fileRs.getString("content_type"), fileRs.getLong("size_bytes"),
                        fileRs.getTimestamp("uploaded_at").toInstant())).list();
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new CertificationApplication(id, rs.getObject("organisation_id", UUID.class), rs.getString("legal_name"),
                rs.getString("country").strip(), CertificateKind.valueOf(rs.getString("kind")),
                ApplicationStatus.valueOf(rs.getString("status")), scope(rs),
                answers.stream().map(AnswerRow::answer).sorted(java.util.Comparator.comparing(Answer::criterion)).toList(),
                comments, evidence, rs.getString("decision_note"), rs.getTimestamp("created_at").toInstant(),
                submitted == null ? null : submitted.toInstant());
    }

    private static Certificate mapCertificate(ResultSet rs) throws SQLException {
        return new Certificate(rs.getString("number"), rs.getObject("organisation_id", UUID.class),
                rs.getString("legal_name"), CertificateKind.valueOf(rs.getString("kind")), scope(rs),
                rs.getTimestamp("valid_from").toInstant(), rs.getTimestamp("valid_to").toInstant(),
                rs.getString("certifier"), CertificateState.valueOf(rs.getString("state")), rs.getString("state_reason"));
    }

    private static Scope scope(ResultSet rs) throws SQLException {
        return new Scope(strings(rs.getArray("categories")),
                strings(rs.getArray("services")).stream().map(OfferedService::valueOf).collect(Collectors.toSet()));
    }

    private static Set<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    private static String joined(Collection<String> values) {
        return String.join(",", values.stream().sorted().toList());
    }

    private static String likePattern(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
