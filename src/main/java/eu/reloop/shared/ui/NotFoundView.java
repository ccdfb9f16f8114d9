package eu.reloop.shared.ui;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/** A page address that leads nowhere, inside the app's frame (instead of Vaadin's list of every route). */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundView extends ErrorPage<NotFoundException> {

    NotFoundView() {
        super("error.not-found.title", "error.not-found.text", HttpServletResponse.SC_NOT_FOUND);
    }
}
