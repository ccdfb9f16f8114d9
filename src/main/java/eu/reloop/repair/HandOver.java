package eu.reloop.repair;

/** How the device reaches the repairer (Article 7's hand-over options); translated as {@code repair.hand-over.<NAME>}. */
public enum HandOver {
    /** The consumer brings it to the repairer's site. */
    BRING,
    /** The repairer picks it up at the consumer's address. */
    PICKUP,
    /** The repairer repairs it at the consumer's home. */
    AT_HOME
}
