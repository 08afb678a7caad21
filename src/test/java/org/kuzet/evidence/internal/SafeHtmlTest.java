package org.kuzet.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Hostile HTML comes out with nothing that could run; the text of the page stays. */
class SafeHtmlTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(document.cookie)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=\"  JaVaScRiPt:alert(1)\">click</a>",
            "<a href=\"java&#x09;script:alert(1)\">click</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<svg onload=alert(1)><circle r=1></svg>",
            "<body onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<object data=\"x.swf\"></object><embed src=x.swf>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<div onmouseover=\"alert(1)\">hover</div>",
            "<form action=\"https://evil.example\"><input name=p></form>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"https://evil.example/\">",
            "<style>@import 'https://evil.example/x.css';</style>",
            "\"><script>alert(1)</script>",
            "<<script>script>alert(1)<</script>/script>"})
    void nothingThatRunsSurvives(String payload) {
        String clean = SafeHtml.sanitize("<p>Журналиста задержали в Орале.</p>" + payload);
        Document page = Jsoup.parseBodyFragment(clean);
        for (Element element : page.getAllElements()) {
            assertThat(element.tagName()).isNotIn("script", "iframe", "object", "embed", "svg", "math", "form",
                    "input", "meta", "base", "style", "link");
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).doesNotStartWith("on").isNotEqualTo("style");
                String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                assertThat(value).doesNotStartWith("javascript:").doesNotStartWith("data:");
            }
        }
        assertThat(clean.toLowerCase(Locale.ROOT)).doesNotContain("<script", "javascript:", "onerror", "onload");
        assertThat(page.text()).contains("Журналиста задержали в Орале.");
    }

    @Test
    void ordinaryFormattingAndLinksStay() {
        String clean = SafeHtml.sanitize("<h2>Заголовок</h2><p><b>Қазақстан</b> <a href=\"https://example.kz/a\">дереккөз</a></p>"
                + "<ul><li>один</li></ul><table><tr><td>16</td></tr></table>");
        Document page = Jsoup.parseBodyFragment(clean);
        assertThat(page.select("b").text()).isEqualTo("Қазақстан");
        assertThat(page.select("a").attr("href")).isEqualTo("https://example.kz/a");
        assertThat(page.select("a").attr("rel")).contains("noopener", "noreferrer");
        assertThat(page.select("li").text()).isEqualTo("один");
        assertThat(page.select("td").text()).isEqualTo("16");
        assertThat(page.select("h2").text()).isEqualTo("Заголовок");
    }

    @Test
    void nothingInGivesNothingOut() {
        assertThat(SafeHtml.sanitize(null)).isEmpty();
    }
}
