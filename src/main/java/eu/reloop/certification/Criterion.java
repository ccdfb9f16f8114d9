package eu.reloop.certification;

/**
 * The checklist every application answers, after EN 50614 and PAS 141 practice. Each item is answered
 * yes or no with an explanation; the translations say what the explanation should name.
 */
public enum Criterion {
    /** Names of the staff who repair and the training each has had. */
    TRAINED_STAFF,
    /** Electrical safety testing after repair per EN 50678 / EN 50699: instrument and calibration date. */
    ELECTRICAL_SAFETY_TESTING,
    /** A data sanitisation procedure per NIST SP 800-88 / IEEE 2883: tools and how erasure is verified. */
    DATA_SANITISATION,
    /** Safe storage and handling of lithium batteries: the fire risk behind the scheme. */
    LITHIUM_BATTERY_SAFETY,
    /** Liability insurance: insurer, policy number and expiry. */
    LIABILITY_INSURANCE,
    /** A record per item of what was tested and repaired, by whom and when. */
    TRACEABILITY,
    /** Complaints answered in writing within 8 working days. */
    COMPLAINT_HANDLING,
    /** At least 3 months' warranty on repairs. */
    REPAIR_WARRANTY,
    /** Waste handed to an approved take-back scheme. */
    WASTE_TAKE_BACK
}
