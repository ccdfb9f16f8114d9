package eu.reloop.shared;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before the application sees them (a NUL or an encoded slash in the path) get
 * Tomcat's own error page; under {@code /api/} that page is a problem in JSON, like every other API error.
 */
@Component
class ApiErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** Tomcat's error page, except for API paths. Public: Tomcat creates it by its class name. */
    public static class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            String path = request.getCoyoteRequest().requestURI().toString();
            if (path == null || !path.startsWith("/api/") || response.getStatus() < 400 || response.isCommitted()) {
                super.report(request, response, throwable);
                return;
            }
            HttpStatus status = HttpStatus.resolve(response.getStatus());
            String detail = status == HttpStatus.BAD_REQUEST ? ApiErrorController.UNUSABLE_PATH
                    : status == null ? "The request failed." : status.getReasonPhrase() + ".";
            try {
                response.resetBuffer();
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"type\":\"about:blank\",\"title\":\"" + (status == null ? "Error" : status.getReasonPhrase())
                            + "\",\"status\":" + response.getStatus() + ",\"detail\":\"" + detail + "\"}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException unwritable) {
                // The connection is gone or the response already started: nothing more can be said.
            }
        }
    }
}
