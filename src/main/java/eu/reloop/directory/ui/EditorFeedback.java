package eu.reloop.directory.ui;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;

import eu.reloop.directory.UnknownOrganisationException;
import eu.reloop.shared.ui.Feedback;

/** How the editor pages tell the outcome of a change: a short notification, never a failed request. */
final class EditorFeedback {

    private EditorFeedback() {
    }

    /**
     * Runs a change through the directory service. A refusal (the user has lost the right to change the
     * organisation) or an organisation or site that has gone meanwhile becomes an error notification;
     * field-level problems ({@code InvalidDirectoryEntryException}) are left to the caller.
     *
     * @return whether the change was made
     */
    static boolean attempt(Component source, Runnable change) {
        try {
            change.run();
            return true;
        } catch (AccessDeniedException refused) {
            // Also catches AuthorizationDeniedException, which @PreAuthorize throws and which is one.
            Feedback.error(source.getTranslation("editor.not-allowed"));
        } catch (UnknownOrganisationException gone) {
            Feedback.error(source.getTranslation("editor.gone"));
        }
        return false;
    }
}
