package eu.reloop.directory.ui;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import eu.reloop.directory.UnknownOrganisationException;

/** How the editor pages tell the outcome of a change: a short notification, never a failed request. */
final class EditorFeedback {

    private static final int SUCCESS_MILLIS = 4000;
    private static final int ERROR_MILLIS = 8000;

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
            error(source.getTranslation("editor.not-allowed"));
        } catch (UnknownOrganisationException gone) {
            error(source.getTranslation("editor.gone"));
        }
        return false;
    }

    static void success(String message) {
        Notification notification = Notification.show(message, SUCCESS_MILLIS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    static void error(String message) {
        Notification notification = Notification.show(message, ERROR_MILLIS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }
}
