package eu.reloop.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import eu.reloop.TestServices;

class LocalElasticsearchTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void keepsItsDataAcrossARestartAndStopsCleanly() throws Exception {
        Path dataDirectory = TestServices.temporaryFolder("elasticsearch-restart-");

        LocalElasticsearch first = start(dataDirectory);
        assertThat(send(first.url(), "PUT", "/notes/_doc/1?refresh=true", "{\"text\":\"still here\"}").statusCode())
                .isEqualTo(201);
        first.close();
        assertThat(first.isRunning()).isFalse();
        assertThat(isListening(first.url())).isFalse();

        LocalElasticsearch second = start(dataDirectory);
        try {
            assertThat(second.url().getHost()).isEqualTo("127.0.0.1");
            HttpResponse<String> document = send(second.url(), "GET", "/notes/_doc/1", null);
            assertThat(document.statusCode()).isEqualTo(200);
            assertThat(document.body()).contains("still here");
        } finally {
            second.close();
        }
        assertThat(second.isRunning()).isFalse();
    }

    @Test
    void saysWhatToDoWhenTheDistributionIsMissing() {
        Path nowhere = TestServices.temporaryFolder("no-distribution-");

        assertThatThrownBy(() -> LocalElasticsearch.start(nowhere, nowhere.resolve("data"), "512m", Duration.ofSeconds(5)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No Elasticsearch distribution at " + nowhere)
                .hasMessageContaining("RELOOP_ELASTICSEARCH_URL");
    }

    private static LocalElasticsearch start(Path dataDirectory) {
        return LocalElasticsearch.start(TestServices.elasticsearchHome(), dataDirectory, "256m", Duration.ofMinutes(3));
    }

    private HttpResponse<String> send(URI base, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean isListening(URI url) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
