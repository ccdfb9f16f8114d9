package eu.reloop.directory;

/** The badge an organisation shows in the directory, read from its certificates. */
public enum CertificationStatus {
    CERTIFIED, EXPIRED, SUSPENDED, REVOKED, NOT_CERTIFIED
}
