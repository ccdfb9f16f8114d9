package eu.reloop.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.identity.Member;
import eu.reloop.identity.MemberRole;
import eu.reloop.identity.Memberships;
import eu.reloop.identity.Role;
import eu.reloop.identity.SignUpRequest;
import eu.reloop.identity.UserAccount;
import eu.reloop.identity.UserAccounts;
import eu.reloop.notification.Notifications;
import eu.reloop.shared.LinkTokens;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.UnknownRecordException;

/**
 * Who works for an organisation, decided by its owners: invitations by e-mail (a random single-use token,
 * only its hash stored, valid seven days), requests for access from people who found their organisation
 * already registered, and the owners' changes to roles. Every change goes into the organisation's
 * append-only audit trail and is told to the person it concerns.
 */
@Service
@Validated
public class OrganisationStaff {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private final StaffRepository repository;
    private final DirectoryRepository directory;
    private final Memberships memberships;
    private final UserAccounts accounts;
    private final Notifications notifications;
    private final Clock clock;

    OrganisationStaff(StaffRepository repository, DirectoryRepository directory, Memberships memberships,
            UserAccounts accounts, Notifications notifications, Clock clock) {
        this.repository = repository;
        this.directory = directory;
        this.memberships = memberships;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * The global role that opens the staff pages of an organisation's kind. Community repair initiatives
     * repair, so their staff work as repairers; collection points have no pages of their own beyond "My
     * organisations" and the editor, which membership opens (docs/decisions/organisation-owners-and-staff.md).
     */
    static Optional<Role> staffRole(OrganisationKind kind) {
        return switch (kind) {
            case REPAIRER, COMMUNITY_REPAIR -> Optional.of(Role.REPAIRER);
            case REUSE_CENTRE -> Optional.of(Role.REUSE_CENTRE);
            case COLLECTION_POINT -> Optional.empty();
        };
    }

    /** The person who registered the organisation becomes its first owner, in the registration's transaction. */
    void founded(UUID organisationId, OrganisationKind kind) {
        memberships.admit(currentUser().id(), organisationId, MemberRole.OWNER, staffRole(kind));
        audit(organisationId, StaffChange.REGISTERED, null);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@organisationAccess.canManage(#organisationId)")
    public List<Member> members(UUID organisationId) {
        return memberships.members(organisationId);
    }

    @Transactional
    @PreAuthorize(Memberships.OWNER_OR_ADMIN)
    public void invite(UUID organisationId, @Valid StaffInvitation invitation) {
        accounts.requireConfirmedEmail();
        Organisation organisation = organisation(organisationId);
        if (memberships.members(organisationId).stream().anyMatch(member -> member.email().equals(invitation.email()))) {
            throw RefusedException.onField("email", "staff.error.already-member");
        }
        Instant now = clock.instant();
        if (repository.hasPendingInvitation(organisationId, invitation.email(), now)) {
            throw RefusedException.onField("email", "staff.error.already-invited");
        }
        String token = LinkTokens.newToken();
        repository.insertInvitation(organisationId, invitation, accounts.findByEmail(actor()).map(UserAccount::id)
                .orElse(null), LinkTokens.hash(token), now, now.plus(INVITATION_VALIDITY));
        audit(organisationId, StaffChange.INVITED, invitation.email());
        sendInvitation(organisation, invitation.email(), invitation.role(), token);
    }

    /** Sends a pending invitation again with a new link, valid seven days from now; the old link stops working. */
    @Transactional
    @PreAuthorize(Memberships.OWNER_OR_ADMIN)
    public void resend(UUID organisationId, UUID invitationId) {
        StaffRepository.StoredInvitation invitation = repository.pendingInvitation(organisationId, invitationId)
                .orElseThrow(() -> new UnknownRecordException("No pending invitation " + invitationId));
        String token = LinkTokens.newToken();
        repository.renewToken(invitationId, LinkTokens.hash(token), clock.instant().plus(INVITATION_VALIDITY));
        audit(organisationId, StaffChange.INVITATION_RESENT, invitation.email());
        sendInvitation(organisation(organisationId), invitation.email(), invitation.role(), token);
    }

    @Transactional
    @PreAuthorize(Memberships.OWNER_OR_ADMIN)
    public void revoke(UUID organisationId, UUID invitationId) {
        StaffRepository.StoredInvitation invitation = repository.pendingInvitation(organisationId, invitationId)
                .orElseThrow(() -> new UnknownRecordException("No pending invitation " + invitationId));
        repository.revoke(invitationId, clock.instant());
        audit(organisationId, StaffChange.INVITATION_REVOKED, invitation.email());
        notifications.notifyInvitee(invitation.email(), "staff.mail.invitation-revoked",
                List.of(organisation(organisationId).details().legalName()), null);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@organisationAccess.canManage(#organisationId)")
    public List<PendingInvitation> pendingInvitations(UUID organisationId) {
        return repository.pendingInvitations(organisationId);
    }

    /**
     * What an invitation link offers, for anyone holding the link.
     *
     * @throws RefusedException naming {@code token}: unknown or altered, already used or revoked, or expired
     */
    @Transactional(readOnly = true)
    public OpenInvitation invitation(String token) {
        StaffRepository.StoredInvitation invitation = usable(token);
        return new OpenInvitation(invitation.organisationId(),
                organisation(invitation.organisationId()).details().legalName(), invitation.email(),
                invitation.role(), accounts.findByEmail(invitation.email()).isPresent());
    }

    /**
     * The signed-in person accepts an invitation addressed to them and joins with the invited role. A link
     * forwarded to someone else does not work for them: it is refused as not valid.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public UUID accept(String token) {
        UserAccount account = currentUser();
        return join(token, account);
    }

    /**
     * A visitor without an account opens one with the invited address and joins. The link came to that
     * address, so it counts as confirmed. An address that has an account is refused and nothing is written:
     * the link is no password, and its owner signs in to accept.
     */
    @Transactional
    public UUID acceptWithNewAccount(String token, @Valid SignUpRequest account) {
        StaffRepository.StoredInvitation invitation = usable(token);
        if (!invitation.email().equals(account.email())) {
            throw RefusedException.onField("token", "token.error.invalid");
        }
        if (accounts.findByEmail(account.email()).isPresent()) {
            throw RefusedException.because("invitation.sign-in-first", account.email());
        }
        accounts.signUpWithProvenAddress(account);
        return join(token, accounts.findByEmail(account.email()).orElseThrow());
    }

    /** The invited person (signed in as the invited address) declines; the owners are told. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void decline(String token) {
        StaffRepository.StoredInvitation invitation = repository.end(LinkTokens.hash(token), actor(), "declined_at",
                clock.instant()).orElseThrow(() -> refusal(token));
        audit(invitation.organisationId(), StaffChange.INVITATION_DECLINED, invitation.email());
        notifications.notifyOrganisation(invitation.organisationId(), "staff.notice.invitation-declined",
                List.of(invitation.email()), DirectoryLinks.editor(invitation.organisationId()));
    }

    /** The signed-in person asks the owners of an already registered organisation to let them in. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void requestAccess(UUID organisationId) {
        accounts.requireConfirmedEmail();
        organisation(organisationId);
        UserAccount asker = currentUser();
        if (memberships.isMember(asker.id(), organisationId)) {
            throw RefusedException.because("staff.error.already-member-self");
        }
        if (!repository.insertRequest(organisationId, asker.id(), clock.instant())) {
            throw RefusedException.because("staff.error.already-requested");
        }
        audit(organisationId, StaffChange.ACCESS_REQUESTED, asker.email());
        notifications.notifyOrganisation(organisationId, "staff.notice.access-requested",
                List.of(asker.displayName(), asker.email()), DirectoryLinks.editor(organisationId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Memberships.OWNER_OR_ADMIN)
    public List<AccessRequest> accessRequests(UUID organisationId) {
        return repository.openRequests(organisationId);
    }

    /** An owner lets the asker in as staff, or says no; the asker is told either way. */
    @Transactional
    @PreAuthorize(Memberships.OWNER_OR_ADMIN)
    public void answer(UUID organisationId, UUID requestId, boolean accepted) {
        Organisation organisation = organisation(organisationId);
        StaffRepository.Asker asker = repository.decide(organisationId, requestId, accepted, clock.instant())
                .orElseThrow(() -> new UnknownRecordException("No open request " + requestId));
        if (accepted) {
            memberships.admit(asker.userId(), organisationId, MemberRole.STAFF, staffRole(organisation.kind()));
        }
        audit(organisationId, accepted ? StaffChange.ACCESS_GRANTED : StaffChange.ACCESS_DECLINED, asker.email());
        notifications.notifyPerson(asker.email(), accepted ? "staff.mail.access-granted" : "staff.mail.access-declined",
                List.of(organisation.details().legalName()), accepted ? DirectoryLinks.editor(organisationId) : null);
    }

    /** Makes a member owner or staff; the last owner stays one. */
    @Transactional
    @PreAuthorize(Memberships.OWNER_OR_ADMIN)
    public void changeRole(UUID organisationId, UUID userId, MemberRole role) {
        Member member = member(organisationId, userId);
        memberships.changeRole(organisationId, userId, role);
        audit(organisationId, role == MemberRole.OWNER ? StaffChange.MADE_OWNER : StaffChange.MADE_STAFF, member.email());
        notifications.notifyPerson(member.email(), "staff.mail.role-" + role.name(),
                List.of(organisation(organisationId).details().legalName()), DirectoryLinks.editor(organisationId));
    }

    /** Takes someone off the staff; the last owner cannot be taken off. */
    @Transactional
    @PreAuthorize(Memberships.OWNER_OR_ADMIN)
    public void remove(UUID organisationId, UUID userId) {
        Member member = member(organisationId, userId);
        memberships.remove(organisationId, userId);
        audit(organisationId, StaffChange.REMOVED, member.email());
        notifications.notifyPerson(member.email(), "staff.mail.removed",
                List.of(organisation(organisationId).details().legalName()), null);
    }

    /** The signed-in member leaves; an owner only while another owner remains. The rest of the staff are told. */
    @Transactional
    @PreAuthorize("@organisationAccess.isStaffOf(#organisationId)")
    public void leave(UUID organisationId) {
        memberships.leave(organisationId);
        audit(organisationId, StaffChange.LEFT, actor());
        notifications.notifyOrganisation(organisationId, "staff.notice.left", List.of(actor()),
                DirectoryLinks.editor(organisationId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@organisationAccess.canManage(#organisationId)")
    public List<StaffAuditEntry> trail(UUID organisationId) {
        return repository.trail(organisationId);
    }

    private UUID join(String token, UserAccount account) {
        StaffRepository.StoredInvitation invitation = repository.end(LinkTokens.hash(token), account.email(),
                "accepted_at", clock.instant()).orElseThrow(() -> refusal(token));
        Organisation organisation = organisation(invitation.organisationId());
        memberships.admit(account.id(), organisation.id(), invitation.role(), staffRole(organisation.kind()));
        repository.audit(organisation.id(), clock.instant(), account.email(), StaffChange.INVITATION_ACCEPTED,
                account.email());
        notifications.notifyOrganisation(organisation.id(), "staff.notice.joined",
                List.of(account.displayName(), account.email()), DirectoryLinks.editor(organisation.id()));
        return organisation.id();
    }

    /** The invitation behind a token, if it can still be accepted. */
    private StaffRepository.StoredInvitation usable(String token) {
        return repository.invitationByHash(LinkTokens.hash(token))
                .filter(invitation -> !invitation.ended() && invitation.expiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> refusal(token));
    }

    /** Why a token does not work, in the words of the single-use links everywhere else. */
    private RefusedException refusal(String token) {
        String key = repository.invitationByHash(LinkTokens.hash(token))
                .map(invitation -> invitation.ended() ? "token.error.used"
                        : !invitation.expiresAt().isAfter(clock.instant()) ? "token.error.expired"
                        // Pending and in time, so addressed to someone else.
                        : "token.error.invalid")
                .orElse("token.error.invalid");
        return RefusedException.onField("token", key);
    }

    private void sendInvitation(Organisation organisation, String email, MemberRole role, String token) {
        notifications.notifyInvitee(email, "staff.mail.invited." + role.name(),
                List.of(organisation.details().legalName(), accounts.currentDisplayName()), DirectoryLinks.invitation(token));
    }

    private Member member(UUID organisationId, UUID userId) {
        return memberships.members(organisationId).stream().filter(member -> member.userId().equals(userId)).findFirst()
                .orElseThrow(() -> new UnknownRecordException("No member " + userId + " of " + organisationId));
    }

    private Organisation organisation(UUID organisationId) {
        return directory.organisation(organisationId)
                .orElseThrow(() -> new UnknownRecordException("No organisation " + organisationId));
    }

    private UserAccount currentUser() {
        return accounts.findByEmail(actor()).orElseThrow(() -> new IllegalStateException("Signed in without an account"));
    }

    private void audit(UUID organisationId, StaffChange change, @Nullable String subject) {
        repository.audit(organisationId, clock.instant(), actor(), change, subject);
    }

    private static String actor() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null ? "anonymous" : user.getName();
    }
}
