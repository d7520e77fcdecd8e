package vn.dldcaccess.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import java.nio.file.Files;

/**
 * The application's MessageSource: the province's {@code <dldc.messages.folder>/messages_vi.properties} first, the
 * built-in {@code classpath:messages_vi.properties} after, both UTF-8, Vietnamese whatever the machine's locale, a
 * changed file in the folder used after {@code dldc.messages.check-interval}. {@link Messages} resolves through it.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {
    private static final Logger log = LoggerFactory.getLogger(MessagesConfiguration.class);

    @Bean
    MessageSource messageSource(MessagesProperties properties) {
        ReloadableResourceBundleMessageSource source = source(properties);
        Messages.use((key, args) -> source.getMessage(key, args, Messages.VIETNAMESE));
        return source;
    }

    static ReloadableResourceBundleMessageSource source(MessagesProperties properties) {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        boolean folder = properties.folder() != null && !properties.folder().toString().isBlank();
        if (folder) {
            String path = properties.folder().toAbsolutePath().toUri().toString();
            source.addBasenames((path.endsWith("/") ? path : path + "/") + "messages");
            log.info("Messages: the province's folder {} comes first{}", properties.folder(),
                    Files.isReadable(properties.folder().resolve(Messages.BUNDLE)) ? "" : " (it has no " + Messages.BUNDLE + " yet)");
        }
        source.addBasenames("classpath:messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Messages.VIETNAMESE);
        // every message is a MessageFormat pattern, with values or without: '' is always one apostrophe
        source.setAlwaysUseMessageFormat(true);
        source.setCacheMillis(properties.checkInterval() == null ? -1 : properties.checkInterval().toMillis());
        return source;
    }
}
