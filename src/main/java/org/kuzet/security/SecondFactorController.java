package org.kuzet.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.kuzet.core.Today;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in: the code from the authenticator app, or one of the recovery codes. The sign-in
 * throttle holds here as on the password ({@link LoginThrottle}: waits per name and address, lockouts per address),
 * the rate limit counts these posts as sign-ins, and five wrong codes send the person back to the password.
 */
@Controller
class SecondFactorController {

    private final TwoFactor twoFactor;
    private final LoginThrottle throttle;
    private final SessionSignIn signIn;
    private final TwoFactorSignIn onward;
    private final StaffAccounts accounts;
    private final Clock clock;

    SecondFactorController(TwoFactor twoFactor, LoginThrottle throttle, SessionSignIn signIn, TwoFactorSignIn onward,
                           StaffAccounts accounts, ObjectProvider<Clock> clock) {
        this.twoFactor = twoFactor;
        this.throttle = throttle;
        this.signIn = signIn;
        this.onward = onward;
        this.accounts = accounts;
        this.clock = clock.getIfAvailable(() -> Today.CLOCK);
    }

    @GetMapping(TwoFactorSignIn.CODE_PAGE)
    String form(HttpServletRequest request, Model model) {
        if (pending(request).isEmpty()) {
            return "redirect:/login?expired";
        }
        model.addAttribute("wrong", false);
        return "security/second-factor";
    }

    @PostMapping(TwoFactorSignIn.CODE_PAGE)
    String check(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
                 HttpServletResponse response, Model model) throws IOException, ServletException {
        Optional<SecondFactorPending> waiting = pending(request);
        if (waiting.isEmpty()) {
            return "redirect:/login?expired";
        }
        SecondFactorPending pending = waiting.get();
        String address = request.getRemoteAddr();
        String counted = counted(pending.username());
        boolean held = throttle.locked(counted, address);
        if (!held && twoFactor.verify(pending.username(), code) && enabled(pending.username())) {
            throttle.succeeded(counted, address);
            request.getSession().removeAttribute(SecondFactorPending.ATTRIBUTE);
            signIn.signIn(pending.username(), request, response);
            TwoFactorGate.passed(request.getSession(), pending.username());
            onward.onward(request, response, SecurityContextHolder.getContext().getAuthentication());
            return null;
        }
        if (!held) {
            throttle.failed(counted, address);
        }
        SecondFactorPending after = pending.wrong();
        if (after.spent()) {
            request.getSession().removeAttribute(SecondFactorPending.ATTRIBUTE);
            return "redirect:/login?expired";
        }
        request.getSession().setAttribute(SecondFactorPending.ATTRIBUTE, after);
        model.addAttribute("wrong", true);
        return "security/second-factor";
    }

    /**
     * The name wrong codes are counted under: apart from the password's, which a right password clears, so that
     * giving the password again does not buy more guesses at the code. The address's count is shared with the
     * password's.
     */
    static String counted(String username) {
        return username + "#second-factor";
    }

    private boolean enabled(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        return user.isEnabled();
    }

    private Optional<SecondFactorPending> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return SecondFactorPending.of(session, clock.instant());
    }
}
