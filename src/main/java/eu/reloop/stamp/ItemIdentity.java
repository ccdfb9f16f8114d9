package eu.reloop.stamp;

import org.jspecify.annotations.Nullable;

/** Which physical item: its category (a directory code), brand, model, serial number or IMEI, and year. */
public record ItemIdentity(String category, String brand, String model, String serialNumber,
        @Nullable Integer yearOfManufacture) {

    public ItemIdentity {
        brand = brand.strip();
        model = model.strip();
        serialNumber = serialNumber.strip();
    }

    /** As the public sees it: all but the last four characters hidden. */
    public String maskedSerial() {
        int shown = Math.min(4, serialNumber.length());
        return "\u2022".repeat(Math.max(0, serialNumber.length() - shown)) + serialNumber.substring(serialNumber.length() - shown);
    }
}
