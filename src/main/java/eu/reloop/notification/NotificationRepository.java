package eu.reloop.notification;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notifications and the outbound mail record in PostgreSQL. */
@Repository
class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertNotification(UUID organisationId, String messageKey, List<String> arguments, @Nullable String link,
            Instant now) {
        jdbc.sql("""
                        insert into notification (organisation_id, message_key, arguments, link, created_at)
                        values (:organisation, :key, :arguments, :link, :now)""")
                .param("organisation", organisationId).param("key", messageKey)
                .param("arguments", arguments.toArray(String[]::new)).param("link", link)
                .param("now", Timestamp.from(now)).update();
    }

    List<Notification> notificationsOf(UUID organisationId, int limit) {
        return jdbc.sql("""
                        select * from notification where organisation_id = :organisation
                        order by created_at desc, id limit :limit""")
                .param("organisation", organisationId).param("limit", limit)
                .query((rs, row) -> {
                    Array arguments = rs.getArray("arguments");
                    return new Notification(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                            rs.getString("message_key"), Arrays.asList((String[]) arguments.getArray()),
                            rs.getString("link"), rs.getTimestamp("created_at").toInstant());
                }).list();
    }

    UUID insertMail(String recipient, String subject, String body, Instant now) {
        return jdbc.sql("""
                        insert into outbound_mail (recipient, subject, body, status, created_at)
                        values (:recipient, :subject, :body, 'RECORDED', :now) returning id""")
                .param("recipient", recipient).param("subject", subject).param("body", body)
                .param("now", Timestamp.from(now)).query(UUID.class).single();
    }

    List<OutboundMail> mail(List<UUID> ids) {
        return jdbc.sql("select * from outbound_mail where id in (:ids) order by created_at").param("ids", ids)
                .query((rs, row) -> mapMail(rs)).list();
    }

    List<OutboundMail> recentMail(int offset, int limit) {
        return jdbc.sql("select * from outbound_mail order by created_at desc, id offset :offset limit :limit")
                .param("offset", offset).param("limit", limit).query((rs, row) -> mapMail(rs)).list();
    }

    int mailCount() {
        return jdbc.sql("select count(*) from outbound_mail").query(Integer.class).single();
    }

    /**
     * Takes a recorded mail for sending: true for exactly one caller, so that a delivery submitted again
     * (after a failure elsewhere in its batch) never sends a mail twice.
     */
    boolean claimForSending(UUID id, Instant now) {
        return jdbc.sql("update outbound_mail set status = 'SENT', sent_at = :now where id = :id and status = 'RECORDED'")
                .param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    void markMail(UUID id, MailStatus status, @Nullable String error, @Nullable Instant sentAt) {
        jdbc.sql("update outbound_mail set status = :status, error = :error, sent_at = :sent where id = :id")
                .param("id", id).param("status", status.name()).param("error", error)
                .param("sent", sentAt == null ? null : Timestamp.from(sentAt)).update();
    }

    private static OutboundMail mapMail(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new OutboundMail(rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("body"), MailStatus.valueOf(rs.getString("status")), rs.getString("error"),
                rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant());
    }
}
