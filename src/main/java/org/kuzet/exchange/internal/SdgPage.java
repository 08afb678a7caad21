package org.kuzet.exchange.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public page that says what the SDG 16.10.1 list holds and leaves out, and why (en, ru, kk). */
@Controller
class SdgPage {

    @GetMapping("/sdg-16-10-1")
    String page() {
        return "exchange/sdg";
    }
}
