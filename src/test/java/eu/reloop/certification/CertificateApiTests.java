package eu.reloop.certification;

import static eu.reloop.certification.CertificationTestSetup.asCertifier;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.reloop.IntegrationTest;
import eu.reloop.certification.CertificationTestSetup.Staffed;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.identity.Role;

@IntegrationTest
class CertificateApiTests {

    @LocalServerPort
    int port;

    @Autowired
    CertificationTestSetup setup;

    @Autowired
    Certificates certificates;

    @Test
    void answersWithTheLiveStatusAndThePlainStatementThatThisIsTheProof() throws Exception {
        Staffed organisation = setup.organisationWithStaff("Api Cert " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        String number = CertificationFixtures.certify(certificates, organisation.organisationId()).number();

        HttpResponse<String> response = get("/api/v1/certificates/" + number);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"number\":\"" + number + "\"", "\"status\":\"CERTIFIED\"",
                "\"kind\":\"REPAIRER\"", "\"organisationId\":\"" + organisation.organisationId() + "\"",
                "\"certifier\":\"Test Certifier\"", "\"categories\":[\"phones\"]", "not a printed or downloaded copy");

        String certifier = setup.account("certifier", Role.CERTIFIER);
        asCertifier(certifier, () -> {
            certificates.suspend(number, "Under investigation");
            return null;
        });
        // Lower case works too: people type what they read.
        assertThat(get("/api/v1/certificates/" + number.toLowerCase()).body()).contains("\"status\":\"SUSPENDED\"")
                .doesNotContain("Under investigation");
    }

    @Test
    void anUnknownNumberIsNotFoundAndSomethingElseIsABadRequest() throws Exception {
        HttpResponse<String> unknown = get("/api/v1/certificates/RLC-1999-99999");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("is not valid");

        HttpResponse<String> malformed = get("/api/v1/certificates/DROP%20TABLE");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"parameter\":\"number\"", "RLC-2026-00042");
    }

    @Test
    void isDocumentedInOpenApi() throws Exception {
        assertThat(get("/v3/api-docs").body()).contains("/api/v1/certificates/{number}");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
