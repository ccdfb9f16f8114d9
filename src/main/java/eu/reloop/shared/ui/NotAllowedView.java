package eu.reloop.shared.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A signed-in person opened a page their role does not give them, inside the app's frame. (A visitor who is
 * not signed in goes to sign-in instead; Vaadin's access control decides that before this page.)
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotAllowedView extends ErrorPage<AccessDeniedException> {

    NotAllowedView() {
        super("error.not-allowed.title", "error.not-allowed.text", HttpServletResponse.SC_FORBIDDEN);
    }
}
