package org.kuzet.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page behind a one-time password link: its holder chooses a password and is signed in with it. A link that
 * was used, has expired or was replaced by a newer one says so and changes nothing (410 Gone).
 */
@Controller
class PasswordResetController {

    private static final String PAGE = "security/password-reset";

    private final PasswordResets resets;
    private final SessionSignIn signIn;

    PasswordResetController(PasswordResets resets, SessionSignIn signIn) {
        this.resets = resets;
        this.signIn = signIn;
    }

    @GetMapping(PasswordResets.PATH)
    String form(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        Optional<String> holder = resets.holder(token);
        if (holder.isEmpty()) {
            return gone(response);
        }
        model.addAttribute("token", token);
        model.addAttribute("username", holder.get());
        model.addAttribute("problems", Map.of());
        return PAGE;
    }

    @PostMapping(PasswordResets.PATH)
    String set(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
               @RequestParam(name = "password_again", required = false) String again, Model model,
               HttpServletRequest request, HttpServletResponse response) {
        Optional<String> holder = resets.holder(token);
        if (holder.isEmpty()) {
            return gone(response);
        }
        Map<String, String> problems = StaffAccounts.passwordProblems(password, again);
        if (!problems.isEmpty()) {
            model.addAttribute("token", token);
            model.addAttribute("username", holder.get());
            model.addAttribute("problems", problems);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return PAGE;
        }
        Optional<String> done = resets.use(token, password);
        if (done.isEmpty()) {
            return gone(response);
        }
        signIn.signIn(done.get(), request, response);
        return "redirect:/staff";
    }

    private static String gone(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return "security/password-reset-gone";
    }
}
