package eu.reloop.market;

/** A warranty claim waits for the seller's answer, or has it. */
public enum ClaimStatus {
    OPEN, ANSWERED
}
