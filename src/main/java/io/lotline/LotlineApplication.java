package io.lotline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LotlineApplication {
    public static void main(String[] args) {
        SpringApplication.run(LotlineApplication.class, args);
    }
}
