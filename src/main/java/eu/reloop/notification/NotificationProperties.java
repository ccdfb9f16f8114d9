package eu.reloop.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for notices ({@code reloop.notification.*}); the SMTP server itself is {@code spring.mail.*}.
 *
 * @param mailFrom the sender of ReLoop's e-mails
 * @param publicUrl where users reach ReLoop, for the links in e-mails
 */
@ConfigurationProperties("reloop.notification")
public record NotificationProperties(
        @DefaultValue("ReLoop <no-reply@reloop.example>") String mailFrom,
        @DefaultValue("http://localhost:8080") String publicUrl) {
}
