package eu.reloop.stamp;

/** Where a stamp application is: the centre edits it while DRAFT or RETURNED, a certifier while SUBMITTED. */
public enum StampApplicationStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, REJECTED;

    public boolean editableByCentre() {
        return this == DRAFT || this == RETURNED;
    }
}
