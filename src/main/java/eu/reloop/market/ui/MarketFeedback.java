package eu.reloop.market.ui;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;

import eu.reloop.market.MarketRefusedException;
import eu.reloop.market.UnknownMarketRecordException;
import eu.reloop.payment.PaymentProviderException;
import eu.reloop.payment.PaymentRefusedException;
import eu.reloop.shared.ui.Feedback;

/**
 * Runs a market step and turns every refusal into a message the user can act on. A refusal that names a
 * field (see {@link MarketRefusedException#field()}) is also shown on that field, which gets the focus,
 * when the page passes its fields by those names.
 */
final class MarketFeedback {

    private MarketFeedback() {
    }

    /** @return whether the step was done */
    static boolean attempt(Component source, Runnable step) {
        return attempt(source, Map.of(), step);
    }

    /** @return whether the step was done */
    static boolean attempt(Component source, Map<String, ? extends HasValidation> fields, Runnable step) {
        return attempt(source, fields, () -> {
            step.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** @return the step's result, or empty when it was refused (and the user told why) */
    static <T> Optional<T> attempt(Component source, Supplier<T> step) {
        return attempt(source, Map.of(), step);
    }

    /**
     * @param fields the page's fields by the names the market gives them ("title", "price", ...); their
     *        marks from an earlier refusal are cleared first
     * @return the step's result, or empty when it was refused (and the user told why)
     */
    static <T> Optional<T> attempt(Component source, Map<String, ? extends HasValidation> fields, Supplier<T> step) {
        fields.values().forEach(field -> mark(field, null));
        try {
            return Optional.of(step.get());
        } catch (MarketRefusedException refused) {
            String message = message(source, refused);
            @Nullable HasValidation field = refused.field() == null ? null : fields.get(refused.field());
            if (field != null) {
                mark(field, message);
                if (field instanceof Focusable<?> focusable) {
                    focusable.focus();
                }
            }
            Feedback.error(message);
        } catch (PaymentRefusedException | PaymentProviderException payment) {
            // Stripe refused or could not be reached: the market step rolled back, nothing changed.
            Feedback.error(source.getTranslation(payment instanceof PaymentRefusedException refused
                    ? refused.messageKey() : ((PaymentProviderException) payment).messageKey()));
        } catch (AccessDeniedException denied) {
            Feedback.error(source.getTranslation("market.not-allowed"));
        } catch (UnknownMarketRecordException gone) {
            Feedback.error(source.getTranslation("market.gone"));
        }
        return Optional.empty();
    }

    /** What a refusal says, in the reader's language. */
    static String message(Component source, MarketRefusedException refused) {
        return source.getTranslation(refused.messageKey());
    }

    /** Shows a message on a field, or clears it with null; for checks the page makes before asking the market. */
    static void mark(HasValidation field, @Nullable String message) {
        field.setErrorMessage(message);
        field.setInvalid(message != null);
    }
}
