package eu.reloop.shared.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;

import eu.reloop.shared.RefusedException;
import eu.reloop.shared.Translations;
import eu.reloop.shared.UnavailableException;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.shared.Violations;

/**
 * Runs a step a person asked for and tells them, in their language, why it was not done: a broken rule on
 * the field it names (which gets the focus), the rest as a notification. The rules themselves live on the
 * input records and in the services; whatever is not a refusal goes on to the session's error handler.
 */
public final class Attempt {

    private Attempt() {
    }

    /** @return whether the step was done */
    public static boolean run(Component source, Runnable step) {
        return run(source, FormFields.none(), step);
    }

    /** @return the step's result, or empty when it was refused (and the user told why) */
    public static <T> Optional<T> get(Component source, Supplier<T> step) {
        return get(source, FormFields.none(), step);
    }

    /** @return whether the step was done */
    public static boolean run(Component source, FormFields fields, Runnable step) {
        return get(source, fields, () -> {
            step.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** @return the step's result, or empty when it was refused (and the user told why) */
    public static <T> Optional<T> get(Component source, FormFields fields, Supplier<T> step) {
        fields.named().forEach(FieldMessage::clear);
        try {
            return Optional.of(step.get());
        } catch (RefusedException refused) {
            tell(fields, refused.reasons().stream().map(reason -> new Problem(reason.field(),
                    source.getTranslation(reason.messageKey(), reason.arguments().toArray()))).toList(), source);
        } catch (ConstraintViolationException invalid) {
            tell(fields, problems(source, invalid), source);
        } catch (AccessDeniedException denied) {
            // Also AuthorizationDeniedException, which @PreAuthorize throws.
            Feedback.error(source.getTranslation("error.not-allowed-step"));
        } catch (UnknownRecordException gone) {
            Feedback.error(source.getTranslation("error.gone"));
        } catch (UnavailableException unavailable) {
            Feedback.error(source.getTranslation(unavailable.messageKey()));
        }
        return Optional.empty();
    }

    /** The messages of a failed rule check, each with the field it concerns, in the reader's language. */
    static List<Problem> problems(Component source, ConstraintViolationException invalid) {
        return Violations.of(invalid).stream().map((ConstraintViolation<?> violation) -> new Problem(
                Violations.field(violation), Violations.message(violation, locale(source)))).toList();
    }

    private static Locale locale(Component source) {
        return source.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale).orElse(Translations.ENGLISH);
    }

    private static void tell(FormFields fields, List<Problem> problems, Component source) {
        List<String> unplaced = new ArrayList<>();
        boolean focused = false;
        for (Problem problem : problems) {
            Optional<HasValidation> field = problem.field() == null ? Optional.empty() : fields.field(problem.field());
            if (field.isEmpty()) {
                unplaced.add(problem.message());
                continue;
            }
            // A field can break two rules at once (blank and too short): it shows the first.
            if (!field.get().isInvalid()) {
                FieldMessage.show(field.get(), problem.message());
            }
            if (!focused && field.get() instanceof Focusable<?> focusable) {
                focusable.focus();
                focused = true;
            }
        }
        // Messages on fields speak for themselves (the first field has the focus, and a field's error is
        // announced); a notification as well would only cover the form.
        if (!unplaced.isEmpty()) {
            Feedback.error(String.join(" ", unplaced));
        }
    }

    record Problem(@org.jspecify.annotations.Nullable String field, String message) {
    }
}
