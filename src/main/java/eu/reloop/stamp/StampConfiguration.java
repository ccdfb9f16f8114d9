package eu.reloop.stamp;

import java.security.SecureRandom;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StampConfiguration {

    @Bean
    StampCodeSource secureStampCodes() {
        SecureRandom random = new SecureRandom();
        return () -> StampCode.generate(random);
    }
}
