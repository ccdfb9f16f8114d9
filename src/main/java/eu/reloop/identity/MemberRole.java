package eu.reloop.identity;

/** What a person may do inside one organisation: owners also decide who else works for it. */
public enum MemberRole {
    OWNER, STAFF
}
