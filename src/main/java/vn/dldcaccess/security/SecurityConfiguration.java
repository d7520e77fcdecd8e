package vn.dldcaccess.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import java.time.Clock;

@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    @Bean
    LoginThrottle loginThrottle() {
        return new LoginThrottle(Clock.systemUTC());
    }

    @Bean
    SecurityEnginePlugin securityEnginePlugin(LoginThrottle throttle) {
        return new SecurityEnginePlugin(throttle);
    }

    /** First of all: where the request comes from, and log-ins that must wait. */
    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
        FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
        registration.setName("dldc-login-throttle");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The engine REST API answers anonymous calls by default; this makes every call authenticate (401 if not). */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestBasicAuth() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-rest-basic-auth");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(1);
        return registration;
    }

    /** After the Basic filter, whose authentication it reads on the engine REST API. */
    @Bean
    FilterRegistrationBean<EngineApiGuard> engineApiGuard(EngineCallers callers, EngineTargets targets,
                                                         FormCatalog catalog) {
        FilterRegistrationBean<EngineApiGuard> registration =
                new FilterRegistrationBean<>(new EngineApiGuard(callers, targets, catalog));
        registration.setName("dldc-engine-api-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setName("dldc-security-headers");
        registration.addUrlPatterns("/*");
        registration.setOrder(3);
        return registration;
    }
}
