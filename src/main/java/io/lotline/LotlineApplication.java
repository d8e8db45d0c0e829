package io.lotline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class LotlineApplication {
    public static void main(String[] args) {
        SpringApplication.run(LotlineApplication.class, args);
    }
}
