package benchbare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The bare Camunda starter (webapps + REST, same dependencies, none of our code) for boot and RSS figures. */
@SpringBootApplication
public class BareStarterApplication {
    public static void main(String[] args) {
        SpringApplication.run(BareStarterApplication.class, args);
    }
}
