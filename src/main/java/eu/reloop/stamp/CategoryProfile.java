package eu.reloop.stamp;

import java.util.List;
import java.util.Map;

/**
 * What an inspection of one device category covers: the functional tests of its template, and whether
 * the item needs an electrical safety test (mains-powered), a battery health reading, and data erasure.
 */
public record CategoryProfile(boolean mainsPowered, boolean batteryPowered, boolean dataBearing, List<String> tests) {

    private static final List<String> COMPUTER = List.of("POWER_ON", "SCREEN", "KEYBOARD_INPUT", "PORTS", "WIFI_BLUETOOTH",
            "SPEAKERS_MICROPHONE", "CAMERA", "CHARGING", "STORAGE_HEALTH");
    private static final List<String> PHONE = List.of("POWER_ON", "SCREEN", "TOUCH", "BUTTONS", "PORTS", "CAMERAS",
            "SPEAKERS_MICROPHONE", "WIFI_BLUETOOTH", "CELLULAR", "CHARGING", "SENSORS");
    private static final List<String> WASHING = List.of("POWER_ON", "DOOR_LOCK", "DRUM_BEARINGS", "PUMP_DRAIN",
            "WATER_INLET", "HEATING", "PROGRAMS", "NO_LEAKS");
    private static final List<String> COOLING = List.of("POWER_ON", "COOLING", "FREEZING", "THERMOSTAT", "DOOR_SEALS",
            "NOISE_LEVEL", "LIGHTING");
    private static final List<String> GENERAL = List.of("POWER_ON", "CONTROLS", "MAIN_FUNCTION", "HOUSING_INTACT");

    private static final Map<String, CategoryProfile> PROFILES = Map.ofEntries(
            Map.entry("phones", new CategoryProfile(false, true, true, PHONE)),
            Map.entry("tablets", new CategoryProfile(false, true, true, PHONE)),
            Map.entry("wearables", new CategoryProfile(false, true, true, List.of("POWER_ON", "SCREEN", "TOUCH",
                    "BUTTONS", "WIFI_BLUETOOTH", "CHARGING", "SENSORS"))),
            Map.entry("laptops", new CategoryProfile(true, true, true, COMPUTER)),
            Map.entry("desktop-computers", new CategoryProfile(true, false, true, COMPUTER)),
            Map.entry("monitors-tvs", new CategoryProfile(true, false, false, List.of("POWER_ON", "SCREEN",
                    "DEAD_PIXELS", "PORTS", "SPEAKERS_MICROPHONE", "REMOTE_CONTROL"))),
            Map.entry("audio-headphones", new CategoryProfile(false, true, false, List.of("POWER_ON", "LEFT_RIGHT_AUDIO",
                    "WIFI_BLUETOOTH", "CHARGING", "CONTROLS"))),
            Map.entry("cameras", new CategoryProfile(false, true, true, List.of("POWER_ON", "SENSOR_IMAGE", "AUTOFOCUS",
                    "SHUTTER", "SCREEN", "CHARGING", "CARD_SLOT"))),
            Map.entry("game-consoles", new CategoryProfile(true, false, true, List.of("POWER_ON", "VIDEO_OUTPUT",
                    "CONTROLLERS", "DISC_DRIVE", "WIFI_BLUETOOTH", "STORAGE_HEALTH"))),
            Map.entry("printers", new CategoryProfile(true, false, true, List.of("POWER_ON", "PRINT_QUALITY",
                    "PAPER_FEED", "SCANNER", "CONNECTIVITY"))),
            Map.entry("washing-machines", new CategoryProfile(true, false, false, WASHING)),
            Map.entry("tumble-dryers", new CategoryProfile(true, false, false, List.of("POWER_ON", "DOOR_LOCK",
                    "DRUM_BEARINGS", "HEATING", "CONDENSER_FILTER", "PROGRAMS"))),
            Map.entry("dishwashers", new CategoryProfile(true, false, false, List.of("POWER_ON", "DOOR_LOCK",
                    "PUMP_DRAIN", "WATER_INLET", "HEATING", "SPRAY_ARMS", "PROGRAMS", "NO_LEAKS"))),
            Map.entry("fridges-freezers", new CategoryProfile(true, false, false, COOLING)),
            Map.entry("ovens-cookers", new CategoryProfile(true, false, false, List.of("POWER_ON", "HEATING",
                    "THERMOSTAT", "HOBS", "DOOR_SEALS", "CONTROLS"))),
            Map.entry("microwave-ovens", new CategoryProfile(true, false, false, List.of("POWER_ON", "HEATING",
                    "DOOR_SEALS", "TURNTABLE", "CONTROLS"))),
            Map.entry("small-kitchen-appliances", new CategoryProfile(true, false, false, GENERAL)),
            Map.entry("vacuum-cleaners", new CategoryProfile(true, true, false, List.of("POWER_ON", "SUCTION",
                    "BRUSHES", "FILTERS", "CHARGING"))),
            Map.entry("power-tools", new CategoryProfile(true, true, false, List.of("POWER_ON", "MOTOR", "SAFETY_SWITCH",
                    "CHUCK_BLADE", "CHARGING"))),
            Map.entry("garden-tools", new CategoryProfile(true, true, false, List.of("POWER_ON", "MOTOR", "SAFETY_SWITCH",
                    "BLADE_GUARD", "CHARGING"))),
            Map.entry("e-bikes-e-scooters", new CategoryProfile(false, true, false, List.of("POWER_ON", "MOTOR",
                    "BRAKES", "LIGHTS", "DISPLAY", "CHARGING", "FRAME_INTACT"))),
            Map.entry("lighting", new CategoryProfile(true, false, false, List.of("POWER_ON", "SWITCH", "HOUSING_INTACT"))),
            Map.entry("other-electronics", new CategoryProfile(true, false, false, GENERAL)));

    /** The profile of a category code from the directory's taxonomy; unknown codes get the general template. */
    public static CategoryProfile of(String categoryCode) {
        return PROFILES.getOrDefault(categoryCode, new CategoryProfile(true, false, false, GENERAL));
    }
}
