package eu.reloop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the application mailed to an address, read from the mail record admins see under "Sent mail". */
public record MailedLinks(JdbcClient jdbc) {

    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/\\S+)");

    public List<String> bodies(String recipient) {
        return jdbc.sql("select body from outbound_mail where recipient = :recipient order by created_at, id")
                .param("recipient", recipient).query(String.class).list();
    }

    /** The application path in the latest mail to the address. */
    public String lastLink(String recipient) {
        List<String> bodies = bodies(recipient);
        assertThat(bodies).as("mail to " + recipient).isNotEmpty();
        Matcher link = LINK.matcher(bodies.getLast());
        assertThat(link.find()).as("a link in " + bodies.getLast()).isTrue();
        return link.group(1);
    }

    /** The token at the end of the latest mailed link, which must start with the given path. */
    public String lastToken(String recipient, String pathBeforeToken) {
        String link = lastLink(recipient);
        assertThat(link).startsWith(pathBeforeToken);
        return link.substring(pathBeforeToken.length());
    }
}
