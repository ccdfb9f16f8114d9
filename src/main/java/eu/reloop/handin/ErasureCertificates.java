package eu.reloop.handin;

import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.directory.Organisations;
import eu.reloop.stamp.DataErasure;
import eu.reloop.stamp.RegistrySignatures;

/** The public check of an erasure certificate by its code: what was erased, how and where, and never whose. */
@Service
public class ErasureCertificates {

    private final HandInRepository repository;
    private final Organisations organisations;
    private final RegistrySignatures signatures;

    ErasureCertificates(HandInRepository repository, Organisations organisations, RegistrySignatures signatures) {
        this.repository = repository;
        this.organisations = organisations;
        this.signatures = signatures;
    }

    @Transactional(readOnly = true)
    public Optional<ErasureCertificate> verify(CertificateCode code) {
        return repository.certified(code).map(certified -> {
            HandIn handIn = repository.find(certified.handInId()).orElseThrow();
            HandInDevice device = handIn.devices().stream().filter(found -> found.id().equals(certified.deviceId()))
                    .findFirst().orElseThrow();
            DataErasure erasure = device.erasure();
            if (erasure == null) {
                throw new IllegalStateException("Certificate " + code + " has no erasure");
            }
            boolean valid = signatures.verify(new RegistrySignatures.SignedStatement(certified.statement(),
                    certified.keyId(), certified.signature()));
            String organisation = organisations.profile(handIn.organisationId()).orElseThrow().organisation().details()
                    .legalName();
            return new ErasureCertificate(code.display(), device.category(), device.brand(), device.model(),
                    device.maskedSerial(), erasure.method(), erasure.technique(), erasure.tool() + " " + erasure.toolVersion(),
                    erasure.verification(), erasure.performer(), erasure.performedOn(), organisation, handIn.siteName(),
                    device.erasedAt() == null ? handIn.bookedAt() : device.erasedAt(), certified.statement(),
                    certified.keyId(), Base64.getUrlEncoder().withoutPadding().encodeToString(certified.signature()), valid);
        });
    }
}
