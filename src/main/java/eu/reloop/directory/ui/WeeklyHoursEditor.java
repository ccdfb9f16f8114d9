package eu.reloop.directory.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.timepicker.TimePicker;

import eu.reloop.directory.WeeklyOpening;
import eu.reloop.shared.ui.FieldMessage;
import eu.reloop.shared.ui.FormError;

/**
 * A site's weekly hours, one row per weekday (Monday first, as in the Nordic countries): closed, or
 * open from one time until another. The model allows several intervals a day; this form edits the
 * first and keeps any others as they are, saying so, unless the day is marked closed.
 */
class WeeklyHoursEditor extends Div {

    private static final Duration PICKER_STEP = Duration.ofMinutes(15);

    private final Map<DayOfWeek, DayRow> rows = new EnumMap<>(DayOfWeek.class);
    private final FormError error = new FormError();

    WeeklyHoursEditor(List<WeeklyOpening> weekly) {
        addClassName("weekly-hours-editor");
        Locale locale = getLocale();
        NativeTable table = new NativeTable();
        table.addClassName("hours-table");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell();
        head.addHeaderCell().setText(getTranslation("site.closed"));
        head.addHeaderCell().setText(getTranslation("site.opens"));
        head.addHeaderCell().setText(getTranslation("site.closes"));
        head.addHeaderCell();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WeeklyOpening> intervals = weekly.stream()
                    .filter(opening -> opening.day() == day)
                    .sorted(Comparator.comparing(WeeklyOpening::opens))
                    .toList();
            DayRow row = new DayRow(day, intervals, locale);
            rows.put(day, row);
            table.getBody().addRows(row.cells());
        }
        add(table, error);
    }

    /**
     * The weekly intervals as entered, or empty after marking the rows that are not complete or run
     * backwards; {@link WeeklyOpening} decides what is valid.
     */
    Optional<List<WeeklyOpening>> value() {
        FieldMessage.clear(error);
        List<WeeklyOpening> weekly = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (DayRow row : rows.values()) {
            row.clearMarks();
            if (row.closed.getValue()) {
                continue;
            }
            @Nullable LocalTime opens = row.opens.getValue();
            @Nullable LocalTime closes = row.closes.getValue();
            String dayName = DirectoryFormats.day(row.day, getLocale());
            if (opens == null || closes == null) {
                if (opens == null) {
                    mark(row.opens);
                }
                if (closes == null) {
                    mark(row.closes);
                }
                problems.add(getTranslation("site.error.hours-incomplete", dayName));
                continue;
            }
            try {
                // Typed times may carry seconds; hours are kept in whole minutes.
                weekly.add(new WeeklyOpening(row.day, opens.truncatedTo(ChronoUnit.MINUTES),
                        closes.truncatedTo(ChronoUnit.MINUTES)));
                weekly.addAll(row.kept);
            } catch (IllegalArgumentException backwards) {
                mark(row.closes);
                problems.add(getTranslation("site.error.hours-order", dayName));
            }
        }
        if (!problems.isEmpty()) {
            showError(String.join("\n", problems));
            return Optional.empty();
        }
        return Optional.of(weekly);
    }

    void showError(String message) {
        FieldMessage.show(error, message);
    }

    /** Marks a picker; the text below the table says why, as a picker is too narrow to. */
    private static void mark(TimePicker picker) {
        FieldMessage.show(picker, "");
    }

    /** One weekday's controls; the pickers are only enabled while the day is open. */
    private final class DayRow {

        private final DayOfWeek day;
        private final Checkbox closed = new Checkbox();
        private final TimePicker opens = new TimePicker();
        private final TimePicker closes = new TimePicker();
        private final List<WeeklyOpening> kept;
        private final Span keptText = new Span();
        private final String dayName;

        DayRow(DayOfWeek day, List<WeeklyOpening> intervals, Locale locale) {
            this.day = day;
            this.dayName = DirectoryFormats.day(day, locale);
            String id = day.name().toLowerCase(Locale.ROOT);
            closed.setId("hours-" + id + "-closed");
            closed.setAriaLabel(getTranslation("site.closed-on", dayName));
            opens.setId("hours-" + id + "-opens");
            opens.setAriaLabel(getTranslation("site.opens-on", dayName));
            closes.setId("hours-" + id + "-closes");
            closes.setAriaLabel(getTranslation("site.closes-on", dayName));
            for (TimePicker picker : List.of(opens, closes)) {
                picker.setStep(PICKER_STEP);
                picker.setManualValidation(true);
                picker.setWidth("8em");
                picker.addValueChangeListener(change -> FieldMessage.clear(picker));
            }
            kept = intervals.isEmpty() ? List.of() : List.copyOf(intervals.subList(1, intervals.size()));
            if (intervals.isEmpty()) {
                closed.setValue(true);
            } else {
                opens.setValue(intervals.getFirst().opens());
                closes.setValue(intervals.getFirst().closes());
            }
            if (!kept.isEmpty()) {
                keptText.setText(getTranslation("site.extra-intervals", kept.stream()
                        .map(opening -> DirectoryFormats.interval(opening.opens(), opening.closes(), locale))
                        .collect(Collectors.joining(", "))));
            }
            closed.addValueChangeListener(change -> {
                if (!change.getValue() && opens.isEmpty() && closes.isEmpty()) {
                    copyHoursOfEarlierDay();
                }
                update();
            });
            update();
        }

        /** A day opened usually keeps the hours of the open day before it; this saves typing them each time. */
        private void copyHoursOfEarlierDay() {
            rows.values().stream()
                    .filter(row -> row.day.compareTo(day) < 0 && !row.closed.getValue() && !row.opens.isEmpty()
                            && !row.closes.isEmpty())
                    .reduce((earlier, later) -> later)
                    .ifPresent(row -> {
                        opens.setValue(row.opens.getValue());
                        closes.setValue(row.closes.getValue());
                    });
        }

        private void update() {
            boolean open = !closed.getValue();
            opens.setEnabled(open);
            closes.setEnabled(open);
            keptText.setVisible(open && !kept.isEmpty());
            if (!open) {
                clearMarks();
            }
        }

        void clearMarks() {
            FieldMessage.clear(opens);
            FieldMessage.clear(closes);
        }

        NativeTableRow cells() {
            NativeTableRow row = new NativeTableRow();
            row.addHeaderCell().setText(dayName);
            row.addDataCell().add(closed);
            row.addDataCell().add(opens);
            row.addDataCell().add(closes);
            row.addDataCell().add(keptText);
            return row;
        }
    }
}
