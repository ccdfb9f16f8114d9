package eu.reloop.shared;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.reloop.IntegrationTest;

/**
 * Every body has a limit, refused with 413 before it is read: Stripe's webhook takes 256 kB, the rest of the API
 * 64 kB, pages (and their uploads) 16 MB. A sender of a larger body is answered while it is still sending: by its
 * declared length at once, and a chunked body once it has grown past the limit. The senders here never send the
 * rest of their megabyte, so an answer proves it was not waited for.
 */
@IntegrationTest
class BodyLimitTests {

    private static final String WEBHOOK = "/api/v1/payments/stripe/webhook";
    private static final int KILOBYTE = 1024;
    private static final int MEGABYTE = 1024 * KILOBYTE;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aMegabyteWebhookBodyOfDeclaredLengthIsRefusedBeforeItIsSent() throws Exception {
        try (Socket socket = connect()) {
            send(socket, WEBHOOK, "Content-Length: " + MEGABYTE, new byte[16 * KILOBYTE]);

            String answer = answerHead(socket);

            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("Content-Type: application/problem+json");
        }
    }

    @Test
    void aChunkedMegabyteWebhookBodyIsRefusedOnceItPassesTheLimit() throws Exception {
        try (Socket socket = connect()) {
            ByteArrayOutputStream chunks = new ByteArrayOutputStream();
            byte[] chunk = new byte[16 * KILOBYTE];
            Arrays.fill(chunk, (byte) ' ');
            // 300 kB of the megabyte: past the webhook's 256 kB; no last chunk ever follows.
            for (int sent = 0; sent < 300 * KILOBYTE; sent += chunk.length) {
                chunks.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(US_ASCII));
                chunks.write(chunk);
                chunks.write("\r\n".getBytes(US_ASCII));
            }
            send(socket, WEBHOOK, "Transfer-Encoding: chunked", chunks.toByteArray());

            String answer = answerHead(socket);

            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("Content-Type: application/problem+json");
        }
    }

    @Test
    void theWebhookTakesMoreThanTheRestOfTheApi() throws Exception {
        byte[] twoHundredKilobytes = new byte[200 * KILOBYTE];
        Arrays.fill(twoHundredKilobytes, (byte) ' ');

        // Within the webhook's limit: read, and refused for its missing signature.
        assertThat(post(WEBHOOK, twoHundredKilobytes).statusCode()).isEqualTo(400);
        HttpResponse<String> api = post("/api/v1/search/organisations", Arrays.copyOf(twoHundredKilobytes, 100 * KILOBYTE));
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.body()).contains("at most 65,536 bytes");
    }

    @Test
    void aPageRequestTakesAtMostSixteenMegabytes() throws Exception {
        try (Socket socket = connect()) {
            send(socket, "/", "Content-Length: " + (17 * MEGABYTE), new byte[KILOBYTE]);

            assertThat(answerHead(socket)).startsWith("HTTP/1.1 413");
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("localhost", port);
        socket.setSoTimeout(15_000);
        return socket;
    }

    /** A POST with only the start of its body. */
    private static void send(Socket socket, String path, String lengthHeader, byte[] bodyStart) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Accept: application/json\r\n" + lengthHeader + "\r\n\r\n").getBytes(US_ASCII));
        out.write(bodyStart);
        out.flush();
    }

    /** The status line and headers of the answer, read as they arrive. */
    private static String answerHead(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(US_ASCII).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            head.write(next);
        }
        return head.toString(US_ASCII);
    }

    private HttpResponse<String> post(String path, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
