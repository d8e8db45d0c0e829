package io.lotline.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class PageController {
    @GetMapping("/")
    String home() {
        return "redirect:/tasks";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
