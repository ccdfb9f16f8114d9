package eu.reloop.directory;

import java.util.Locale;
import java.util.Map;

/**
 * A kind of device sites offer services for, such as phones or washing machines, with its name per
 * language code ("en", "nb", "da", "sv") and its place in lists.
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
        String language = locale.getLanguage();
        // "no" and "nn" readers get bokmål, the written Norwegian the categories are named in.
        String key = language.equals("no") || language.equals("nn") ? "nb" : language;
        return names.getOrDefault(key, names.get("en"));
    }
}
