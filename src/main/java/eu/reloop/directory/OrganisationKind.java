package eu.reloop.directory;

/** What an organisation does for devices. */
public enum OrganisationKind {
    REPAIRER, REUSE_CENTRE, COLLECTION_POINT,
    /** A repair café or another community repair initiative, where volunteers help people repair their own things. */
    COMMUNITY_REPAIR
}
