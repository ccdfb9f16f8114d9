package eu.reloop.certification;

import static eu.reloop.directory.DirectoryFixtures.details;
import static eu.reloop.directory.DirectoryFixtures.siteIn;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import eu.reloop.TestSecurity;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Offering;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.geo.GeoPoint;
import eu.reloop.identity.Role;
import eu.reloop.identity.SignUpRequest;
import eu.reloop.identity.UserAccounts;

/** Organisations with staff, certifiers, and complete applications, for the certification tests. */
@Component
public class CertificationTestSetup {

    public static final String PASSWORD = "sturdy test passphrase";

    private final Organisations organisations;
    private final UserAccounts accounts;

    CertificationTestSetup(Organisations organisations, UserAccounts accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    /** A repairer with one site and one member of staff, whose e-mail is returned with it. */
    public Staffed organisationWithStaff(String name, GeoPoint location) {
        return organisationWithStaff(name, location, "NO");
    }

    /** A repairer with one site in the country and one member of staff. */
    public Staffed organisationWithStaff(String name, GeoPoint location, String country) {
        return TestSecurity.asAdmin(() -> {
            UUID organisation = organisations.register(OrganisationKind.REPAIRER, details(name));
            organisations.addSite(organisation, siteIn(country, name + " site", location,
                    Set.of(new Offering("phones", OfferedService.REPAIR))));
            String email = account("staff", Role.REPAIRER);
            accounts.addMembership(accounts.findByEmail(email).orElseThrow().id(), organisation);
            return new Staffed(organisation, email);
        });
    }

    /** A new account with the roles, returning its e-mail (the name tests act under). */
    public String account(String prefix, Role... roles) {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.reloop";
        TestSecurity.asAdmin(() -> accounts.createAccount(new SignUpRequest(prefix + " Tester", email, PASSWORD),
                EnumSet.copyOf(Arrays.asList(roles))));
        return email;
    }

    public void addStaff(String email, UUID organisation) {
        TestSecurity.asAdmin(() -> accounts.addMembership(accounts.findByEmail(email).orElseThrow().id(), organisation));
    }

    public static <T> T asStaff(Staffed staffed, Supplier<T> work) {
        return TestSecurity.as(staffed.email(), work, Role.REPAIRER.authority());
    }

    public static <T> T asCertifier(String email, Supplier<T> work) {
        return TestSecurity.as(email, work, Role.CERTIFIER.authority());
    }

    /** Every item answered yes with an explanation, for phones repair. */
    public static ApplicationDraft completeDraft() {
        List<Answer> answers = Arrays.stream(Criterion.values())
                .map(criterion -> new Answer(criterion, true, "How we meet " + criterion.name())).toList();
        return new ApplicationDraft(new Scope(Set.of("phones"), Set.of(OfferedService.REPAIR)), answers);
    }

    public record Staffed(UUID organisationId, String email) {
    }
}
