package eu.reloop.directory;

/**
 * How a device reaches a repairer, one of the hand-over options Article 7 of Directive (EU) 2024/1799 has the
 * repair platform search by; translated as {@code repair.hand-over.<NAME>}.
 */
public enum HandOver {
    /** The consumer brings it to the repairer's site. */
    BRING,
    /** The repairer picks it up at the consumer's address. */
    PICKUP,
    /** The repairer repairs it at the consumer's home. */
    AT_HOME
}
