package eu.reloop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sign-in form as a browser sends it, over plain HTTP with a cookie jar of its own: the page, whose meta tags
 * carry the CSRF token the form posts, and the post to {@code /login}. Requests may come as if forwarded by the proxy
 * in front of ReLoop from another client address.
 */
final class FormSignIn {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String clientAddress;

    /** @param clientAddress the address the proxy says the request came from */
    FormSignIn(int port, String clientAddress) {
        this.base = "http://localhost:" + port;
        this.clientAddress = clientAddress;
    }

    /** Opens the sign-in page and reads the CSRF token's parameter name and value from it. */
    Map<String, String> token() throws Exception {
        HttpResponse<String> page = http.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> meta = new LinkedHashMap<>();
        Matcher found = META.matcher(page.body());
        while (found.find()) {
            meta.put(found.group(1), found.group(2));
        }
        assertThat(meta).as("the page's CSRF meta tags").containsKeys("_csrf", "_csrf_parameter");
        return Map.of(meta.get("_csrf_parameter"), meta.get("_csrf"));
    }

    /** Posts the form with the given fields besides e-mail and password; the answer is not followed. */
    HttpResponse<String> post(String email, String password, Map<String, String> more) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("username", email, "password", password));
        fields.putAll(more);
        String form = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue())).collect(Collectors.joining("&"));
        return http.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in as the page does: with its token. */
    HttpResponse<String> signIn(String email, String password) throws Exception {
        return post(email, password, token());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", clientAddress);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
