package org.kuzet.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyDetectorTest {

    @Test
    void aMinistrysRussianRebuttalIsAReply() {
        String text = """
                Министерство информации опровергло сообщения о давлении на журналистов.
                В пресс-службе министерства заявили, что информация международной организации не соответствует действительности.
                «Никто не преследуется за профессиональную деятельность, организацию ввели в заблуждение», — говорится в сообщении ведомства.
                Министр призвал воздержаться от преждевременных выводов до завершения расследования.
                """;
        Analysis analysis = ArticleAnalyzer.shipped().analyze(text);
        assertThat(analysis.reply()).isPresent();
        assertThat(analysis.candidates()).isEmpty();
    }

    @Test
    void aKazakhRebuttalIsAReply() {
        String text = """
                Ақпарат министрлігі журналистерге қысым жасалды деген хабарларды жоққа шығарды.
                Министрліктің баспасөз қызметі халықаралық ұйымның мәлімдемесі шындыққа сәйкес келмейді деп мәлімдеді.
                Министр тексерілмеген ақпаратқа сүйеніп, асығыс қорытынды жасамауға шақырды.
                """;
        assertThat(ArticleAnalyzer.shipped().analyze(text).reply()).isPresent();
    }

    @Test
    void anNgoReportOfThreatsIsNotAReply() {
        String text = """
                Правозащитники сообщили об угрозах в адрес 33 адвокатов.
                По их словам, министерство не ответило на запросы, а угрозы продолжаются.
                """;
        Analysis analysis = ArticleAnalyzer.shipped().analyze(text);
        assertThat(analysis.reply()).isEmpty();
        assertThat(analysis.candidates()).anyMatch(c -> c.proposes("threats"));
    }
}
