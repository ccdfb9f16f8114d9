package eu.reloop.stamp.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.checkbox.Checkbox;

import eu.reloop.stamp.DataErasure;

/** The record of data erasure of a data-bearing item: the fields of a NIST SP 800-88 certificate of sanitisation. */
class DataErasureSection extends StampSection {

    private final Checkbox recorded = new Checkbox();
    private final DataErasureFields fields;

    DataErasureSection(@Nullable DataErasure erasure) {
        super("stamp.section.erasure");
        recorded.setLabel(getTranslation("stamp.erasure.recorded"));
        recorded.setId("stamp-erasure-recorded");
        fields = new DataErasureFields(erasure, "stamp-erasure-");
        recorded.setValue(erasure != null);
        recorded.addValueChangeListener(change -> {
            if (change.getValue()) {
                fields.dateTodayIfEmpty();
            }
            fields.setVisible(change.getValue());
        });
        fields.setVisible(recorded.getValue());
        add(recorded, fields);
        setId("stamp-erasure");
    }

    /** Whether the section makes a record: not recorded at all, or every field within its rules (the others are marked). */
    boolean complete() {
        return !recorded.getValue() || fields.value().isPresent();
    }

    /** The erasure as recorded, once {@link #complete()}; null when none is recorded. */
    @Nullable DataErasure value() {
        if (!recorded.getValue()) {
            return null;
        }
        return fields.value().orElseThrow(() -> new IllegalStateException("Ask complete() first"));
    }
}
