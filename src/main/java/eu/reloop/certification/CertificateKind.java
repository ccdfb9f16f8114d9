package eu.reloop.certification;

/** What a certificate vouches for: repairing devices, or preparing used devices for resale. */
public enum CertificateKind {
    REPAIRER, REUSE_CENTRE
}
