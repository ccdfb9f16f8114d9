package eu.reloop.shared.ui;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import eu.reloop.shared.RefusedException;
import eu.reloop.shared.UnavailableException;
import eu.reloop.shared.UnknownRecordException;

/**
 * What a person sees when a step fails in a way no view caught: a refusal still reads as one, and anything
 * else as a short notification with a reference that the log names once, with the whole exception. Without
 * it, Vaadin would only log, and the button would seem to do nothing.
 */
@Component
class SessionErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(SessionErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        UI ui = UI.getCurrent();
        RuntimeException known = known(failure);
        if (ui == null) {
            log.error("Failed outside a page", failure);
            return;
        }
        if (known != null) {
            // The same messages Attempt gives, for a step that was not run through it.
            Attempt.run(ui, () -> {
                throw known;
            });
            return;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        log.error("Reference {}: a page failed", reference, failure);
        Feedback.error(ui.getTranslation("error.unexpected", reference));
    }

    /** The refusal or denial behind a failure, which Vaadin may have wrapped in its own exceptions. */
    private static @Nullable RuntimeException known(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedException || cause instanceof ConstraintViolationException
                    || cause instanceof AccessDeniedException || cause instanceof UnknownRecordException
                    || cause instanceof UnavailableException) {
                return (RuntimeException) cause;
            }
        }
        return null;
    }
}
