package org.kuzet.workspace.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.core.Today;
import org.kuzet.security.ApiTokens;
import org.kuzet.security.PasswordResets;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.kuzet.security.StaffAccounts.Account;
import org.kuzet.security.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The administrators' page of staff accounts: the list, a new account, and one account's page to change its role,
 * disable or enable it, make a one-time link to set its password (shown once, to pass on) and revoke its API
 * tokens. Every change goes through the security module, which checks the role again and audits it; an
 * administrator's own account is not changed here, so the one acting stays an enabled administrator.
 */
@Controller
class AccountPages {

    /** When a link stops working, read in Almaty time as every time a person reads. */
    private static final DateTimeFormatter ALMATY_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StaffAccounts accounts;
    private final PasswordResets resets;
    private final ApiTokens tokens;

    AccountPages(StaffAccounts accounts, PasswordResets resets, ApiTokens tokens) {
        this.accounts = accounts;
        this.resets = resets;
        this.tokens = tokens;
    }

    @GetMapping("/staff/accounts")
    String list(Model model) {
        return list(model, Map.of(), Map.of());
    }

    private String list(Model model, Map<String, String> values, Map<String, String> problems) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        return "workspace/accounts";
    }

    /** A new account has no password anyone knows: the page that follows shows the link to set one. */
    @PostMapping("/staff/accounts")
    String create(@RequestParam(defaultValue = "") String username,
                  @RequestParam(name = "display_name", defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String role, Model model, RedirectAttributes redirect) {
        Map<String, String> problems = new java.util.LinkedHashMap<>(accounts.problemsOfNew(username, null, null));
        Role chosen = role(role);
        if (chosen == null) {
            problems.put("role", "accounts.problem.role");
        }
        if (!problems.isEmpty()) {
            return list(model, Map.of("username", username, "display_name", displayName, "role", role), problems);
        }
        String name = username.toLowerCase(Locale.ROOT);
        accounts.createAwaitingPassword(name, displayName, chosen);
        redirect.addFlashAttribute("done", "accounts.done.created");
        link(name, redirect);
        return "redirect:/staff/accounts/" + name;
    }

    @GetMapping("/staff/accounts/{username}")
    String account(@PathVariable String username, Model model) {
        Account account = found(username);
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.values());
        model.addAttribute("own", Viewer.current().wrote(account.username()));
        model.addAttribute("tokens", tokens.of(account.username()));
        model.addAttribute("validHours", PasswordResets.VALID_FOR.toHours());
        return "workspace/account";
    }

    @PostMapping("/staff/accounts/{username}/role")
    String role(@PathVariable String username, @RequestParam(defaultValue = "") String role,
                RedirectAttributes redirect) {
        Account account = others(username);
        Role chosen = role(role);
        if (chosen == null) {
            redirect.addFlashAttribute("problem", "accounts.problem.role");
        } else {
            accounts.changeRole(account.username(), chosen);
            redirect.addFlashAttribute("done", "accounts.done.role");
        }
        return back(account);
    }

    @PostMapping("/staff/accounts/{username}/enabled")
    String enabled(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        Account account = others(username);
        accounts.setEnabled(account.username(), enabled);
        redirect.addFlashAttribute("done", enabled ? "accounts.done.enabled" : "accounts.done.disabled");
        return back(account);
    }

    @PostMapping("/staff/accounts/{username}/password-link")
    String passwordLink(@PathVariable String username, RedirectAttributes redirect) {
        Account account = found(username);
        link(account.username(), redirect);
        return back(account);
    }

    @PostMapping("/staff/accounts/{username}/tokens/{id}/revoke")
    String revoke(@PathVariable String username, @PathVariable long id, RedirectAttributes redirect) {
        Account account = found(username);
        List<ApiTokens.Listed> held = tokens.of(account.username());
        if (held.stream().noneMatch(token -> token.id() == id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        tokens.revoke(id);
        redirect.addFlashAttribute("done", "accounts.done.revoked");
        return back(account);
    }

    /** Makes a link and hands it to the next page, the only time it is shown. */
    private void link(String username, RedirectAttributes redirect) {
        PasswordResets.Issued issued = resets.issue(username);
        redirect.addFlashAttribute("link", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(PasswordResets.PATH).queryParam("token", issued.token()).toUriString());
        redirect.addFlashAttribute("linkExpires", ALMATY_MINUTES.format(issued.expiresAt()
                .atZoneSameInstant(Today.KAZAKHSTAN)));
    }

    private Account found(String username) {
        return accounts.find(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Another account than one's own: one's own role and access are not changed from this page (409). */
    private Account others(String username) {
        Account account = found(username);
        if (Viewer.current().wrote(account.username())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        return account;
    }

    private static String back(Account account) {
        return "redirect:/staff/accounts/" + account.username();
    }

    private static Role role(String typed) {
        for (Role role : Role.values()) {
            if (role.name().equalsIgnoreCase(typed.strip())) {
                return role;
            }
        }
        return null;
    }
}
