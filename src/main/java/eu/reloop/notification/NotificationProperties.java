package eu.reloop.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for notices ({@code reloop.notification.*}); the SMTP server itself is {@code spring.mail.*}.
 *
 * @param mailFrom the sender of ReLoop's e-mails
 */
@ConfigurationProperties("reloop.notification")
public record NotificationProperties(@DefaultValue("ReLoop <no-reply@reloop.example>") String mailFrom) {
}
