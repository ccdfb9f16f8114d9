package eu.reloop.shared;

import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

/** The path a request addresses within the application, decoded and normalised as the server maps it. */
final class RequestPath {

    private RequestPath() {
    }

    static String of(HttpServletRequest request) {
        return request.getServletPath() + Objects.requireNonNullElse(request.getPathInfo(), "");
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/");
    }
}
