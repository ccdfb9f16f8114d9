package eu.reloop.certification;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/**
 * The certification pages' routes, in one place: the views declare them, and services, e-mails and other
 * modules build their links with the methods here, so that a renamed route cannot break a link silently.
 */
public final class CertificationLinks {

    /** The public certificate page; without a number it asks for one. */
    public static final String CERTIFICATE = "certificates/:number?";
    /** Staff follow their organisations' certificates and applications here. */
    public static final String MY_CERTIFICATION = "certification";
    public static final String APPLICATION = "certification/:organisationId/applications/:applicationId";
    public static final String REVIEW_QUEUE = "review";
    public static final String REVIEW = "review/:applicationId";
    public static final String CERTIFICATE_REGISTER = "review/certificates";

    private CertificationLinks() {
    }

    /** The path of a certificate's public page, such as {@code /certificates/RLC-2026-00042}. */
    public static String certificate(String number) {
        return "/" + CERTIFICATE.replace(":number?", UriUtils.encodePathSegment(number, StandardCharsets.UTF_8));
    }
}
