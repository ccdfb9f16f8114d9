package eu.reloop.handin;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import eu.reloop.shared.UnknownRecordException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Public check of a hand-in's data erasure certificate, as JSON; the answer never names the device's owner. */
@RestController
@RequestMapping("/api/v1/erasures")
@Tag(name = "Erasure certificates", description = "Check a data erasure certificate by its code")
class ErasureController {

    private final ErasureCertificates certificates;

    ErasureController(ErasureCertificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/{code}")
    @Operation(summary = "A data erasure certificate: the device (serial masked), the NIST SP 800-88 erasure, the site, "
            + "and the registry's signature over its statement")
    @ApiResponse(responseCode = "200", description = "The certificate")
    @ApiResponse(responseCode = "400", description = "Not a certificate code, or a code with a typo")
    @ApiResponse(responseCode = "404", description = "No certificate with this code")
    ErasureCertificate certificate(@Parameter(description = "Certificate code, e.g. 7K3M9-QXDQ2-F; case and hyphens do not matter")
            @PathVariable String code) {
        CertificateCode read = new CertificateCode(CertificateCode.FORMAT.readOrRefuse(code, "code", "handin.api.typo",
                "handin.api.malformed"));
        return certificates.verify(read).orElseThrow(() -> new UnknownRecordException(
                "No data erasure certificate with this code is in the ReLoop registry. One that is not here is not genuine."));
    }
}
