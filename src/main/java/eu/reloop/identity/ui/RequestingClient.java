package eu.reloop.identity.ui;

import com.vaadin.flow.server.VaadinRequest;

import eu.reloop.shared.ClientAddress;

/** Where the browser that sent the current request is, as the throttles count clients. */
final class RequestingClient {

    private RequestingClient() {
    }

    static String address() {
        return ClientAddress.of(VaadinRequest.getCurrent().getRemoteAddr());
    }
}
