package vn.dldcaccess.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

@Configuration
@EnableConfigurationProperties({SecurityProperties.class, DirectoryProperties.class})
class SecurityConfiguration {

    @Bean
    LoginThrottle loginThrottle() {
        return new LoginThrottle(Clock.systemUTC());
    }

    @Bean
    DeviceCookieKey deviceCookieKey(SecurityProperties security, JdbcTemplate jdbc) {
        return new DeviceCookieKey(security.deviceCookieKey(), jdbc);
    }

    /** HTTPS-only where the session cookie is (the mariadb profile). */
    @Bean
    DeviceCookies deviceCookies(DeviceCookieKey key,
                                @Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        return new DeviceCookies(key, secure, Clock.systemUTC());
    }

    /**
     * With a directory configured, people's passwords are the directory's; the administrator (a local account for
     * when the directory is away) keeps the engine's own.
     */
    @Bean
    SecurityEnginePlugin securityEnginePlugin(LoginThrottle throttle, DirectoryProperties directory,
                                              SecurityProperties security) {
        if (!directory.enabled()) {
            return new SecurityEnginePlugin(throttle, (user, password) -> null);
        }
        DirectoryLogin login = new DirectoryLogin(directory);
        return new SecurityEnginePlugin(throttle, (user, password) ->
                user.equals(security.adminId()) ? null : login.checkPassword(user, password));
    }

    /** First of all: where the request comes from, and log-ins that must wait. */
    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, DeviceCookies cookies) {
        FilterRegistrationBean<LoginThrottleFilter> registration =
                new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, cookies));
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

    /** The person on each log line: after the Basic filter, whose authentication it reads on the engine REST API. */
    @Bean
    FilterRegistrationBean<LogContextFilter> logContext(org.camunda.bpm.engine.ProcessEngine engine) {
        FilterRegistrationBean<LogContextFilter> registration =
                new FilterRegistrationBean<>(new LogContextFilter(engine.getIdentityService()));
        registration.setName("dldc-log-context");
        registration.addUrlPatterns("/*");
        registration.setOrder(2);
        return registration;
    }

    /** After the Basic filter, whose authentication it reads on the engine REST API. */
    @Bean
    FilterRegistrationBean<EngineApiGuard> engineApiGuard(EngineCallers callers, EngineTargets targets,
                                                         FormCatalog catalog, DirectoryProperties directory,
                                                         SecurityProperties security) {
        NewPasswords passwords = new NewPasswords(targets, directory.enabled(), security.adminId());
        FilterRegistrationBean<EngineApiGuard> registration =
                new FilterRegistrationBean<>(new EngineApiGuard(callers, targets, catalog, passwords));
        registration.setName("dldc-engine-api-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(3);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setName("dldc-security-headers");
        registration.addUrlPatterns("/*");
        registration.setOrder(4);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ManagementAccess> managementAccess(SecurityProperties properties, LoginThrottle throttle) {
        FilterRegistrationBean<ManagementAccess> registration =
                new FilterRegistrationBean<>(new ManagementAccess(properties, throttle));
        registration.setName("dldc-management-access");
        registration.addUrlPatterns("/actuator/*");
        registration.setOrder(5);
        return registration;
    }

    /** Before Camunda's CSRF filter, which would end the session of a request without its token. */
    @Bean
    FilterRegistrationBean<WebappCsrfCheck> webappCsrfCheck(
            org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties camunda) {
        FilterRegistrationBean<WebappCsrfCheck> registration = new FilterRegistrationBean<>(
                new WebappCsrfCheck(camunda.getWebapp().getCsrf().getEntryPoints()));
        registration.setName("dldc-webapp-csrf");
        registration.addUrlPatterns("/camunda/api/*", "/camunda/app/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<DirectErrorRequests> directErrorRequests() {
        FilterRegistrationBean<DirectErrorRequests> registration = new FilterRegistrationBean<>(new DirectErrorRequests());
        registration.setName("dldc-direct-error-requests");
        registration.addUrlPatterns("/error");
        registration.setOrder(6);
        return registration;
    }
}
