package eu.reloop.repair;

/** The repair status of the Open Repair Data Standard, as its export writes it. */
public enum RepairOutcome {
    FIXED("Fixed"), REPAIRABLE("Repairable"), END_OF_LIFE("End of life");

    private final String ords;

    RepairOutcome(String ords) {
        this.ords = ords;
    }

    public String ords() {
        return ords;
    }
}
