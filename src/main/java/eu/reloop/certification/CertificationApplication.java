package eu.reloop.certification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One application of one organisation for one kind of certificate, with its answers, the reviewer's
 * comments per item (when changes were requested), its evidence and the certifier's last note.
 */
public record CertificationApplication(
        UUID id,
        UUID organisationId,
        String organisationName,
        String country,
        CertificateKind kind,
        ApplicationStatus status,
        Scope scope,
        List<Answer> answers,
        Map<Criterion, String> reviewerComments,
        List<EvidenceFile> evidence,
        @Nullable String decisionNote,
        Instant createdAt,
        @Nullable Instant submittedAt) {

    public Answer answer(Criterion criterion) {
        return answers.stream().filter(answer -> answer.criterion() == criterion).findFirst()
                .orElse(Answer.unanswered(criterion));
    }

    public Optional<String> reviewerComment(Criterion criterion) {
        return Optional.ofNullable(reviewerComments.get(criterion));
    }

    public List<EvidenceFile> evidenceFor(Criterion criterion) {
        return evidence.stream().filter(file -> file.criterion() == criterion).toList();
    }
}
