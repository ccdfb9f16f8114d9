package eu.reloop.directory;

/** What an organisation does for devices. */
public enum OrganisationKind {
    REPAIRER, REUSE_CENTRE, COLLECTION_POINT
}
