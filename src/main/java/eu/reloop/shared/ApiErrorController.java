package eu.reloop.shared;

import java.util.Objects;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The error dispatch of a request refused before any endpoint saw it (a path the firewall does not let
 * through, such as one with a doubled slash), answered as a problem to clients that read JSON, like every
 * other API error. Browsers, which ask for HTML first, still get Spring Boot's error page: a mapping that
 * produces a type is preferred only where the request accepts it.
 */
@RestController
@Hidden
class ApiErrorController {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorController.class);

    /** What a client is told about a path refused as it is written, by the firewall here or by Tomcat before it. */
    static final String UNUSABLE_PATH = "This path cannot be used as it is written: remove doubled or encoded slashes, "
            + "dot segments, semicolons and control characters.";

    @RequestMapping(path = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        // Asked for directly, /error is just a path with nothing at it.
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? Objects.requireNonNullElse(HttpStatus.resolve(code), HttpStatus.INTERNAL_SERVER_ERROR)
                : HttpStatus.NOT_FOUND;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, switch (status) {
            case BAD_REQUEST -> UNUSABLE_PATH;
            case NOT_FOUND -> "There is nothing at this path. The API's paths are listed at /v3/api-docs.";
            case INTERNAL_SERVER_ERROR -> fault(request);
            default -> status.getReasonPhrase() + ".";
        });
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A failure outside the endpoints (in a filter): logged once, with the reference the client sees. */
    private static String fault(HttpServletRequest request) {
        String reference = ApiProblems.reference();
        log.error("Reference {}: {} failed", reference, request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        return ApiProblems.faultDetail(reference);
    }
}
