package eu.reloop.certification;

/** What certifiers did to a certificate; expiry is not a state but a date. */
public enum CertificateState {
    ACTIVE, SUSPENDED, REVOKED
}
