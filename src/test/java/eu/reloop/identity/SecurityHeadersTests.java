package eu.reloop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.reloop.IntegrationTest;

/** The headers every answer carries: what a page may load, who may frame it, and how the session cookie travels. */
@IntegrationTest
class SecurityHeadersTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aPageMayRunWhatVaadinNeedsLoadTilesFromTheTileServerAndBeFramedOnlyByReLoop() throws Exception {
        HttpResponse<String> page = get("/find", false);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                        "img-src 'self' data: blob: https://tile.openstreetmap.org", "object-src 'none'",
                        "frame-ancestors 'self'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).contains("geolocation=(self), camera=(self), microphone=()");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        // Over plain HTTP there is no HSTS: it would lock a local installation out.
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void theOfflineVerifierRunsOnlyItsOwnFilesKeepsNoSessionAndMayUseTheCamera() throws Exception {
        HttpResponse<String> page = get("/offline-verify/", false);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<main>", "offline-verify.js");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'none'", "script-src 'self';", "connect-src 'self'", "worker-src 'self'",
                        "frame-ancestors 'none'")
                .doesNotContain("unsafe"));
        assertThat(page.headers().firstValue("Permissions-Policy")).contains("geolocation=(), camera=(self), microphone=()");
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
        HttpResponse<String> worker = get("/offline-verify/sw.js", false);
        assertThat(worker.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertThat(worker.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).startsWith("default-src 'none'"));

        // The folder's address without its slash leads into it; any other address in it is the pages' "not found".
        assertThat(get("/offline-verify", false).headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/offline-verify/"));
        assertThat(get("/offline-verify/nothing", false).headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'"));
    }

    @Test
    void theSessionCookieIsLaxHttpOnlyAndSecureBehindAnHttpsProxy() throws Exception {
        HttpResponse<String> plain = get("/login", false);
        assertThat(sessionCookie(plain)).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(plain.body()).doesNotContain(";jsessionid=");

        HttpResponse<String> proxied = get("/login", true);
        assertThat(sessionCookie(proxied)).contains("HttpOnly", "SameSite=Lax", "Secure");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
    }

    @Test
    void jsonMayNeitherLoadNorRunAnythingNorBeFramed() throws Exception {
        HttpResponse<String> json = get("/api/v1/search/organisations?lat=59.9&lon=10.7", false);

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Security-Policy")).contains("default-src 'none'; frame-ancestors 'none'");
        assertThat(json.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(json.headers().allValues("Set-Cookie")).isEmpty();
    }

    private static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    /** A request as a browser sends it, or as the HTTPS proxy in front of ReLoop forwards it. */
    private HttpResponse<String> get(String path, boolean throughHttpsProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (throughHttpsProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-Port", "443");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
