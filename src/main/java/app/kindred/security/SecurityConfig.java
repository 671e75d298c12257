package app.kindred.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * Every view is closed unless its own annotation opens it; the health check is the only public
 * actuator endpoint; method security lets services refuse callers of the wrong role. Around
 * Vaadin's defaults: security headers, a session registry (so a password change can end the
 * user's other sessions) and the second sign-in step for accounts with two-factor sign-in.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Environment env, SecondFactorGate gate,
            SessionRegistry sessionRegistry, SecurityContextRepository contexts) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint()).denyAll());
        http.headers(SecurityHeaders.forVaadin(env));
        http.securityContext(context -> context.securityContextRepository(contexts));
        http.sessionManagement(sessions -> sessions.sessionConcurrency(concurrency -> concurrency
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(continueSignedOut())));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login"))
                .with(new SecondStepAfterPassword(gate, contexts), Customizer.withDefaults())
                .build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry about ended sessions and changed session ids. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Spring Security's default, shared so that the second sign-in step saves to the same place. */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    /**
     * An ended session has already been signed out when this runs; the request then goes on as
     * an anonymous one, so a page load ends on the login page and a Vaadin request gets the
     * "session expired" answer its client understands (instead of a plain-text error).
     */
    private static SessionInformationExpiredStrategy continueSignedOut() {
        return event -> event.getFilterChain().doFilter(event.getRequest(), event.getResponse());
    }

    /**
     * Puts the two-factor handler in front of Vaadin's success handler. Vaadin sets up the form
     * login while the chain is built; this configurer comes after it, and only touches the login
     * filter once that exists (touching the form login earlier would turn on Spring's generated
     * login page instead of the LoginView).
     */
    private static final class SecondStepAfterPassword extends AbstractHttpConfigurer<SecondStepAfterPassword, HttpSecurity> {

        private final SecondFactorGate gate;
        private final SecurityContextRepository contexts;

        SecondStepAfterPassword(SecondFactorGate gate, SecurityContextRepository contexts) {
            this.gate = gate;
            this.contexts = contexts;
        }

        @Override
        public void init(HttpSecurity http) throws Exception {
            http.formLogin(form -> form.withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
                @Override
                public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                    var vaadinHandler = http.getSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class);
                    RequestCache requestCache = http.getSharedObject(RequestCache.class);
                    filter.setAuthenticationSuccessHandler(new TwoFactorSuccessHandler(vaadinHandler, gate, contexts,
                            requestCache == null ? new HttpSessionRequestCache() : requestCache));
                    return filter;
                }
            }));
        }
    }
}
