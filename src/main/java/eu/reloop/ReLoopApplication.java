package eu.reloop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/** ReLoop: a repair-and-reuse marketplace with a quality-stamp registry. */
@SpringBootApplication
@ConfigurationPropertiesScan
// Module listeners run after commit on their own threads; failed search updates are retried on a schedule.
@EnableAsync
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
public class ReLoopApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(ReLoopApplication.class, args);
    }
}
