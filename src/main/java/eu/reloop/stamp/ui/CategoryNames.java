package eu.reloop.stamp.ui;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.Organisations;

/** The directory's category names in the reader's language, looked up once per page. */
final class CategoryNames {

    private final Map<String, String> names;

    CategoryNames(Organisations organisations, Locale locale) {
        names = organisations.categories().stream()
                .collect(Collectors.toMap(DeviceCategory::code, category -> category.name(locale)));
    }

    /** The name of a code; a code no longer in the taxonomy is shown as it is. */
    String of(String code) {
        return names.getOrDefault(code, code);
    }
}
