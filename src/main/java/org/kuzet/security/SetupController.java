package org.kuzet.security;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The page behind the one-time setup link: makes the first admin, then is gone. */
@Controller
class SetupController {

    private final StaffAccounts accounts;
    private final SetupLink link;

    SetupController(StaffAccounts accounts, SetupLink link) {
        this.accounts = accounts;
        this.link = link;
    }

    @GetMapping("/setup")
    String form(@RequestParam(required = false) String token, Model model) {
        if (accounts.hasAdmin() || !link.valid(token)) {
            return "security/setup-closed";
        }
        model.addAttribute("token", token);
        return "security/setup";
    }

    @PostMapping("/setup")
    @Transactional
    String create(@RequestParam(required = false) String token, @RequestParam(required = false) String username,
                  @RequestParam(required = false) String password,
                  @RequestParam(name = "password_again", required = false) String passwordAgain, Model model) {
        if (accounts.hasAdmin() || !link.valid(token)) {
            return "security/setup-closed";
        }
        String problem = problem(username, password, passwordAgain);
        if (problem != null) {
            model.addAttribute("token", token);
            model.addAttribute("username", username);
            model.addAttribute("problem", problem);
            return "security/setup";
        }
        accounts.create(username, username, password, Role.ADMIN, "setup-link");
        if (!link.consume(token)) {
            throw new SetupLinkUsed();
        }
        return "redirect:/login";
    }

    private String problem(String username, String password, String again) {
        if (username == null || !username.toLowerCase(java.util.Locale.ROOT).matches("[a-z0-9._-]{2,64}")) {
            return "username: 2-64 letters a-z, digits, '.', '_' or '-'";
        }
        if (accounts.exists(username)) {
            return "username: already taken";
        }
        if (password == null || password.length() < 12) {
            return "password: at least 12 characters";
        }
        if (!password.equals(again)) {
            return "password_again: the two passwords differ";
        }
        return null;
    }

    /** Two requests raced for the same link: the second one's account is rolled back. */
    @ResponseStatus(HttpStatus.CONFLICT)
    static final class SetupLinkUsed extends RuntimeException {
    }
}
