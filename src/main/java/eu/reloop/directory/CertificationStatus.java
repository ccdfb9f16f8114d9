package eu.reloop.directory;

/** The badge an organisation shows in the directory. */
public enum CertificationStatus {
    CERTIFIED, EXPIRED, SUSPENDED, NOT_CERTIFIED
}
