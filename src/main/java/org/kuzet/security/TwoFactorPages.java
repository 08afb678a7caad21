package org.kuzet.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One's own second factor: set it up (a QR code served here, or the secret as text, then a first code), see how
 * many recovery codes are left, get new ones, or turn it off, each with a current code. Until a first code proves
 * the app holds it, a new secret lives only in the session. Recovery codes are shown on the page that makes them and
 * never again. The administrators' part: which roles must, and a reset for an account that lost its phone.
 */
@Controller
class TwoFactorPages {

    private static final String SECRET = TwoFactorPages.class.getName() + ".secret";

    private final TwoFactor twoFactor;
    private final TwoFactorPolicy policy;
    private final StaffAccounts accounts;

    TwoFactorPages(TwoFactor twoFactor, TwoFactorPolicy policy, StaffAccounts accounts) {
        this.twoFactor = twoFactor;
        this.policy = policy;
        this.accounts = accounts;
    }

    @GetMapping(TwoFactorGate.SETUP_PAGE)
    String page(HttpSession session, Model model) {
        return show(session, model, null);
    }

    /** The QR code of the secret being set up; nothing once set up (the secret is never shown again). */
    @GetMapping(TwoFactorGate.SETUP_PAGE + "/qr.png")
    ResponseEntity<byte[]> qr(HttpSession session) {
        Viewer me = Viewer.current();
        String secret = pending(session);
        if (secret == null || twoFactor.enrolled(me.username())) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(twoFactor.qrPng(me.username(), secret));
    }

    /** The first code: proves the app holds the secret, and makes the recovery codes. */
    @PostMapping(TwoFactorGate.SETUP_PAGE)
    String enrol(@RequestParam(defaultValue = "") String code, HttpSession session, Model model,
                 HttpServletResponse response) {
        Viewer me = Viewer.current();
        String secret = pending(session);
        Optional<List<String>> recovery = secret != null ? twoFactor.enrol(me.username(), secret, code)
                : Optional.empty();
        if (recovery.isEmpty()) {
            return show(session, model, "twofactor.problem.code");
        }
        session.removeAttribute(SECRET);
        TwoFactorGate.passed(session, me.username());
        return recoveryCodes(recovery.get(), model, response);
    }

    @PostMapping(TwoFactorGate.SETUP_PAGE + "/recovery-codes")
    String renew(@RequestParam(defaultValue = "") String code, HttpSession session, Model model,
                 HttpServletResponse response) {
        Viewer me = Viewer.current();
        if (!twoFactor.enrolled(me.username()) || !twoFactor.verify(me.username(), code)) {
            return show(session, model, "twofactor.problem.code");
        }
        return recoveryCodes(twoFactor.renewRecoveryCodes(me.username()), model, response);
    }

    @PostMapping(TwoFactorGate.SETUP_PAGE + "/off")
    String off(@RequestParam(defaultValue = "") String code, HttpSession session, Model model,
               RedirectAttributes redirect) {
        Viewer me = Viewer.current();
        if (!twoFactor.enrolled(me.username()) || !twoFactor.verify(me.username(), code)) {
            return show(session, model, "twofactor.problem.code");
        }
        twoFactor.turnOff(me.username());
        redirect.addFlashAttribute("done", "twofactor.done.off");
        return "redirect:" + TwoFactorGate.SETUP_PAGE;
    }

    private String show(HttpSession session, Model model, String problem) {
        Viewer me = Viewer.current();
        model.addAttribute("problem", problem);
        model.addAttribute("required", policy.requires(me.role()));
        Optional<java.time.OffsetDateTime> since = twoFactor.since(me.username());
        model.addAttribute("enrolled", since.isPresent());
        if (since.isPresent()) {
            // a day, written as the administrators' page writes it (a LocalDate in the message read as midnight)
            model.addAttribute("since", since.get().atZoneSameInstant(org.kuzet.core.Today.KAZAKHSTAN).toLocalDate()
                    .toString());
            model.addAttribute("left", twoFactor.recoveryCodesLeft(me.username()));
            return "security/two-factor";
        }
        String secret = pending(session);
        if (secret == null) {
            secret = twoFactor.newSecret();
            session.setAttribute(SECRET, twoFactor.sealPending(secret));
        }
        // in groups of four, as people copy it into an app by hand
        model.addAttribute("secret", String.join(" ", secret.split("(?<=\\G.{4})")));
        return "security/two-factor";
    }

    /** The secret being set up in this session, if any (kept sealed: see {@link TwoFactor#sealPending}). */
    private String pending(HttpSession session) {
        return session.getAttribute(SECRET) instanceof String kept ? twoFactor.openPending(kept) : null;
    }

    private static String recoveryCodes(List<String> codes, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("codes", codes);
        return "security/recovery-codes";
    }

    // ---- administrators

    @GetMapping("/staff/admin/two-factor")
    String policy(Model model) {
        model.addAttribute("policy", policy.all());
        model.addAttribute("accounts", accounts.all().stream()
                .map(a -> new Holder(a.username(), a.role(), twoFactor.since(a.username())
                        .map(t -> t.atZoneSameInstant(org.kuzet.core.Today.KAZAKHSTAN).toLocalDate().toString())
                        .orElse(null), Viewer.current().wrote(a.username())))
                .toList());
        return "security/two-factor-admin";
    }

    /** One account's line on the administrators' page: since when it has a second factor (null: none). */
    record Holder(String username, Role role, String since, boolean own) {
    }

    @PostMapping("/staff/admin/two-factor")
    String require(@RequestParam(name = "role", required = false) List<String> roles, RedirectAttributes redirect) {
        Set<Role> required = EnumSet.noneOf(Role.class);
        for (String typed : roles == null ? List.<String>of() : roles) {
            Role role = TwoFactorPolicy.role(typed);
            if (role != null) {
                required.add(role);
            }
        }
        policy.require(required);
        redirect.addFlashAttribute("done", "twofactor.done.policy");
        return "redirect:/staff/admin/two-factor";
    }

    @PostMapping("/staff/admin/two-factor/{username}/reset")
    String reset(@PathVariable String username, RedirectAttributes redirect) {
        if (accounts.find(username).isEmpty() || Viewer.current().wrote(TwoFactor.normal(username))) {
            redirect.addFlashAttribute("problem", "twofactor.problem.reset");
        } else {
            twoFactor.reset(username);
            redirect.addFlashAttribute("done", "twofactor.done.reset");
        }
        return "redirect:/staff/admin/two-factor";
    }
}
