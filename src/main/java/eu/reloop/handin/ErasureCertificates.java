package eu.reloop.handin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import eu.reloop.shared.SiteProperties;
import eu.reloop.shared.Translations;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.stamp.DataErasure;
import eu.reloop.stamp.RegistrySignatures;
import eu.reloop.stamp.SanitisationCertificate;

/** The public check of an erasure certificate by its code: what was erased, how and where, and never whose. */
@Service
public class ErasureCertificates {

    private final HandInRepository repository;
    private final JsonMapper json;
    private final HandIns handIns;
    private final RegistrySignatures signatures;
    private final Translations translations;
    private final SiteProperties site;

    ErasureCertificates(HandInRepository repository, HandIns handIns, RegistrySignatures signatures,
            Translations translations, SiteProperties site, JsonMapper json) {
        this.repository = repository;
        this.json = json;
        this.handIns = handIns;
        this.signatures = signatures;
        this.translations = translations;
        this.site = site;
    }

    @Transactional(readOnly = true)
    public Optional<ErasureCertificate> verify(CertificateCode code) {
        return repository.certified(code).map(certified -> {
            boolean valid = signatures.verify(new RegistrySignatures.SignedStatement(certified.statement(),
                    certified.keyId(), certified.signature()));
            // What is shown is what was signed, not the rows as they are now.
            Map<?, ?> signed = json.readValue(certified.statement(), Map.class);
            Function<String, String> field = name -> String.valueOf(signed.get(name));
            return new ErasureCertificate(code.display(), field.apply("category"), field.apply("brand"),
                    field.apply("model"), field.apply("serial"), DataErasure.Method.valueOf(field.apply("method")),
                    field.apply("technique"), field.apply("tool"),
                    DataErasure.Verification.valueOf(field.apply("verification")),
                    LocalDate.parse(field.apply("performedOn")), field.apply("organisation"), field.apply("site"),
                    Instant.parse(field.apply("issuedAt")), certified.statement(), certified.keyId(),
                    Base64.getUrlEncoder().withoutPadding().encodeToString(certified.signature()), valid);
        });
    }

    /** The certificate as a PDF in its owner's language, for the owner only: to everyone else it is unknown. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] pdf(CertificateCode code) {
        String reader = SecurityContextHolder.getContext().getAuthentication().getName();
        HandInRepository.CertifiedDevice certified = repository.certified(code)
                .orElseThrow(() -> new UnknownRecordException("No certificate " + code));
        HandIn handIn = repository.find(certified.handInId()).filter(found -> reader.equals(found.ownerEmail()))
                .orElseThrow(() -> new UnknownRecordException("No certificate " + code + " of yours"));
        HandInDevice device = handIn.device(certified.deviceId());
        Locale language = handIn.ownerLocale();
        String organisation = handIns.organisationName(handIn.organisationId());
        String item = device.brand() + " " + device.model()
                + (device.serial() == null ? "" : ", " + text("handin.certificate.serial", language, device.maskedSerial()));
        return SanitisationCertificate.pdf(new SanitisationCertificate.Texts(
                text("handin.certificate.title", language),
                text("handin.certificate.subtitle", language, code.display()),
                text("handin.certificate.footer", language, site.link(HandInLinks.certificate(code))),
                label -> text("handin.certificate.label." + label.name().toLowerCase(Locale.ROOT).replace('_', '-'), language)),
                organisation + ", " + handIn.siteName(), item, erasureOf(device));
    }

    private String text(String key, Locale language, Object... arguments) {
        return translations.getTranslation(key, language, arguments);
    }

    private static DataErasure erasureOf(HandInDevice device) {
        DataErasure erasure = device.erasure();
        if (erasure == null) {
            throw new IllegalStateException("Device " + device.id() + " has a certificate but no erasure");
        }
        return erasure;
    }
}
