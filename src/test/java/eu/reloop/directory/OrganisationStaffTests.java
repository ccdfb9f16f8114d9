package eu.reloop.directory;

import static eu.reloop.AppendOnlyTables.assertCannotBeRewritten;
import static eu.reloop.directory.DirectoryFixtures.details;
import static eu.reloop.directory.DirectoryFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;

import eu.reloop.IntegrationTest;
import eu.reloop.TestClock;
import eu.reloop.TestSecurity;
import eu.reloop.geo.GeoPoint;
import eu.reloop.identity.IdentityLinks;
import eu.reloop.identity.MailedLinks;
import eu.reloop.identity.Member;
import eu.reloop.identity.MemberRole;
import eu.reloop.identity.Role;
import eu.reloop.identity.SignUpRequest;
import eu.reloop.identity.UserAccount;
import eu.reloop.identity.UserAccounts;
import eu.reloop.identity.YourData;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.shared.Violations;
import eu.reloop.shared.Translations;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Organisations registering themselves, and owners deciding who works for them. */
@IntegrationTest
class OrganisationStaffTests {

    private static final GeoPoint OSLO = new GeoPoint(59.91, 10.75);
    private static final Pattern INVITATION_LINK = Pattern.compile("http://\\S+/staff-invitation/([A-Za-z0-9_-]+)");

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationStaff staff;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    YourData yourData;

    @Autowired
    JsonMapper json;

    String founder;
    UUID organisation;

    @BeforeEach
    void aFounderRegistersARepairCafe() {
        founder = signUp("Founder");
        organisation = as(founder, () -> organisations.registerOwn(OrganisationKind.COMMUNITY_REPAIR,
                withContact(details("Café " + UUID.randomUUID())), site("Café", OSLO, Set.of())));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theFounderOwnsTheNewUncertifiedOrganisationAndHoldsTheRoleOfItsKind() {
        OrganisationProfile profile = organisations.profile(organisation).orElseThrow();
        assertThat(profile.organisation().kind()).isEqualTo(OrganisationKind.COMMUNITY_REPAIR);
        assertThat(profile.organisation().certification()).isEqualTo(CertificationStanding.NOT_CERTIFIED);
        assertThat(profile.sites()).hasSize(1);
        assertThat(members()).extracting(Member::email, Member::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple(founder, MemberRole.OWNER));
        assertThat(account(founder).roles()).contains(Role.REPAIRER);
        assertThat(changes()).containsExactly(StaffChange.REGISTERED);
    }

    @Test
    void aNumberWithAWrongCheckDigitIsRefusedAndNothingIsRegistered() {
        String person = signUp("Typo");
        OrganisationDetails valid = withContact(details("Typo AS"));
        String number = valid.organisationNumber();
        String wrong = number.substring(0, 8) + ((number.charAt(8) - '0' + 1) % 10);
        OrganisationDetails typo = new OrganisationDetails("Typo AS", "NO", wrong, "", null, "+47 22 33 44 55",
                "post@typo.example", Set.of());

        assertThatThrownBy(() -> as(person, () -> organisations.registerOwn(OrganisationKind.REPAIRER, typo,
                site("Typo", OSLO, Set.of()))))
                .isInstanceOfSatisfying(ConstraintViolationException.class, invalid -> assertThat(Violations.of(invalid))
                        .extracting(Violations::field).containsExactly("organisationNumber"));
        assertThatThrownBy(() -> as(person, () -> organisations.checkNew(typo)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(organisations.registeredUnder(typo)).isEmpty();
        assertThat(membershipsOf(person)).isZero();
    }

    @Test
    void aRegisteredNumberLeadsToARequestForAccessThatTheOwnerAccepts() {
        OrganisationDetails same = organisations.profile(organisation).orElseThrow().organisation().details();
        String colleague = signUp("Colleague");

        assertThatThrownBy(() -> as(colleague, () -> organisations.registerOwn(OrganisationKind.REPAIRER, same,
                site("Copy", OSLO, Set.of()))))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("organisation.error.number-taken"));
        assertThat(organisations.registeredUnder(same)).contains(organisation);
        OrganisationDetails typedWithSpaces = new OrganisationDetails("Copy", same.country(),
                same.organisationNumber().replaceAll("(\\d{3})", "$1 "), "", null, null, null, Set.of());
        assertThat(organisations.registeredUnder(typedWithSpaces)).contains(organisation);

        as(colleague, () -> staff.requestAccess(organisation));
        assertThat(mailTo(founder)).anyMatch(body -> body.contains("asks for access"));
        List<AccessRequest> requests = as(founder, () -> staff.accessRequests(organisation));
        assertThat(requests).extracting(AccessRequest::email).containsExactly(colleague);

        as(founder, () -> staff.answer(organisation, requests.getFirst().id(), true));

        assertThat(members()).extracting(Member::email).contains(colleague);
        assertThat(account(colleague).roles()).contains(Role.REPAIRER);
        assertThat(mailTo(colleague)).anyMatch(body -> body.contains("You are now staff"));
        assertThat(changes()).containsSubsequence(StaffChange.ACCESS_REQUESTED, StaffChange.ACCESS_GRANTED);
    }

    @Test
    void anExistingAccountAcceptsAnInvitation() {
        String colleague = signUp("Invited");
        String token = invite(colleague, MemberRole.STAFF);

        assertThat(staff.invitation(token).hasAccount()).isTrue();
        UUID joined = as(colleague, () -> staff.accept(token));

        assertThat(joined).isEqualTo(organisation);
        assertThat(members()).extracting(Member::email, Member::role)
                .contains(org.assertj.core.groups.Tuple.tuple(colleague, MemberRole.STAFF));
        assertThat(account(colleague).roles()).contains(Role.REPAIRER);
        assertThat(changes()).containsSubsequence(StaffChange.INVITED, StaffChange.INVITATION_ACCEPTED);
        // Used once: the same link again is refused and changes nothing.
        assertRefused(() -> as(colleague, () -> staff.accept(token)), "token.error.used");
        assertThat(members()).hasSize(2);
    }

    @Test
    void aVisitorOpensAnAccountFromTheInvitationAndJoins() {
        String newcomer = "newcomer-" + UUID.randomUUID() + "@example.org";
        String token = invite(newcomer, MemberRole.OWNER);
        assertThat(staff.invitation(token).hasAccount()).isFalse();

        // Sign-up's password rules hold here too.
        assertThatThrownBy(() -> staff.acceptWithNewAccount(token, new SignUpRequest("New", newcomer, "short")))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(accounts.findByEmail(newcomer)).isEmpty();

        staff.acceptWithNewAccount(token, new SignUpRequest("Newcomer", newcomer, "a long enough passphrase"));

        assertThat(members()).extracting(Member::email, Member::role)
                .contains(org.assertj.core.groups.Tuple.tuple(newcomer, MemberRole.OWNER));
        assertThat(account(newcomer).roles()).contains(Role.REPAIRER);
        // The link came to the address: it is confirmed, and no second link is mailed to confirm it.
        assertThat(as(newcomer, accounts::emailConfirmed)).isTrue();
        assertThat(mailTo(newcomer)).isNotEmpty().noneMatch(mail -> mail.contains(IdentityLinks.confirmEmail("")));
    }

    @Test
    void anInvitationLinkCannotJoinAnExistingAccountWithoutItsPassword() {
        String colleague = signUp("Has account");
        String token = invite(colleague, MemberRole.OWNER);
        String hash = passwordHash(colleague);
        int mails = mailTo(colleague).size();

        assertRefused(() -> staff.acceptWithNewAccount(token, new SignUpRequest("Mallory", colleague,
                "mallory's own passphrase")), "invitation.sign-in-first");

        assertThat(members()).extracting(Member::email).containsExactly(founder);
        assertThat(account(colleague).displayName()).isEqualTo("Has account");
        assertThat(passwordHash(colleague)).isEqualTo(hash);
        assertThat(mailTo(colleague)).hasSize(mails);
        assertThat(changes()).doesNotContain(StaffChange.INVITATION_ACCEPTED);
        // The invitation still waits for its owner, who signs in and accepts.
        as(colleague, () -> staff.accept(token));
        assertThat(members()).extracting(Member::email).contains(colleague);
    }

    @Test
    void invitationsSayWhyTheAddressGetsMailAndDoNotCallItStaff() {
        String newcomer = "footer-" + UUID.randomUUID() + "@example.org";
        invite(newcomer, MemberRole.STAFF);
        UUID invitation = as(founder, () -> staff.pendingInvitations(organisation)).getFirst().id();
        as(founder, () -> staff.revoke(organisation, invitation));

        assertThat(mailTo(newcomer)).hasSize(2).allSatisfy(mail -> assertThat(mail)
                .endsWith("You get this e-mail because someone invited this address to an organisation on ReLoop."
                        + " If you did not expect it, you can ignore it.")
                .doesNotContain("because you are staff"));
    }

    @Test
    void expiredAlteredForeignAndRevokedLinksAreRefusedAndChangeNothing() {
        String colleague = signUp("Late");
        String stranger = signUp("Stranger");
        String token = invite(colleague, MemberRole.STAFF);

        String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertRefused(() -> as(colleague, () -> staff.accept(altered)), "token.error.invalid");
        assertRefused(() -> as(stranger, () -> staff.accept(token)), "token.error.invalid");
        assertRefused(() -> as(stranger, () -> staff.decline(token)), "token.error.invalid");
        assertRefused(() -> staff.acceptWithNewAccount(token, new SignUpRequest("Stranger", "other-" + colleague,
                "a long enough passphrase")), "token.error.invalid");

        clock.advance(OrganisationStaff.INVITATION_VALIDITY.plus(Duration.ofMinutes(1)));
        assertRefused(() -> staff.invitation(token), "token.error.expired");
        assertRefused(() -> as(colleague, () -> staff.accept(token)), "token.error.expired");
        assertRefused(() -> as(colleague, () -> staff.decline(token)), "token.error.expired");
        clock.reset();

        UUID invitation = as(founder, () -> staff.pendingInvitations(organisation)).getFirst().id();
        as(founder, () -> staff.revoke(organisation, invitation));
        assertRefused(() -> as(colleague, () -> staff.accept(token)), "token.error.used");

        assertThat(members()).extracting(Member::email).containsExactly(founder);
        assertThat(membershipsOf(stranger)).isZero();
        assertThat(accounts.findByEmail("other-" + colleague)).isEmpty();
    }

    @Test
    void aResentInvitationReplacesTheOldLink() {
        String colleague = signUp("Resent");
        String first = invite(colleague, MemberRole.STAFF);
        UUID invitation = as(founder, () -> staff.pendingInvitations(organisation)).getFirst().id();

        as(founder, () -> staff.resend(organisation, invitation));
        String second = lastInvitationToken(colleague);

        assertThat(second).isNotEqualTo(first);
        assertRefused(() -> as(colleague, () -> staff.accept(first)), "token.error.invalid");
        as(colleague, () -> staff.accept(second));
        assertThat(members()).extracting(Member::email).contains(colleague);
    }

    @Test
    void theLastOwnerCannotLeaveNorBeRemovedNorDemoted() {
        String colleague = signUp("Second");
        as(colleague, () -> staff.accept(invite(colleague, MemberRole.STAFF)));
        UUID founderId = account(founder).id();

        assertRefused(() -> as(founder, () -> staff.leave(organisation)), "staff.error.last-owner");
        assertRefused(() -> as(founder, () -> staff.changeRole(organisation, founderId, MemberRole.STAFF)),
                "staff.error.last-owner");
        assertRefused(() -> as(founder, () -> staff.remove(organisation, founderId)), "staff.error.last-owner");
        // Staff may not decide who works here at all.
        assertThatThrownBy(() -> as(colleague, () -> staff.remove(organisation, founderId)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(members()).extracting(Member::email, Member::role).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(founder, MemberRole.OWNER),
                org.assertj.core.groups.Tuple.tuple(colleague, MemberRole.STAFF));

        // With a second owner, the founder may go.
        as(founder, () -> staff.changeRole(organisation, account(colleague).id(), MemberRole.OWNER));
        as(founder, () -> staff.leave(organisation));
        assertThat(members()).extracting(Member::email).containsExactly(colleague);
        assertThat(mailTo(colleague)).anyMatch(body -> body.contains("You are now an owner"));
        assertThat(changes()).containsSubsequence(StaffChange.MADE_OWNER, StaffChange.LEFT);
    }

    @Test
    void anOwnerOfOneOrganisationCannotActOnAnother() {
        String otherFounder = signUp("Other founder");
        UUID other = as(otherFounder, () -> organisations.registerOwn(OrganisationKind.REUSE_CENTRE,
                withContact(details("Other " + UUID.randomUUID())), site("Other", OSLO, Set.of())));
        UUID otherFounderId = account(otherFounder).id();

        assertThatThrownBy(() -> as(founder, () -> staff.invite(other,
                new StaffInvitation("intruder-" + UUID.randomUUID() + "@example.org", MemberRole.OWNER))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(founder, () -> staff.remove(other, otherFounderId)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(founder, () -> staff.changeRole(other, otherFounderId, MemberRole.STAFF)))
                .isInstanceOf(AuthorizationDeniedException.class);

        // Their requests for access and invitations are theirs to answer, under either organisation's id.
        String asker = signUp("Asker");
        as(asker, () -> staff.requestAccess(other));
        UUID request = as(otherFounder, () -> staff.accessRequests(other)).getFirst().id();
        assertThatThrownBy(() -> as(founder, () -> staff.answer(other, request, true)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(founder, () -> staff.answer(organisation, request, true)))
                .isInstanceOf(UnknownRecordException.class);
        String invited = "their-invitee-" + UUID.randomUUID() + "@example.org";
        as(otherFounder, () -> staff.invite(other, new StaffInvitation(invited, MemberRole.STAFF)));
        UUID invitation = as(otherFounder, () -> staff.pendingInvitations(other)).getFirst().id();
        assertThatThrownBy(() -> as(founder, () -> staff.revoke(organisation, invitation)))
                .isInstanceOf(UnknownRecordException.class);
        assertThatThrownBy(() -> as(founder, () -> staff.resend(organisation, invitation)))
                .isInstanceOf(UnknownRecordException.class);

        assertThat(as(otherFounder, () -> staff.members(other))).extracting(Member::email, Member::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(otherFounder, MemberRole.OWNER));
        assertThat(as(otherFounder, () -> staff.accessRequests(other))).extracting(AccessRequest::id)
                .containsExactly(request);
        assertThat(as(otherFounder, () -> staff.pendingInvitations(other))).extracting(PendingInvitation::email)
                .containsExactly(invited);
        assertThat(mailTo(invited)).hasSize(1);
        assertThat(account(otherFounder).roles()).contains(Role.REUSE_CENTRE);
    }

    @Test
    void theExportHoldsThePersonsInvitationsRequestsAndTheTrailAboutThem() {
        String colleague = signUp("Exported");
        as(colleague, () -> staff.accept(invite(colleague, MemberRole.STAFF)));
        String otherFounder = signUp("Other founder");
        UUID other = as(otherFounder, () -> organisations.registerOwn(OrganisationKind.REPAIRER,
                withContact(details("Asked " + UUID.randomUUID())), site("Asked", OSLO, Set.of())));
        as(colleague, () -> staff.requestAccess(other));
        String bystander = signUp("Bystander");
        invite(bystander, MemberRole.STAFF);

        JsonNode staffPart = json.readTree(as(colleague, yourData::export)).get("staff");

        String name = organisations.profile(organisation).orElseThrow().organisation().details().legalName();
        assertThat(staffPart.get("invitations")).singleElement().satisfies(invitation -> {
            assertThat(invitation.get("organisation").asString()).isEqualTo(name);
            assertThat(invitation.get("role").asString()).isEqualTo("STAFF");
            assertThat(invitation.get("accepted_at").isNull()).isFalse();
        });
        assertThat(staffPart.get("accessRequests")).singleElement()
                .satisfies(request -> assertThat(request.get("accepted_at").isNull()).isTrue());
        assertThat(staffPart.get("organisationTrail")).extracting(entry -> entry.get("action").asString())
                .containsExactly("INVITED", "INVITATION_ACCEPTED", "ACCESS_REQUESTED");
        assertThat(staffPart.toString()).doesNotContain(bystander);
    }

    @Test
    void deletingTheAccountLeavesInvitationsToItsAddressUnderThePseudonym() {
        String colleague = signUp("Leaving");
        as(colleague, () -> staff.accept(invite(colleague, MemberRole.STAFF)));
        UUID id = account(colleague).id();

        as(colleague, () -> yourData.deleteAccount(colleague));

        assertThat(jdbc.sql("select email from organisation_invitation where organisation_id = :organisation")
                .param("organisation", organisation).query(String.class).list())
                .containsExactly("deleted-" + id + "@invalid");
    }

    @Test
    void theAuditTrailCannotBeRewritten() {
        assertCannotBeRewritten("delete from organisation_audit where organisation_id = :id", Map.of("id", organisation));
        assertThat(changes()).containsExactly(StaffChange.REGISTERED);
    }

    private String invite(String email, MemberRole role) {
        as(founder, () -> staff.invite(organisation, new StaffInvitation(email, role)));
        return lastInvitationToken(email);
    }

    /** The token as the invited person reads it: from the e-mail, the only place it exists. */
    private String lastInvitationToken(String email) {
        String body = mailTo(email).getLast();
        Matcher link = INVITATION_LINK.matcher(body);
        assertThat(link.find()).as("an invitation link in %s", body).isTrue();
        return link.group(1);
    }

    private List<String> mailTo(String email) {
        return jdbc.sql("select body from outbound_mail where recipient = :email order by created_at, id")
                .param("email", email).query(String.class).list();
    }

    private List<Member> members() {
        return TestSecurity.asAdmin(() -> staff.members(organisation));
    }

    private List<StaffChange> changes() {
        return TestSecurity.asAdmin(() -> staff.trail(organisation)).reversed().stream()
                .map(StaffAuditEntry::change).toList();
    }

    private String passwordHash(String email) {
        return jdbc.sql("select password_hash from app_user where email = :email").param("email", email)
                .query(String.class).single();
    }

    private int membershipsOf(String email) {
        return jdbc.sql("select count(*) from organisation_membership m join app_user u on u.id = m.user_id"
                        + " where u.email = :email").param("email", email).query(Integer.class).single();
    }

    private UserAccount account(String email) {
        return accounts.findByEmail(email).orElseThrow();
    }

    private String signUp(String name) {
        String email = name.toLowerCase().replace(' ', '-') + "-" + UUID.randomUUID() + "@example.org";
        accounts.signUp(new SignUpRequest(name, email, "a long enough passphrase"), Translations.ENGLISH);
        // Confirmed, as inviting asks: the link the sign-up mailed is opened.
        accounts.confirmEmail(new MailedLinks(jdbc).lastToken(email, IdentityLinks.confirmEmail("")));
        return email;
    }

    private static OrganisationDetails withContact(OrganisationDetails details) {
        return new OrganisationDetails(details.legalName(), details.country(), details.organisationNumber(),
                details.description(), null, "+47 22 33 44 55", "post@example.org", details.languages());
    }

    private static void assertRefused(Runnable step, String messageKey) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }

    private static <T> T as(String email, Supplier<T> work) {
        return TestSecurity.as(email, work, "ROLE_CONSUMER");
    }

    private static void as(String email, Runnable work) {
        as(email, () -> {
            work.run();
            return null;
        });
    }
}
