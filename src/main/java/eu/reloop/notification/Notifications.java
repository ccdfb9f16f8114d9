package eu.reloop.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.identity.OrganisationAccess;
import eu.reloop.identity.PreferredLanguages;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.Money;
import eu.reloop.shared.ReadsInLanguage;
import eu.reloop.shared.SiteProperties;
import eu.reloop.shared.Translations;

/**
 * Tells an organisation's staff something: a notification they see when signed in, and an e-mail to
 * each of them, both written in the caller's transaction so that a notice exists exactly when what it
 * tells about was saved.
 */
@Service
public class Notifications {

    private static final int SHOWN_NOTIFICATIONS = 50;
    private static final int SUBJECT_LENGTH = 100;

    private final NotificationRepository repository;
    private final OrganisationAccess access;
    private final PreferredLanguages languages;
    private final Translations translations;
    private final SiteProperties site;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(NotificationRepository repository, OrganisationAccess access, PreferredLanguages languages,
            Translations translations, SiteProperties site, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.languages = languages;
        this.translations = translations;
        this.site = site;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param messageKey a translation key whose text takes {@code arguments} as {0}, {1}, ...
     * @param arguments dates, times, amounts and names in every language are mailed as each recipient's language
     *        writes them; the notice keeps a date as ISO 8601, which reads the same in every language, and the rest
     *        in English
     * @param link a path in the application (such as {@code /certificates/RLC-2026-00001}), or null
     */
    @Transactional
    public void notifyOrganisation(UUID organisationId, String messageKey, List<?> arguments, @Nullable String link) {
        repository.insertNotification(organisationId, messageKey, arguments.stream()
                .map(argument -> argument instanceof LocalDate ? argument.toString() : written(argument, Translations.ENGLISH))
                .toList(), link, clock.instant());
        mail(access.staffEmails(organisationId), messageKey, arguments, link, "mail.footer.staff");
    }

    /**
     * E-mails one person about their account (a buyer's order, their place on a staff), in the transaction of what
     * it reports.
     *
     * @param arguments dates, times, amounts and names in every language as the recipient's language writes them
     */
    @Transactional
    public void notifyPerson(String email, String messageKey, List<?> arguments, @Nullable String link) {
        mail(List.of(email), messageKey, arguments, link, "mail.footer.person");
    }

    /**
     * E-mails one person in the language they chose when they started what it reports (a consumer's repair
     * request keeps it), in the transaction of what it reports.
     */
    @Transactional
    public void notifyPerson(String email, Locale language, String messageKey, List<?> arguments,
            @Nullable String link) {
        mail(List.of(email), language, messageKey, arguments, link, "mail.footer.person");
    }

    /** E-mails an address an organisation invited, which may have no account yet; the footer says why it gets mail. */
    @Transactional
    public void notifyInvitee(String email, String messageKey, List<String> arguments, @Nullable String link) {
        mail(List.of(email), messageKey, arguments, link, "mail.footer.invitation");
    }

    /** E-mails every admin about the registry as a whole (its log failing its self-audit), in the caller's transaction. */
    @Transactional
    public void notifyAdmins(String messageKey, List<String> arguments, @Nullable String link) {
        mail(access.adminEmails(), messageKey, arguments, link, "mail.footer.admin");
    }

    /** Each recipient reads it in their account's language (English where they have none). */
    private void mail(List<String> recipients, String messageKey, List<?> arguments, @Nullable String link,
            String footerKey) {
        Map<String, Locale> languageOf = languages.of(recipients);
        recipients.stream().collect(Collectors.groupingBy(languageOf::get, LinkedHashMap::new, Collectors.toList()))
                .forEach((language, readers) -> mail(readers, language, messageKey, arguments, link, footerKey));
    }

    /** @param footerKey why the recipient gets the e-mail */
    private void mail(List<String> recipients, Locale language, String messageKey, List<?> arguments,
            @Nullable String link, String footerKey) {
        String text = translations.getTranslation(messageKey, language,
                arguments.stream().map(argument -> written(argument, language)).toArray());
        String subject = subject(text);
        String body = text + (link == null ? "" : "\n\n" + site.link(link))
                + "\n\n" + translations.getTranslation(footerKey, language);
        List<UUID> mail = recipients.stream()
                .map(recipient -> repository.insertMail(recipient, subject, body, clock.instant())).toList();
        if (!mail.isEmpty()) {
            events.publishEvent(new MailRecorded(mail));
        }
    }

    /** An argument as the language writes it: dates, times, amounts and names that differ by language. */
    private static String written(Object argument, Locale language) {
        return switch (argument) {
            case LocalDate date -> LocalizedFormats.date(date, language);
            case ZonedDateTime time -> LocalizedFormats.dateTime(time, language);
            case Money money -> LocalizedFormats.money(money, language);
            case ReadsInLanguage text -> text.in(language);
            default -> String.valueOf(argument);
        };
    }

    /** The notice on one line and short, since it may quote a certifier's free-text reason; the body has it all. */
    private static String subject(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return "ReLoop: " + (oneLine.length() <= SUBJECT_LENGTH ? oneLine : oneLine.substring(0, SUBJECT_LENGTH - 1) + "\u2026");
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@organisationAccess.canManage(#organisationId)")
    public List<Notification> notificationsOf(UUID organisationId) {
        return repository.notificationsOf(organisationId, SHOWN_NOTIFICATIONS);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<OutboundMail> recentMail(int offset, int limit) {
        return repository.recentMail(offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public int mailCount() {
        return repository.mailCount();
    }
}
