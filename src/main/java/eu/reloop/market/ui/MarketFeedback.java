package eu.reloop.market.ui;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;

import eu.reloop.market.MarketRefusedException;
import eu.reloop.market.UnknownMarketRecordException;
import eu.reloop.shared.ui.Feedback;

/** Runs a market step and turns every refusal into a message the user can act on. */
final class MarketFeedback {

    private MarketFeedback() {
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
        } catch (MarketRefusedException refused) {
            Feedback.error(source.getTranslation(refused.messageKey()));
        } catch (AccessDeniedException denied) {
            Feedback.error(source.getTranslation("market.not-allowed"));
        } catch (UnknownMarketRecordException gone) {
            Feedback.error(source.getTranslation("market.gone"));
        }
        return Optional.empty();
    }
}
