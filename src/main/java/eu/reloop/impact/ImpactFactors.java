package eu.reloop.impact;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.Organisations;
import eu.reloop.identity.UserAccounts;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnknownRecordException;

/**
 * The factor tables: the one in force (the newest) for new figures, and every earlier one as it was published. Admins
 * publish a new version as a CSV of the shipped table's form; figures already recorded keep the version they used.
 */
@Service
@Validated
public class ImpactFactors {

    /** The most a factor table may weigh: two dozen rows take a few kB. */
    public static final int MAX_TABLE_BYTES = 256 * 1024;

    private final ImpactRepository repository;
    private final Organisations organisations;
    private final UserAccounts accounts;
    private final Clock clock;

    ImpactFactors(ImpactRepository repository, Organisations organisations, UserAccounts accounts, Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public FactorVersion current() {
        return repository.version(null).orElseThrow(() -> new IllegalStateException("No impact factors: migration 39.1 ships them"));
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<FactorVersion> versions() {
        return repository.versions();
    }

    /** The version as CSV, in the form a new one is published in. */
    @Transactional(readOnly = true)
    public String csv(int version) {
        return repository.version(version).map(published -> FactorTable.write(published.factors()))
                .orElseThrow(() -> new UnknownRecordException("No factor version " + version));
    }

    /** Publishes the table as the next version; every device category must have its row. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int publish(byte[] csv, @NotBlank @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String note) {
        if (csv.length > MAX_TABLE_BYTES) {
            throw RefusedException.onField("file", "impact-factors.error.too-large");
        }
        Set<String> categories = organisations.categories().stream().map(DeviceCategory::code).collect(Collectors.toSet());
        List<ImpactFactor> factors = FactorTable.read(new StringReader(new String(csv, StandardCharsets.UTF_8)),
                categories, Year.now(clock).getValue());
        int version = current().version() + 1;
        try {
            repository.insertVersion(new FactorVersion(version, clock.instant(), accounts.currentDisplayName(),
                    note.strip(), factors));
        } catch (DuplicateKeyException concurrent) {
            throw RefusedException.because("impact-factors.error.published-meanwhile");
        }
        return version;
    }
}
