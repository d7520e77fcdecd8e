package vn.dldcaccess.platform;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/** {@code %maskedEx} in logback-spring.xml: Spring Boot's stack trace, its messages through {@link PersonalDataMask}. */
public class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return PersonalDataMask.mask(super.throwableProxyToString(proxy));
    }
}
