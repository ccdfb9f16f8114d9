package eu.reloop.market.ui;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

import eu.reloop.market.MarketRefusedException;
import eu.reloop.market.UnknownMarketRecordException;
import eu.reloop.shared.ui.Feedback;

/**
 * Runs a return or claim step and turns every refusal into a message the user can act on; a refusal that
 * names one of the page's fields is shown on that field too.
 */
final class AfterSaleFeedback {

    private AfterSaleFeedback() {
    }

    /** @return whether the step was done */
    static boolean attempt(Component source, Map<String, ? extends HasValidation> fields, Runnable step) {
        return attempt(source, fields, () -> {
            step.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** @return the step's result, or empty when it was refused (and the user told why) */
    static <T> Optional<T> attempt(Component source, Map<String, ? extends HasValidation> fields, Supplier<T> step) {
        fields.values().forEach(field -> mark(field, null));
        try {
            return Optional.of(step.get());
        } catch (MarketRefusedException refused) {
            String message = source.getTranslation(refused.messageKey());
            @Nullable HasValidation field = refused.field() == null ? null : fields.get(refused.field());
            if (field != null) {
                mark(field, message);
            }
            Feedback.error(message);
        } catch (AccessDeniedException denied) {
            Feedback.error(source.getTranslation("after-sale.not-allowed"));
        } catch (UnknownMarketRecordException gone) {
            Feedback.error(source.getTranslation("after-sale.gone"));
        }
        return Optional.empty();
    }

    /** Shows a message on a field, or clears it with null; for checks the page makes before asking the market. */
    static void mark(HasValidation field, @Nullable String message) {
        field.setErrorMessage(message);
        field.setInvalid(message != null);
    }
}
