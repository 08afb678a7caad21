package org.kuzet.report.internal;

import java.util.ArrayList;
import java.util.List;
import org.kuzet.inquiry.InquiryFigures;
import org.kuzet.report.Lang;

/**
 * The block "requests to state bodies" of a report, in each language: how many requests were sent in the period and
 * where they stood at its end, the shares of full answers on time and of refusals, and the bodies with the most
 * refusals and delays. Kept in a file of its own beside the other blocks' wording; figures come from the inquiry
 * module (docs/counting-rules.md).
 */
final class RequestsBlock {

    /** How many bodies the block names at most. */
    static final int BODIES = 5;

    private RequestsBlock() {
    }

    static String heading(Lang lang) {
        return switch (lang) {
            case EN -> "Requests to state bodies";
            case RU -> "Запросы в государственные органы";
            case KK -> "Мемлекеттік органдарға сұрау салулар";
        };
    }

    /** The block's lines (a paragraph, then list items), Markdown-escaped by the writer. */
    static List<String> lines(InquiryFigures f, Wording w) {
        List<String> lines = new ArrayList<>();
        Lang lang = w.lang();
        if (f.sent() == 0) {
            lines.add(switch (lang) {
                case EN -> "No requests to state bodies were sent in this period.";
                case RU -> "В этот период запросы в государственные органы не направлялись.";
                case KK -> "Бұл кезеңде мемлекеттік органдарға сұрау салу жіберілген жоқ.";
            });
            return lines;
        }
        String n = w.number(f.sent());
        String onTime = w.number(f.answeredOnTime());
        String late = w.number(f.answeredLate());
        String partial = w.number(f.partial());
        String refused = w.number(f.refused());
        String unanswered = w.number(f.unanswered());
        lines.add(switch (lang) {
            case EN -> "Requests sent: " + n + "; answered on time: " + onTime + "; answered late: " + late
                    + "; answered in part: " + partial + "; refused: " + refused + "; unanswered: " + unanswered + ".";
            case RU -> "Направлено запросов: " + n + "; ответ в срок: " + onTime + "; ответ с опозданием: " + late
                    + "; ответ частичный: " + partial + "; отказ: " + refused + "; без ответа: " + unanswered + ".";
            case KK -> "Жіберілген сұрау салулар: " + n + "; мерзімінде жауап: " + onTime + "; кешіктірілген жауап: "
                    + late + "; ішінара жауап: " + partial + "; бас тарту: " + refused + "; жауапсыз: " + unanswered
                    + ".";
        });
        String fullShare = w.number(f.answeredOnTime() * 100 / f.sent()) + " %";
        String refusedShare = w.number(f.refused() * 100 / f.sent()) + " %";
        lines.add(switch (lang) {
            case EN -> "A full answer on time came to " + fullShare + " of the requests; refusals were "
                    + refusedShare + ".";
            case RU -> "Полный ответ в срок получен на " + fullShare + " запросов; доля отказов — " + refusedShare
                    + ".";
            case KK -> "Сұрау салулардың " + fullShare + " мерзімінде толық жауап алды; бас тарту үлесі — "
                    + refusedShare + ".";
        });
        List<InquiryFigures.Body> bodies = f.mostRefusedOrDelayed(BODIES);
        if (!bodies.isEmpty()) {
            lines.add(switch (lang) {
                case EN -> "Bodies with the most refusals and delays:";
                case RU -> "Органы с наибольшим числом отказов и просрочек:";
                case KK -> "Бас тарту мен кешіктіру ең көп болған органдар:";
            });
            for (InquiryFigures.Body b : bodies) {
                String r = w.number(b.refused());
                String d = w.number(b.answeredLate() + b.overdue());
                String s = w.number(b.sent());
                lines.add("- " + b.name() + switch (lang) {
                    case EN -> ": refused " + r + ", late or past the deadline " + d + ", of " + s + " sent";
                    case RU -> ": отказов — " + r + ", просрочек — " + d + ", всего запросов — " + s;
                    case KK -> ": бас тарту — " + r + ", кешіктіру — " + d + ", барлық сұрау салу — " + s;
                });
            }
        }
        return lines;
    }
}
