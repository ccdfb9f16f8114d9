package eu.reloop.identity;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import eu.reloop.identity.ui.LoginView;
import eu.reloop.shared.MapProperties;

/**
 * Three filter chains: the stateless public API, the static offline stamp verifier, and one for people (Vaadin's view
 * access control, sign-in, sessions).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when a server session ends (sign-out, time-out), so that it forgets it. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Hashes with PBKDF2 (as NIST SP 800-63B names it), which takes passwords of any length: bcrypt reads only
     * 72 bytes and Spring Security refuses longer ones, while passwords may have 128 characters. Hashes made
     * with bcrypt before still verify.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        String pbkdf2 = "pbkdf2@SpringSecurity_v5_8";
        return new DelegatingPasswordEncoder(pbkdf2, Map.of(pbkdf2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /**
     * The filter chains exist only where requests arrive: the operator's command-line run
     * ({@code --create-admin} with no web server) has no {@link HttpSecurity} to build them from.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class FilterChains {

        /**
         * "Near me" on the search pages asks for the position, the hand-in desk's "Scan with camera" for the camera;
         * nothing asks for a microphone. Pages change without loading (Vaadin routes in the browser), so the policy
         * of whichever page was loaded first holds for all: it cannot be one page's alone.
         */
        private static final String PAGE_PERMISSIONS = "geolocation=(self), camera=(self), microphone=()";
        /** JSON is no page and asks for nothing. */
        private static final String API_PERMISSIONS = "geolocation=(), camera=(), microphone=()";

        /**
         * The public JSON API reads only public data: no session, no CSRF token, no saved request, so that
         * an API call costs no more than it must. Stripe's webhook is here too: it proves itself with its
         * signature, which the payment module checks, not with a session or a CSRF token. An endpoint that needs a
         * signed-in user belongs in a chain of its own, ordered before this one.
         */
        @Bean
        @Order(1)
        SecurityFilterChain publicApiFilterChain(HttpSecurity http) throws Exception {
            // Every /api path, also an unknown one, so that it gets a 404 problem rather than a sign-in redirect.
            return http.securityMatcher("/api/**", "/.well-known/**", "/v3/api-docs/**",
                            // The error dispatch of an API request: its answer must not depend on a session.
                            "/error")
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                    .requestCache(cache -> cache.disable())
                    .csrf(csrf -> csrf.disable())
                    // JSON is never a page: nothing in it may load or run, and no site may frame it.
                    .headers(headers -> common(headers, API_PERMISSIONS).contentSecurityPolicy(csp -> csp
                            .policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                    .build();
        }

        /**
         * The offline stamp verifier: static HTML and JavaScript that reads only public data, so no session, and a
         * policy far stricter than the pages' (none of Vaadin's inline or evaluated scripts); it may use the camera,
         * to read a QR code. Why it is no view: docs/decisions/offline-verifier-outside-vaadin.md.
         */
        @Bean
        @Order(2)
        SecurityFilterChain offlineVerifierFilterChain(HttpSecurity http) throws Exception {
            // Paths, not StampLinks: the stamp module depends on this one (links-against-the-module-order.md). Its
            // files only: any other address there is Vaadin's "not found" page, which needs the pages' policy.
            return http.securityMatcher("/offline-verify", "/offline-verify/", "/offline-verify/*.*")
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                    .requestCache(cache -> cache.disable())
                    // Nothing there changes anything: every request is a GET for a file.
                    .csrf(csrf -> csrf.disable())
                    .headers(headers -> common(headers, "geolocation=(), camera=(self), microphone=()")
                            .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; script-src 'self'; "
                                    + "style-src 'self'; img-src 'self'; connect-src 'self'; worker-src 'self'; "
                                    + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")))
                    .build();
        }

        @Bean
        @Order(3)
        SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, MapProperties map,
                RequestUtil vaadinRequests, UserAccounts accounts, PasswordEncoder passwordEncoder,
                SignInThrottle throttle) throws Exception {
            http.headers(headers -> common(headers, PAGE_PERMISSIONS).contentSecurityPolicy(csp -> csp.policyDirectives(pagePolicy(map))));
            // Every signed-in session is registered, with no limit on how many a person has, so that disabling an
            // account can end them all; an ended session's next request goes to sign-in.
            http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessionRegistry)
                    .expiredUrl("/login"));
            http.authorizeHttpRequests(requests -> requests
                    .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                    .requestMatchers("/swagger-ui.html", "/swagger-ui/**").permitAll()
                    .requestMatchers("/styles.css", "/images/**", "/icons/**", "/leaflet/**").permitAll()
                    // Listing photos: the market shows each only to those who may see its listing.
                    .requestMatchers(HttpMethod.GET, "/market/listings/*/photos/*").permitAll());
            // The sign-in form's only way to an account: no fallback manager checks a password the throttle refused.
            http.authenticationManager(new ProviderManager(new ThrottledSignIn(accounts, passwordEncoder, throttle)));
            // Vaadin's own requests carry its CSRF protection; everything else, the sign-in form's post included,
            // needs Spring's token (Vaadin would exempt the sign-in post, which lets another site sign a visitor in
            // as the attacker). The sign-in form sends the token the page carries in its meta tags.
            http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
            // Any other address goes on to Vaadin, whose navigation access control guards every view (anonymous
            // visitors of a protected one go to sign-in) and shows the in-app "not found" page for an unknown one;
            // Vaadin's default denied those to signed-in users with a bare 403. Services check roles themselves.
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                    .enableCsrfConfiguration(false)
                    .anyRequest(request -> request.permitAll()));
            return http.build();
        }

        /**
         * What a page may load: Vaadin needs inline and evaluated scripts and inline styles (its client engine
         * starts from an inline script and runs the JavaScript the server sends); the map loads tiles from the
         * configured tile server; photos being chosen show as data or blob URLs. Nothing else leaves the site.
         */
        private static String pagePolicy(MapProperties map) {
            return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data: blob: " + origin(map.tileUrl()) + "; font-src 'self' data:; connect-src 'self'; "
                    + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
        }

        /** The scheme and host of a tile URL template; a {s} subdomain placeholder becomes a wildcard. */
        private static String origin(String tileUrl) {
            URI uri = URI.create(tileUrl.replace("{s}", "subdomain").replaceAll("\\{[^}]*}", "0"));
            String host = uri.getHost().replace("subdomain", "*");
            return uri.getScheme() + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        }

        private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers, String permissions) {
            headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                // Written before the request goes on: Vaadin's page answers are committed where the default
                // (written when the answer commits) does not see it, and went out without these headers.
                @Override
                public <F extends HeaderWriterFilter> F postProcess(F filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            return headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .permissionsPolicyHeader(policy -> policy.policy(permissions))
                    .frameOptions(frame -> frame.sameOrigin());
        }
    }
}
