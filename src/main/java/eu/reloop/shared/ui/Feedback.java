package eu.reloop.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** How every page tells the outcome of a change: a short notification, the same look everywhere. */
public final class Feedback {

    private static final int SUCCESS_MILLIS = 4000;
    private static final int ERROR_MILLIS = 8000;

    private Feedback() {
    }

    public static void success(String message) {
        Notification notification = Notification.show(message, SUCCESS_MILLIS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String message) {
        Notification notification = Notification.show(message, ERROR_MILLIS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }
}
