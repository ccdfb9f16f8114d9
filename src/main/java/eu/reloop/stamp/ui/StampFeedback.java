package eu.reloop.stamp.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;

import eu.reloop.shared.ui.Feedback;
import eu.reloop.stamp.StampRefusedException;
import eu.reloop.stamp.UnknownStampRecordException;

/** Runs a stamp step and turns every refusal into a message the user can act on. */
final class StampFeedback {

    private StampFeedback() {
    }

    /** @return whether the step was done */
    static boolean attempt(Component source, Runnable step) {
        return attempt(source, () -> {
            step.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** @return the step's result, or empty when it was refused (and the user told why) */
    static <T> Optional<T> attempt(Component source, Supplier<T> step) {
        try {
            return Optional.of(step.get());
        } catch (StampRefusedException refused) {
            Feedback.error(String.join(" ", messages(source, refused.messageKeys())));
        } catch (AccessDeniedException denied) {
            Feedback.error(source.getTranslation("stamp.not-allowed"));
        } catch (UnknownStampRecordException gone) {
            Feedback.error(source.getTranslation("stamp.gone"));
        }
        return Optional.empty();
    }

    static List<String> messages(Component source, List<String> messageKeys) {
        return messageKeys.stream().map(source::getTranslation).toList();
    }
}
