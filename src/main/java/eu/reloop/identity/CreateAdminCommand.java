package eu.reloop.identity;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolationException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import eu.reloop.shared.RefusedException;
import eu.reloop.shared.Translations;

/**
 * The operator's way to the first admin: start the application with {@code --create-admin=EMAIL}; it creates the
 * account, prints a link that sets its password, and exits: 0 when done, 1 when refused.
 */
@Component
public class CreateAdminCommand implements ApplicationRunner {

    static final String OPTION = "create-admin";

    private final FirstAdmin firstAdmin;
    private final Translations translations;
    private final ConfigurableApplicationContext context;

    CreateAdminCommand(FirstAdmin firstAdmin, Translations translations, ConfigurableApplicationContext context) {
        this.firstAdmin = firstAdmin;
        this.translations = translations;
        this.context = context;
    }

    /** Whether the command line asks for this command, which needs neither a web server nor Vaadin. */
    public static boolean requestedIn(String... args) {
        return new DefaultApplicationArguments(args).containsOption(OPTION);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(OPTION)) {
            int exitCode = run(args, System.out);
            System.exit(SpringApplication.exit(context, () -> exitCode));
        }
    }

    /** Does the work and says so on {@code out}; returns the exit code. */
    int run(ApplicationArguments args, PrintStream out) {
        List<String> values = args.getOptionValues(OPTION);
        if (values == null || values.size() != 1 || values.getFirst().isBlank()) {
            out.println("Usage: --" + OPTION + "=EMAIL");
            return 1;
        }
        String email = values.getFirst();
        int[] exitCode = {0};
        SystemActor.runAsAdmin("create-admin-command", () -> {
            try {
                String link = firstAdmin.create(email);
                out.println("Created the admin account " + email.strip().toLowerCase(Locale.ROOT) + ".");
                out.println("Open this link within " + FirstAdmin.LINK_VALIDITY.toHours()
                        + " hours to set its password (it works once):");
                out.println(link);
            } catch (RefusedException refused) {
                out.println("Refused: " + translations.getTranslation(refused.messageKey(), Translations.ENGLISH,
                        refused.reasons().getFirst().arguments().toArray()));
                exitCode[0] = 1;
            } catch (ConstraintViolationException invalid) {
                out.println("Refused: " + email + " is not a valid e-mail address.");
                exitCode[0] = 1;
            }
        });
        return exitCode[0];
    }
}
