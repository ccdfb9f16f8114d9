package eu.reloop.repair;

/** Why a device was not fixed, in the barrier terms of the Open Repair Data Standard. */
public enum RepairBarrier {
    SPARE_PARTS_NOT_AVAILABLE("Spare parts not available"),
    SPARE_PARTS_TOO_EXPENSIVE("Spare parts too expensive"),
    NO_WAY_TO_OPEN("No way to open the product"),
    LACK_OF_INFORMATION("Repair information not available"),
    REPAIR_TOO_EXPENSIVE("Repair too expensive");

    private final String ords;

    RepairBarrier(String ords) {
        this.ords = ords;
    }

    public String ords() {
        return ords;
    }
}
