package eu.reloop.handin.ui;

import java.util.List;
import java.util.Locale;

import eu.reloop.directory.DeviceCategory;

/** A device as lists show it: "Fairphone 4 (Mobile phones)". */
final class DeviceLabels {

    private DeviceLabels() {
    }

    static String of(String category, String brand, String model, List<DeviceCategory> taxonomy, Locale locale) {
        String kind = taxonomy.stream().filter(known -> known.code().equals(category)).findFirst()
                .map(known -> known.name(locale)).orElse(category);
        return brand + " " + model + " (" + kind + ")";
    }
}
