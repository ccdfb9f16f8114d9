package eu.reloop.shared.ui;

import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

import eu.reloop.shared.UnknownRecordException;

/** A page for a record that does not exist (any more): a view may simply let its service's exception through. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class GoneView extends ErrorPage<UnknownRecordException> {

    GoneView() {
        super("error.not-found.title", "error.gone", HttpServletResponse.SC_NOT_FOUND);
    }
}
