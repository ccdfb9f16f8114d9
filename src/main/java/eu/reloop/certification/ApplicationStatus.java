package eu.reloop.certification;

/** Where an application is: the organisation edits it while DRAFT or CHANGES_REQUESTED, a certifier while SUBMITTED. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, CHANGES_REQUESTED, APPROVED, REJECTED;

    public boolean editableByOrganisation() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** Not decided yet: an organisation has at most one open application per kind. */
    public boolean isOpen() {
        return this != APPROVED && this != REJECTED;
    }
}
