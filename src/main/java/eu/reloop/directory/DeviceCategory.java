package eu.reloop.directory;

import java.util.Locale;
import java.util.Map;

import eu.reloop.shared.Translations;

/**
 * A kind of device sites offer services for, such as phones or washing machines, with its name per
 * language code ("en", "nb", "da", "sv", "fi") and its place in lists.
 */
public record DeviceCategory(String code, Map<String, String> names, int position) {

    public DeviceCategory {
        names = Map.copyOf(names);
        if (!names.containsKey("en")) {
            throw new IllegalArgumentException("Device category " + code + " needs an English name to fall back on");
        }
    }

    /** The name in the reader's language, or English when the category has no name in it. */
    public String name(Locale locale) {
        return names.getOrDefault(Translations.supported(locale).getLanguage(), names.get("en"));
    }
}
