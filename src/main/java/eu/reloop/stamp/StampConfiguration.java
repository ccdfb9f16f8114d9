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

    /** Private keys in files; a key vault's signer would take this bean's place. */
    @Bean
    StampSigner keyFileSigner(StampProperties properties) {
        return new KeyFileSigner(properties.keyDirectory());
    }
}
