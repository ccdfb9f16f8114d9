package eu.reloop.notification;

/** RECORDED until SMTP has taken the mail (and for good when no SMTP server is configured). */
public enum MailStatus {
    RECORDED, SENT, FAILED
}
