package eu.reloop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;

/**
 * With an SMTP server configured, recorded mail goes out and is marked sent; without one it stays
 * recorded. The server here is a minimal SMTP conversation on a local port, enough for JavaMail.
 */
@IntegrationTest
class MailDeliveryTests {

    @Autowired
    NotificationRepository repository;

    @Autowired
    NotificationProperties properties;

    @Autowired
    Notifications notifications;

    @Autowired
    Clock clock;

    @Test
    void mailIsSentThroughTheConfiguredSmtpServerAndMarkedSent() throws Exception {
        try (FakeSmtpServer smtp = new FakeSmtpServer()) {
            UUID mail = repository.insertMail("staff@example.org", "ReLoop: test", "Hello", clock.instant());

            delivery(smtp.sender()).on(new MailRecorded(List.of(mail)));

            assertThat(smtp.received()).singleElement().satisfies(message -> assertThat(message)
                    .contains("To: staff@example.org", "Subject: ReLoop: test", "Hello"));
            assertThat(repository.mail(List.of(mail))).singleElement()
                    .satisfies(sent -> assertThat(sent.status()).isEqualTo(MailStatus.SENT));
        }
    }

    @Test
    void anUnreachableServerMarksTheMailFailedWithTheReason() throws Exception {
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        try (ServerSocket closed = new ServerSocket(0)) {
            nowhere.setPort(closed.getLocalPort());
        }
        UUID mail = repository.insertMail("staff@example.org", "ReLoop: test", "Hello", clock.instant());

        delivery(nowhere).on(new MailRecorded(List.of(mail)));

        OutboundMail failed = repository.mail(List.of(mail)).getFirst();
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.error()).isNotBlank();
    }

    @Test
    void withoutSmtpMailStaysRecordedForAdmins() {
        UUID mail = repository.insertMail("staff@example.org", "ReLoop: kept", "Hello", clock.instant());

        new MailDelivery(repository, new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                properties, clock).on(new MailRecorded(List.of(mail)));

        assertThat(TestSecurity.asAdmin(() -> notifications.recentMail(0, 1000)))
                .filteredOn(recorded -> recorded.id().equals(mail)).singleElement()
                .satisfies(recorded -> assertThat(recorded.status()).isEqualTo(MailStatus.RECORDED));
    }

    private MailDelivery delivery(JavaMailSender sender) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        return new MailDelivery(repository, beans.getBeanProvider(JavaMailSender.class), properties, clock);
    }

    /** Accepts one SMTP session at a time and keeps each message's text. */
    private static final class FakeSmtpServer implements AutoCloseable {

        private final ServerSocket socket;
        private final List<String> received = new CopyOnWriteArrayList<>();
        private final Thread thread;

        FakeSmtpServer() throws IOException {
            socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            thread = Thread.ofVirtual().start(this::serve);
        }

        JavaMailSender sender() {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(socket.getLocalPort());
            return sender;
        }

        List<String> received() {
            return received;
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept();
                        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                    reply(out, "220 fake-smtp ready");
                    String line;
                    while ((line = in.readLine()) != null) {
                        String command = line.toUpperCase();
                        if (command.startsWith("DATA")) {
                            reply(out, "354 end with <CRLF>.<CRLF>");
                            StringBuilder message = new StringBuilder();
                            while (!(line = in.readLine()).equals(".")) {
                                message.append(line).append('\n');
                            }
                            received.add(message.toString());
                            reply(out, "250 queued");
                        } else if (command.startsWith("QUIT")) {
                            reply(out, "221 bye");
                            break;
                        } else {
                            reply(out, "250 ok");
                        }
                    }
                } catch (IOException closedOrReset) {
                    if (!socket.isClosed()) {
                        throw new UncheckedIOException(closedOrReset);
                    }
                }
            }
        }

        private static void reply(PrintWriter out, String line) {
            out.print(line + "\r\n");
            out.flush();
        }

        @Override
        public void close() throws Exception {
            socket.close();
            thread.join(2000);
        }
    }
}
