package eu.reloop.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

import eu.reloop.shared.UnknownRecordException;

/** A page for a record that does not exist (any more): a view may simply let its service's exception through. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class GoneView extends ErrorPage implements HasErrorParameter<UnknownRecordException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<UnknownRecordException> parameter) {
        show("error.not-found.title", "error.gone");
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.title");
    }
}
