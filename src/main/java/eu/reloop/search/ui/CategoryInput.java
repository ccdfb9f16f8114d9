package eu.reloop.search.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.combobox.ComboBox;

import eu.reloop.directory.DeviceCategory;

/** The device category of a search: any, or one of the directory's categories, shown by name. */
class CategoryInput extends ComboBox<DeviceCategory> {

    private final Map<String, DeviceCategory> byCode = new LinkedHashMap<>();

    CategoryInput(List<DeviceCategory> categories) {
        categories.forEach(category -> byCode.putIfAbsent(category.code(), category));
        setLabel(getTranslation("find.category"));
        setItems(byCode.values());
        setItemLabelGenerator(category -> category.name(getLocale()));
        setClearButtonVisible(true);
        setPlaceholder(getTranslation("find.any-category"));
        setId("search-category");
    }

    /** The codes of the categories offered. */
    Set<String> codes() {
        return byCode.keySet();
    }

    @Nullable String code() {
        return getValue() == null ? null : getValue().code();
    }

    /** Shows the category of this code; none for null or an unknown code. */
    void showCode(@Nullable String code) {
        setValue(code == null ? null : byCode.get(code));
    }

    /** Adds to each category's name how many results it would find, where known. */
    void showCounts(Map<String, Long> counts) {
        setItemLabelGenerator(category -> counts.containsKey(category.code())
                ? getTranslation("buy.facet", category.name(getLocale()), counts.get(category.code()))
                : category.name(getLocale()));
    }
}
