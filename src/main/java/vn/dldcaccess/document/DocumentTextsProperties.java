package vn.dldcaccess.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * @param templatesFolder a province's own document templates (same file names as the built-in ones); empty: none
 * @param checkInterval   how soon a changed template in that folder is used by a running application
 */
@ConfigurationProperties("dldc.documents")
record DocumentTextsProperties(Path templatesFolder, @DefaultValue("30s") Duration checkInterval) {
}
