package vn.dldcaccess;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DldcAccessApplication {
    public static void main(String[] args) {
        SpringApplication.run(DldcAccessApplication.class, args);
    }
}
