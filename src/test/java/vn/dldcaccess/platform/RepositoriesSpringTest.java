package vn.dldcaccess.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.Repository;
import vn.dldcaccess.support.AbstractSpringTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repositories are made when first called (spring.data.jpa.repositories.bootstrap-mode: lazy), so a query
 * that does not parse would not stop the start: here every repository is made, each of its queries parsed and
 * checked against the entities, in every test run.
 */
class RepositoriesSpringTest extends AbstractSpringTest {
    @Autowired
    ApplicationContext context;

    @Test
    void everyRepositoryIsMadeWithItsQueriesChecked() {
        Map<String, Repository> repositories = context.getBeansOfType(Repository.class);
        assertThat(repositories).hasSizeGreaterThanOrEqualTo(20);
        // a lazy injection point hands out a proxy; the bean itself is the repository, made now
        repositories.values().forEach(r -> assertThat(r.toString()).isNotBlank());
    }
}
