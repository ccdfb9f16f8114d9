package eu.reloop.directory;

import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers organisations. */
@Service
public class Organisations {

    private final JdbcClient jdbc;
    private final Clock clock;

    Organisations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Admins register organisations until organisations can sign themselves up. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UUID register(OrganisationKind kind, String legalName, String country, String organisationNumber) {
        return jdbc.sql("""
                        insert into organisation (kind, legal_name, country, organisation_number, created_at)
                        values (:kind, :legalName, :country, :number, :now) returning id""")
                .param("kind", kind.name()).param("legalName", legalName.strip()).param("country", country)
                .param("number", organisationNumber).param("now", java.sql.Timestamp.from(clock.instant()))
                .query(UUID.class).single();
    }
}
