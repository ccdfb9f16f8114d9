package eu.reloop.directory;

/** What a site does for a category of devices; the names are stored and translated as {@code service.<NAME>}. */
public enum OfferedService {

    /** Repairs devices brought in. */
    REPAIR,

    /** Sells refurbished or second-hand devices. */
    SELLS_REFURBISHED,

    /** Erases data with a certified method following NIST SP 800-88 or IEEE 2883. */
    DATA_ERASURE,

    /** Takes devices in for reuse or recycling. */
    DROP_OFF,

    /** Sells spare parts for people repairing their own devices. */
    SPARE_PARTS,

    /** Repairs at the customer's home, for devices too large to carry in. */
    HOME_VISITS,

    /** Repairs devices sent by post. */
    MAIL_IN_REPAIR
}
