package eu.reloop.certification.ui;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;

import eu.reloop.certification.CertificationRefusedException;
import eu.reloop.certification.UnknownCertificationRecordException;
import eu.reloop.shared.ui.Feedback;

/** Runs a certification step and turns every refusal into a message the user can act on. */
final class CertificationFeedback {

    private CertificationFeedback() {
    }

    /** @return whether the step was done */
    static boolean attempt(Component source, Runnable step) {
        try {
            step.run();
            return true;
        } catch (CertificationRefusedException refused) {
            Feedback.error(message(source, refused));
        } catch (AccessDeniedException denied) {
            Feedback.error(source.getTranslation("certification.not-allowed"));
        } catch (UnknownCertificationRecordException gone) {
            Feedback.error(source.getTranslation("certification.gone"));
        }
        return false;
    }

    static String message(Component source, CertificationRefusedException refused) {
        return source.getTranslation(refused.messageKey(), refused.arguments().toArray());
    }
}
