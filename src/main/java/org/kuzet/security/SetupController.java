package org.kuzet.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The page behind the one-time setup link: makes the first admin, signs them in, loads the demonstration data if
 * they ask for it, then is gone. Without the link it says where to find it (the console of the server). The link is
 * used up before the account is made, so two requests racing with the same link make at most one admin.
 */
@Controller
class SetupController {

    private final StaffAccounts accounts;
    private final SetupLink link;
    private final ApplicationEventPublisher events;
    private final SessionSignIn signIn;

    SetupController(StaffAccounts accounts, SetupLink link, ApplicationEventPublisher events, SessionSignIn signIn) {
        this.accounts = accounts;
        this.link = link;
        this.events = events;
        this.signIn = signIn;
    }

    @GetMapping("/setup")
    String form(@RequestParam(required = false) String token, Model model) {
        if (accounts.hasAdmin() || !link.valid(token)) {
            return closed(token, model);
        }
        model.addAttribute("token", token);
        model.addAttribute("demonstration", true);
        model.addAttribute("problems", Map.of());
        return "security/setup";
    }

    @PostMapping("/setup")
    String create(@RequestParam(required = false) String token, @RequestParam(required = false) String username,
                  @RequestParam(required = false) String password,
                  @RequestParam(name = "password_again", required = false) String passwordAgain,
                  @RequestParam(required = false) boolean demonstration, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        if (accounts.hasAdmin() || !link.valid(token)) {
            return closed(token, model);
        }
        Map<String, String> problems = accounts.problemsOfNew(username, password == null ? "" : password, passwordAgain);
        if (!problems.isEmpty()) {
            model.addAttribute("token", token);
            model.addAttribute("username", username);
            model.addAttribute("demonstration", demonstration);
            model.addAttribute("problems", problems);
            return "security/setup";
        }
        if (!link.consume(token)) {
            return closed(token, model);
        }
        String name = username.toLowerCase(Locale.ROOT);
        accounts.create(name, name, password, Role.ADMIN, "setup-link");
        signIn.signIn(name, request, response);
        events.publishEvent(new FirstAdminCreated(name, demonstration));
        return "redirect:/staff";
    }

    private String closed(String token, Model model) {
        model.addAttribute("adminExists", accounts.hasAdmin());
        model.addAttribute("tokenGiven", token != null && !token.isBlank());
        model.addAttribute("consoleExample", FirstAdminSetup.CONSOLE_PREFIX + "open "
                + ServletUriComponentsBuilder.fromCurrentContextPath().path("/setup").toUriString() + "?token=...");
        return "security/setup-closed";
    }
}
