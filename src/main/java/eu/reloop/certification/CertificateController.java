package eu.reloop.certification;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.reloop.shared.RefusedException;
import eu.reloop.shared.UnknownRecordException;

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
            throw RefusedException.onField("number", "certificate.error.number-format");
        }
        return certificates.publicRecord(number)
                .orElseThrow(() -> new UnknownRecordException(Certificates.UNKNOWN_CERTIFICATE));
    }
}
