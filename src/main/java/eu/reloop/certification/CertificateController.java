package eu.reloop.certification;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public certificate check, as JSON: what the certificate page shows. */
@RestController
@RequestMapping("/api/v1/certificates")
@Tag(name = "Certificates", description = "Check a repairer's or reuse centre's certificate in the registry")
class CertificateController {

    private final Certificates certificates;

    CertificateController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/{number}")
    @Operation(summary = "A certificate with its live status",
            description = "Status is CERTIFIED, SUSPENDED, EXPIRED or REVOKED as of checkedAt. This answer, not a "
                    + "printed copy, is the proof.")
    @ApiResponse(responseCode = "200", description = "The certificate")
    @ApiResponse(responseCode = "400", description = "Not a certificate number")
    @ApiResponse(responseCode = "404", description = "No certificate with this number")
    CertificateRecord certificate(@Parameter(description = "Certificate number, e.g. RLC-2026-00042") @PathVariable String number) {
        if (!CertificateRecord.NUMBER.matcher(number.strip()).matches()) {
            throw new BadNumberException("'" + number + "' is not a certificate number; they look like RLC-2026-00042.");
        }
        return certificates.publicRecord(number)
                .orElseThrow(() -> new UnknownCertificationRecordException("certificate " + number));
    }

    @ExceptionHandler(BadNumberException.class)
    ProblemDetail badNumber(BadNumberException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(UnknownCertificationRecordException.class)
    ProblemDetail unknown(UnknownCertificationRecordException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No certificate with this number is in the ReLoop registry. A certificate that is not here is not valid.");
    }

    /** A path that cannot be a certificate number. */
    static class BadNumberException extends RuntimeException {
        BadNumberException(String message) {
            super(message);
        }
    }
}
