package eu.reloop.payment;

import java.util.UUID;

import eu.reloop.TestSecurity;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;

/** Selling organisations for the payment tests. */
final class PaymentFixtures {

    private PaymentFixtures() {
    }

    static UUID reuseCentre(Organisations organisations) {
        return TestSecurity.asAdmin(() -> organisations.register(OrganisationKind.REUSE_CENTRE,
                DirectoryFixtures.details("Betaling Gjenbruk " + UUID.randomUUID().toString().substring(0, 8))));
    }
}
