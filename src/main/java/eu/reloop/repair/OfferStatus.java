package eu.reloop.repair;

/** One repairer's side of a request: not answered yet, answered with a form or declined; then chosen or not. */
public enum OfferStatus {
    WAITING, OFFERED, DECLINED, ACCEPTED, NOT_CHOSEN
}
