package eu.reloop.directory.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;

import eu.reloop.directory.OpeningException;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.FieldMessage;
import eu.reloop.shared.ui.FormError;
import eu.reloop.shared.ui.RuleBinder;

/**
 * Dates on which a site's weekly hours do not apply: a list with a remove button each, and a row to add
 * one, closed all day or open at special hours, with a note such as "Christmas Eve".
 */
class OpeningExceptionsEditor extends Div {

    private static final Duration PICKER_STEP = Duration.ofMinutes(15);

    private final List<OpeningException> exceptions;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph();
    private final DatePicker date = new DatePicker();
    private final Checkbox closedAllDay = new Checkbox();
    private final TimePicker opens = new TimePicker();
    private final TimePicker closes = new TimePicker();
    private final TextField note = new TextField();
    private final FormError error = new FormError();
    /** Checks the note as it is typed, by the rule {@link OpeningException} declares for it. */
    private final Binder<OpeningException> noteRules = RuleBinder.of(OpeningException.class);

    OpeningExceptionsEditor(List<OpeningException> existing) {
        addClassName("opening-exceptions-editor");
        exceptions = new ArrayList<>(existing);
        list.addClassName("exception-list");
        none.setText(getTranslation("site.exceptions-none"));

        date.setLabel(getTranslation("site.exception-date"));
        date.setId("exception-date");
        closedAllDay.setLabel(getTranslation("site.exception-closed"));
        closedAllDay.setValue(true);
        closedAllDay.setId("exception-closed");
        opens.setLabel(getTranslation("site.opens"));
        opens.setId("exception-opens");
        closes.setLabel(getTranslation("site.closes"));
        closes.setId("exception-closes");
        for (TimePicker picker : List.of(opens, closes)) {
            picker.setStep(PICKER_STEP);
            picker.setWidth("8em");
        }
        note.setLabel(getTranslation("site.exception-note"));
        note.setPlaceholder(getTranslation("site.exception-note-placeholder"));
        note.setMaxLength(TextLimits.NAME);
        note.setId("exception-note");
        noteRules.forField(note).bind("note");
        date.setManualValidation(true);
        date.addValueChangeListener(change -> FieldMessage.clear(date));
        closedAllDay.addValueChangeListener(change -> updateTimes());
        updateTimes();

        Button add = new Button(getTranslation("site.exception-add"), VaadinIcon.PLUS.create(), click -> add());
        add.setId("add-exception");
        HorizontalLayout form = new HorizontalLayout(date, closedAllDay, opens, closes, note, add);
        form.setWrap(true);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(list, none, form, error);
        render();
    }

    List<OpeningException> value() {
        return List.copyOf(exceptions);
    }

    /** A date picked but not added would be lost on save without a word; the dialog asks first. */
    boolean hasUnaddedDate() {
        return date.getValue() != null;
    }

    /** Where problems with the special dates show, also those the service finds (a note it refuses). */
    FormError error() {
        return error;
    }

    private void updateTimes() {
        opens.setEnabled(!closedAllDay.getValue());
        closes.setEnabled(!closedAllDay.getValue());
    }

    private void add() {
        FieldMessage.clear(error);
        LocalDate day = date.getValue();
        if (day == null) {
            FieldMessage.show(date, getTranslation("site.error.exception-date-required"));
            return;
        }
        if (exceptions.stream().anyMatch(exception -> exception.date().equals(day))) {
            FieldMessage.show(date, getTranslation("site.error.exception-date-taken",
                    LocalizedFormats.date(day, getLocale())));
            return;
        }
        if (!noteRules.validate().isOk()) {
            return;
        }
        try {
            exceptions.add(closedAllDay.getValue()
                    ? new OpeningException(day, null, null, note.getValue().strip())
                    : new OpeningException(day, minutes(opens.getValue()), minutes(closes.getValue()),
                            note.getValue().strip()));
        } catch (IllegalArgumentException missingOrBackwards) {
            FieldMessage.show(error, getTranslation("site.error.exception-times"));
            return;
        }
        date.clear();
        opens.clear();
        closes.clear();
        note.clear();
        closedAllDay.setValue(true);
        render();
    }

    /** Typed times may carry seconds; hours are kept in whole minutes. */
    private static @Nullable LocalTime minutes(@Nullable LocalTime time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MINUTES);
    }

    private void render() {
        exceptions.sort(Comparator.comparing(OpeningException::date));
        list.removeAll();
        for (OpeningException exception : exceptions) {
            String hours = exception.opens() == null || exception.closes() == null
                    ? getTranslation("profile.closed")
                    : DirectoryFormats.interval(exception.opens(), exception.closes(), getLocale());
            Span text = new Span(LocalizedFormats.date(exception.date(), getLocale()) + ": " + hours
                    + (exception.note().isBlank() ? "" : " \u2013 " + exception.note()));
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                exceptions.remove(exception);
                render();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            remove.setAriaLabel(getTranslation("site.exception-remove", text.getText()));
            remove.setId("remove-exception-" + exception.date());
            list.add(new ListItem(text, remove));
        }
        none.setVisible(exceptions.isEmpty());
        list.setVisible(!exceptions.isEmpty());
    }
}
