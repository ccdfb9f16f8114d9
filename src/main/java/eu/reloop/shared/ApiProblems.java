package eu.reloop.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON API, answered the same way: {@code application/problem+json} with a detail that
 * says what to change (and, for bad input, an {@code errors} list naming each parameter), never a redirect
 * or an HTML page. 500 is kept for true faults, which are logged once with the reference id the client sees.
 * Spring's own MVC errors (405, 415, 413, a missing parameter or body, an unknown path) come through the
 * base class, which already answers them as problems.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final Translations translations;

    ApiProblems(Translations translations) {
        this.translations = translations;
    }

    /**
     * A parameter given twice where the endpoint reads one value is refused: Spring would quietly take the
     * first value (or join both with a comma), and the client could not tell which one was used. Runs
     * before the endpoint's parameters are read.
     */
    @ModelAttribute
    void refuseRepeatedParameters(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)) {
            return;
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam read = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (read == null || type.isArray() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
                continue;
            }
            String name = read.name().isEmpty() ? parameter.getParameterName() : read.name();
            String[] values = name == null ? null : request.getParameterValues(name);
            if (values != null && values.length > 1) {
                throw RefusedException.onField(name, "error.api.repeated");
            }
        }
    }

    @ExceptionHandler(RefusedException.class)
    ProblemDetail refused(RefusedException refused, Locale locale) {
        List<Map<String, String>> errors = refused.reasons().stream().map(reason -> entry(reason.field(),
                translations.getTranslation(reason.messageKey(), Translations.supported(locale), reason.arguments().toArray())))
                .toList();
        return badRequest(errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalid(ConstraintViolationException invalid, Locale locale) {
        return badRequest(Violations.of(invalid).stream()
                .map(violation -> entry(Violations.field(violation), Violations.message(violation, Translations.supported(locale))))
                .toList());
    }

    @ExceptionHandler(UnknownRecordException.class)
    ProblemDetail unknown(UnknownRecordException unknown) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, unknown.getMessage());
    }

    @ExceptionHandler(UnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(UnavailableException unavailable, Locale locale) {
        log.warn("Answered 503: {}", unavailable.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        translations.getTranslation(unavailable.messageKey(), Translations.supported(locale))));
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException tooMany, Locale locale) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfterSeconds()))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, translations.getTranslation(
                        "error.api.too-many-requests", Translations.supported(locale), tooMany.retryAfterSeconds())));
    }

    /** A body refused by its declared length. */
    @ExceptionHandler(BodyTooLargeException.class)
    ProblemDetail tooLarge(BodyTooLargeException tooLarge, Locale locale) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                translations.getTranslation("error.api.body-too-large", Translations.supported(locale), tooLarge.limit()));
    }

    /** A body that reading refused half-way, as it grew past its limit, is too large rather than unreadable. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (NestedExceptionUtils.getMostSpecificCause(unreadable) instanceof BodyTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge, request.getLocale()));
        }
        return super.handleHttpMessageNotReadable(unreadable, headers, status, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException denied) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You are not allowed to do this.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongType(MethodArgumentTypeMismatchException mismatch) {
        ResolvableType declared = ResolvableType.forMethodParameter(mismatch.getParameter());
        // The element type, for a repeated parameter such as grade.
        Class<?> type = Collection.class.isAssignableFrom(declared.toClass())
                ? declared.asCollection().resolveGeneric(0) : declared.resolve();
        String allowed = type == null ? "" : type.isEnum() ? " Known: " + Arrays.toString(type.getEnumConstants()) + "."
                : Number.class.isAssignableFrom(type) || type.isPrimitive() ? " Give a number." : "";
        return badRequest(List.of(entry(mismatch.getName(),
                "cannot be '" + Quoted.value(String.valueOf(mismatch.getValue())) + "'." + allowed)));
    }

    /** Constraints on controller parameters ({@code @Min}, {@code @Size} ...), as Spring validates them itself. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = Translations.supported(request.getLocale());
        List<Map<String, String>> errors = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> entry(
                        result.getMethodParameter().getParameterName(),
                        message(result, error, locale))))
                .toList();
        return ResponseEntity.badRequest().body(badRequest(errors));
    }

    private static String message(ParameterValidationResult result, MessageSourceResolvable error, Locale locale) {
        try {
            return Violations.message(result.unwrap(error, ConstraintViolation.class), locale);
        } catch (IllegalArgumentException notAConstraintViolation) {
            return String.valueOf(error.getDefaultMessage());
        }
    }

    /** Whatever nobody expected: logged once, with the reference the client can quote. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> fault(Exception fault, HttpServletRequest request) throws Exception {
        if (fault instanceof ErrorResponse known) {
            // Spring's own errors that the base class does not list (an async timeout, a response status).
            return ResponseEntity.status(known.getStatusCode()).body(known.getBody());
        }
        String reference = reference();
        log.error("Reference {}: {} {} failed", reference, request.getMethod(), request.getRequestURI(), fault);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, faultDetail(reference));
        problem.setProperty("reference", reference);
        return ResponseEntity.internalServerError().body(problem);
    }

    /** What a client is told of a true fault: the reference it can quote. */
    static String faultDetail(String reference) {
        return "Something went wrong on our side. If it happens again, quote reference " + reference + ".";
    }

    /** A short id to find one failure in the log; shown to the person it happened to. */
    static String reference() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private ProblemDetail badRequest(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.stream()
                .map(error -> error.containsKey("parameter") ? error.get("parameter") + ": " + error.get("message")
                        : error.get("message"))
                .reduce((a, b) -> a + " " + b).orElse("Bad request."));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Map<String, String> entry(@Nullable String parameter, String message) {
        Map<String, String> entry = new LinkedHashMap<>();
        if (parameter != null && !parameter.isEmpty()) {
            entry.put("parameter", parameter);
        }
        entry.put("message", message);
        return entry;
    }
}
