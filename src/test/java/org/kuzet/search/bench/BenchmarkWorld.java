package org.kuzet.search.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Realistic made-up monitoring data: the category mix of the seed reports (refusals of information and civil
 * claims lead), all 20 regions with their centres, people with names in Cyrillic and in Latin spellings, outlets,
 * state bodies, and texts in Russian (70%), Kazakh (15%) and English (15%). Deterministic for a seed.
 */
public final class BenchmarkWorld {

    /** category, weight: roughly the March 2024 and August 2020 reports' proportions. */
    static final Object[][] CATEGORIES = {
        {"refusal_of_information", 30}, {"civil_claims", 17}, {"interference_professional_activity", 8},
        {"threats", 6}, {"accreditation_denial", 5}, {"blocking", 4}, {"discrediting", 4},
        {"criminal_pretrial", 4}, {"administrative", 4}, {"misuse_of_image", 3}, {"attacks", 3},
        {"summons_law_enforcement", 3}, {"detention", 2}, {"criminal_court", 2}, {"judicial_transparency_violation", 2},
        {"unauthorized_access_ddos", 2}, {"interference_media_activity", 2}, {"closure_suspension", 1},
        {"media_discrimination", 1}, {"persecution_for_dissemination", 1}, {"copyright", 1}};

    /** place code, Russian name, Kazakh name, English name, weight. Each region's centre, and the three cities. */
    static final String[][] PLACES = {
        {"kz-almaty", "Алматы", "Алматы", "Almaty", "14"}, {"kz-astana", "Астана", "Астана", "Astana", "12"},
        {"kz-shymkent", "Шымкент", "Шымкент", "Shymkent", "6"}, {"kz-semey", "Семей", "Семей", "Semey", "3"},
        {"kz-kokshetau", "Кокшетау", "Көкшетау", "Kokshetau", "3"}, {"kz-aktobe", "Актобе", "Ақтөбе", "Aqtobe", "4"},
        {"kz-konaev", "Конаев", "Қонаев", "Konaev", "2"}, {"kz-atyrau", "Атырау", "Атырау", "Atyrau", "4"},
        {"kz-oskemen", "Усть-Каменогорск", "Өскемен", "Oskemen", "4"}, {"kz-taraz", "Тараз", "Тараз", "Taraz", "3"},
        {"kz-taldykorgan", "Талдыкорган", "Талдықорған", "Taldykorgan", "2"},
        {"kz-karaganda", "Караганда", "Қарағанды", "Karaganda", "5"}, {"kz-kostanay", "Костанай", "Қостанай", "Qostanay", "4"},
        {"kz-kyzylorda", "Кызылорда", "Қызылорда", "Kyzylorda", "3"}, {"kz-aktau", "Актау", "Ақтау", "Aktau", "3"},
        {"kz-petropavl", "Петропавловск", "Петропавл", "Petropavl", "2"}, {"kz-pavlodar", "Павлодар", "Павлодар", "Pavlodar", "3"},
        {"kz-turkistan", "Туркестан", "Түркістан", "Turkistan", "2"}, {"kz-zhezkazgan", "Жезказган", "Жезқазған", "Zhezkazgan", "1"},
        {"kz-oral", "Уральск", "Орал", "Oral", "3"}};

    static final String[] FIRST_F = {"Гульнара", "Айгуль", "Жанна", "Асель", "Динара", "Мадина", "Сауле", "Лаура",
        "Ботагоз", "Елена", "Ольга", "Маржан", "Айжан", "Гаухар", "Жулдыз", "Назира", "Татьяна", "Анара", "Әсел", "Дана"};
    static final String[] FIRST_M = {"Асхат", "Ерлан", "Нурлан", "Серик", "Данияр", "Арман", "Бауыржан", "Марат",
        "Жанболат", "Дмитрий", "Сергей", "Алексей", "Ғалым", "Тимур", "Руслан", "Қайрат", "Ержан", "Олжас", "Санжар", "Аскар"};
    static final String[] SURNAMES = {"Бажкенов", "Ниязов", "Токпанов", "Сапаров", "Ахмедьяров", "Ескараев", "Жумабаев",
        "Нургалиев", "Касымов", "Оспанов", "Ибраев", "Сулейменов", "Абенов", "Мухамеджанов", "Смаилов", "Тулегенов",
        "Байжанов", "Кенжебаев", "Садыков", "Ергалиев", "Омаров", "Исмаилов", "Шайхиев", "Дюсембаев", "Калиев",
        "Жаксылыков", "Муратов", "Бекмамбетов", "Иванов", "Петров", "Ким", "Цой", "Тен", "Пак", "Алиев", "Мусин",
        "Рахимов", "Аубакиров", "Есенов", "Турсунов", "Қожахметов", "Әбдіров", "Серікбаев", "Құдайбергенов"};
    static final String[] OUTLET_STEMS = {"Азаттық", "Orda.kz", "Vlast.kz", "Курсив", "Власть", "Ак Жайык", "Уральская неделя",
        "КазТАГ", "Ratel.kz", "Exclusive.kz", "Total.kz", "Tengrinews", "Informburo", "Наша газета", "Диапазон",
        "Айна", "Жас Алаш", "Алматы ақшамы", "Радио Азаттык", "Елорда", "Рудный Алтай", "Новый вестник"};
    public static final String[] STATE_BODIES = {"акимат", "департамент полиции", "управление образования", "прокуратура",
        "суд", "министерство информации", "департамент юстиции", "КНБ", "управление здравоохранения", "маслихат"};
    public static final String[] VICTIM_KINDS = {"journalist", "journalist", "journalist", "journalist", "media_outlet",
        "media_outlet", "blogger", "blogger", "newsmaker", "lawyer", "human_rights_defender", "citizen"};
    static final String[] PERPETRATOR_TYPES = {"state_body", "state_body", "state_body", "official", "official",
        "law_enforcement", "law_enforcement", "court", "company", "private_person", "unknown", "unknown"};
    static final String[] VERIFICATIONS = {"confirmed", "confirmed", "confirmed", "unverified", "unverified", "disputed", "refuted"};

    private static final String[][] TEXTS_RU = {
        {"{body} отказал журналисту {victim} в предоставлении информации", "Журналист {victim} направил запрос в {body} о расходовании бюджетных средств, но ответа в установленный срок не получил. Редакция {outlet} считает это нарушением права на доступ к информации."},
        {"Иск о защите чести и достоинства к {outlet}", "{body} подал иск о защите чести, достоинства и деловой репутации к журналисту {victim} и изданию {outlet}, требуя компенсацию морального вреда в размере {money} тенге."},
        {"Угрозы журналисту {victim}", "Неизвестные угрожали журналисту {victim} после публикации расследования в издании {outlet}. Полиция города {city} отказалась возбуждать дело."},
        {"Журналиста {victim} не допустили на заседание", "Журналиста издания {outlet} {victim} не пустили на открытое судебное заседание в городе {city}, сославшись на распоряжение судьи."},
        {"Блокировка сайта {outlet}", "Доступ к сайту {outlet} ограничен на территории Казахстана. Редакция не получила от ведомства {body} уведомления о причинах блокировки."},
        {"Задержание блогера {victim}", "Блогер {victim} задержан сотрудниками полиции в городе {city} во время прямой трансляции. Через несколько часов его отпустили, изъяв телефон; об этом сообщило издание {outlet}."}};
    private static final String[][] TEXTS_KK = {
        {"{body} журналист {victim} ақпарат беруден бас тартты", "Журналист {victim} сұрау жіберді, бірақ {body} белгіленген мерзімде жауап бермеді. {outlet} редакциясы мұны ақпаратқа қол жеткізу құқығын бұзу деп санайды."},
        {"{outlet} басылымына ар-намысты қорғау туралы талап-арыз", "{body} журналист {victim} пен {outlet} басылымына ар-намыс пен іскерлік беделді қорғау туралы талап-арыз берді, {money} теңге өтемақы талап етті."},
        {"Журналист {victim} қорқытылды", "Белгісіз адамдар журналист {victim} есімді азаматты {outlet} басылымында тергеу жарияланғаннан кейін қорқытты. {city} полициясы іс қозғаудан бас тартты."}};
    private static final String[][] TEXTS_EN = {
        {"{body} refused information to journalist {victim}", "Journalist {victim} asked the {body} about budget spending and got no answer within the legal deadline. The newsroom of {outlet} calls it a violation of the right to information."},
        {"Defamation lawsuit against {outlet}", "The {body} sued journalist {victim} and the outlet {outlet} for the protection of honour, dignity and business reputation, claiming {money} tenge in damages."},
        {"Journalist {victim} threatened", "Unknown people threatened journalist {victim} after {outlet} published an investigation. Police in {city} refused to open a case."}};

    public final Random random;
    final int categoryTotal;

    public BenchmarkWorld(long seed) {
        this.random = new Random(seed);
        int total = 0;
        for (Object[] c : CATEGORIES) {
            total += (Integer) c[1];
        }
        this.categoryTotal = total;
    }

    public String category() {
        int n = random.nextInt(categoryTotal);
        for (Object[] c : CATEGORIES) {
            n -= (Integer) c[1];
            if (n < 0) {
                return (String) c[0];
            }
        }
        throw new IllegalStateException();
    }

    public String[] place() {
        int total = 0;
        for (String[] p : PLACES) {
            total += Integer.parseInt(p[4]);
        }
        int n = random.nextInt(total);
        for (String[] p : PLACES) {
            n -= Integer.parseInt(p[4]);
            if (n < 0) {
                return p;
            }
        }
        throw new IllegalStateException();
    }

    /** A person's name in Cyrillic, e.g. Гульнара Бажкенова. */
    public String person(int index) {
        boolean female = index % 2 == 0;
        String surname = SURNAMES[(index / 2) % SURNAMES.length];
        String first = (female ? FIRST_F : FIRST_M)[(index / (2 * SURNAMES.length)) % FIRST_F.length];
        if (female) {
            surname = surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ин") ? surname + "а" : surname;
        }
        return first + " " + surname;
    }

    public static int personCount() {
        return 2 * SURNAMES.length * FIRST_F.length;
    }

    public String outlet(int index) {
        String stem = OUTLET_STEMS[index % OUTLET_STEMS.length];
        int edition = index / OUTLET_STEMS.length;
        return edition == 0 ? stem : stem + " " + PLACES[edition % PLACES.length][3];
    }

    public LocalDate date() {
        return LocalDate.of(2015, 1, 1).plusDays(random.nextInt(11 * 365));
    }

    String precision() {
        int n = random.nextInt(100);
        return n < 85 ? "day" : n < 97 ? "month" : "year";
    }

    String state() {
        int n = random.nextInt(100);
        return n < 90 ? "published" : n < 96 ? "draft" : n < 98 ? "in_review" : "rejected";
    }

    public String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Title and summary in one of the three languages; English texts spell the victim in Latin letters. */
    public String[] text(String victim, String outlet, String body, String[] place) {
        int lang = random.nextInt(100);
        String[][] texts = lang < 70 ? TEXTS_RU : lang < 85 ? TEXTS_KK : TEXTS_EN;
        String[] t = texts[random.nextInt(texts.length)];
        String city = lang < 70 ? place[1] : lang < 85 ? place[2] : place[3];
        String who = lang < 85 ? victim : latin(victim);
        String money = Long.toString(1_000_000L * (1 + random.nextInt(100)));
        return new String[] {fill(t[0], who, outlet, body, city, money), fill(t[1], who, outlet, body, city, money)};
    }

    private static String fill(String template, String victim, String outlet, String body, String city, String money) {
        return template.replace("{victim}", victim).replace("{outlet}", outlet).replace("{body}", body)
                .replace("{city}", city).replace("{money}", money);
    }

    /** The Latin spelling people often use (Бажкенова: Bazhkenova; Қостанай: Qostanay or Kostanay). */
    public String latin(String cyrillic) {
        boolean kazakhStyle = random.nextBoolean();
        StringBuilder out = new StringBuilder();
        for (char c : cyrillic.toCharArray()) {
            char lower = Character.toLowerCase(c);
            String l = switch (lower) {
                case 'а', 'ә' -> "a"; case 'б' -> "b"; case 'в' -> "v"; case 'г', 'ғ' -> "g"; case 'д' -> "d";
                case 'е', 'ё', 'э' -> "e"; case 'ж' -> "zh"; case 'з' -> "z"; case 'и', 'і' -> "i"; case 'й' -> "y";
                case 'к' -> "k"; case 'қ' -> kazakhStyle ? "q" : "k"; case 'л' -> "l"; case 'м' -> "m";
                case 'н', 'ң' -> "n"; case 'о', 'ө' -> "o"; case 'п' -> "p"; case 'р' -> "r"; case 'с' -> "s";
                case 'т' -> "t"; case 'у', 'ұ', 'ү' -> "u"; case 'ф' -> "f"; case 'х', 'һ' -> "kh"; case 'ц' -> "ts";
                case 'ч' -> "ch"; case 'ш', 'щ' -> "sh"; case 'ъ', 'ь' -> ""; case 'ы' -> "y"; case 'ю' -> "yu";
                case 'я' -> "ya";
                default -> String.valueOf(c);
            };
            out.append(Character.isUpperCase(c) && !l.isEmpty() ? Character.toUpperCase(l.charAt(0)) + l.substring(1) : l);
        }
        return out.toString();
    }

    static List<String> regions() {
        return List.of("kz-abai-region", "kz-akmola-region", "kz-aktobe-region", "kz-almaty-region", "kz-atyrau-region",
                "kz-east-kazakhstan-region", "kz-jambyl-region", "kz-jetisu-region", "kz-karaganda-region",
                "kz-kostanay-region", "kz-kyzylorda-region", "kz-mangystau-region", "kz-north-kazakhstan-region",
                "kz-pavlodar-region", "kz-turkistan-region", "kz-ulytau-region", "kz-west-kazakhstan-region",
                "kz-astana", "kz-almaty", "kz-shymkent");
    }
}
