package eu.reloop.certification;

import java.util.EnumSet;
import java.util.Set;

/** Where an application is: the organisation edits it while DRAFT or CHANGES_REQUESTED, a certifier while SUBMITTED. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, CHANGES_REQUESTED, APPROVED, REJECTED;

    /** Not decided yet: an organisation has at most one open application per kind. */
    public static final Set<ApplicationStatus> OPEN = EnumSet.of(DRAFT, SUBMITTED, CHANGES_REQUESTED);

    public boolean editableByOrganisation() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
