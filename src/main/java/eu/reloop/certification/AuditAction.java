package eu.reloop.certification;

/** The decisions and events the audit trail records. */
public enum AuditAction {
    SUBMITTED, CHANGES_REQUESTED, APPROVED, REJECTED, SUSPENDED, REINSTATED, REVOKED, EXPIRED, IMPORTED
}
