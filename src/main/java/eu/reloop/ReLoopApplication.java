package eu.reloop;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

import eu.reloop.identity.CreateAdminCommand;

/** ReLoop: a repair-and-reuse marketplace with a quality-stamp registry. */
@SpringBootApplication
@ConfigurationPropertiesScan
// Module listeners run after commit on their own threads (scheduling: shared.SchedulingConfiguration).
@EnableAsync
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
public class ReLoopApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ReLoopApplication.class);
        if (CreateAdminCommand.requestedIn(args)) {
            // A one-off operator command: no web server, and so none of Vaadin, whose configuration needs one.
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setDefaultProperties(Map.of("spring.autoconfigure.exclude",
                    "com.vaadin.flow.spring.SpringBootAutoConfiguration,com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
                            + "com.vaadin.flow.spring.VaadinScopesConfig"));
        }
        application.run(args);
    }
}
