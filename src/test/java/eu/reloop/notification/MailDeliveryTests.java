package eu.reloop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;

/**
 * With an SMTP server configured, recorded mail goes out and is marked sent; without one it stays
 * recorded. The server is GreenMail, a real SMTP server on a free local port, fresh for each test.
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

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void mailIsSentThroughTheConfiguredSmtpServerAndMarkedSent() throws Exception {
        UUID mail = repository.insertMail("staff@example.org", "ReLoop: test", "Hello", clock.instant());

        delivery(smtpSender()).on(new MailRecorded(List.of(mail)));

        assertThat(SMTP.getReceivedMessages()).singleElement().satisfies(message -> {
            assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("staff@example.org");
            assertThat(message.getFrom()).extracting(Object::toString).containsExactly(properties.mailFrom());
            assertThat(message.getSubject()).isEqualTo("ReLoop: test");
            assertThat(GreenMailUtil.getBody(message)).isEqualTo("Hello");
        });
        assertThat(repository.mail(List.of(mail))).singleElement()
                .satisfies(sent -> assertThat(sent.status()).isEqualTo(MailStatus.SENT));
    }

    @Test
    void aMailDeliveredTwiceGoesOutOnce() {
        UUID mail = repository.insertMail("staff@example.org", "ReLoop: once", "Hello", clock.instant());
        MailDelivery delivery = delivery(smtpSender());

        delivery.on(new MailRecorded(List.of(mail)));
        delivery.on(new MailRecorded(List.of(mail)));

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    private static JavaMailSender smtpSender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(SMTP.getSmtp().getBindTo());
        sender.setPort(SMTP.getSmtp().getPort());
        return sender;
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
}
