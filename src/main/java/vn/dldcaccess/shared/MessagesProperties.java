package vn.dldcaccess.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * @param folder        a province's own {@code messages_vi.properties} (its keys win; the rest stay built-in); empty: none
 * @param checkInterval how soon a changed file in that folder is used by a running application
 */
@ConfigurationProperties("dldc.messages")
record MessagesProperties(Path folder, @DefaultValue("30s") Duration checkInterval) {
}
