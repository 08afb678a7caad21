package org.kuzet.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TriageCommandsTest {

    @Test
    void classifyPrintsOneJsonLinePerInputLine() throws Exception {
        String input = """
                Хакеры устроили DDoS-атаку на сайт издания
                {"text": "The ministry suspended the newspaper for three months", "id": 7}
                {"id": 8}
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ClassifyCommand.classify(new BufferedReader(new StringReader(input)), TriageModel.shipped(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode first = JsonMapper.builder().build().readTree(lines.get(0));
        assertThat(first.get("category").asString()).isEqualTo("unauthorized_access_ddos");
        assertThat(first.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(first.get("why").isArray()).isTrue();
        assertThat(first.get("why").size()).isPositive();
        assertThat(first.get("top").size()).isEqualTo(3);
        assertThat(first.get("top").get(0).get("category").asString()).isEqualTo(first.get("category").asString());
        assertThat(first.get("top").get(1).get("score").asDouble()).isLessThanOrEqualTo(first.get("top").get(0).get("score").asDouble());
        JsonNode second = JsonMapper.builder().build().readTree(lines.get(1));
        assertThat(second.get("category").asString()).isEqualTo("closure_suspension");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 3");
        assertThat(code).isEqualTo(1);
    }

    @Test
    void evalReportsPerCategoryFiguresAndTheMatrix() throws Exception {
        String labeled = """
                {"text": "Полиция задержала журналиста на митинге", "category": "detention"}
                {"text": "The outlet's site was hit by a DDoS attack", "category": "unauthorized_access_ddos"}
                {"text": "Судья удалил журналиста из зала суда", "category": "detention"}
                """;
        LabeledSet set = LabeledSet.read(new BufferedReader(new StringReader(labeled)));
        Evaluation evaluation = Evaluation.of(TriageModel.shipped(), set.all());
        String report = evaluation.report();
        assertThat(evaluation.total()).isEqualTo(3);
        // the third is labeled detention but is a removal from a courtroom: one miss, so detention recall is 1/2
        assertThat(evaluation.recall("detention")).isEqualTo(0.5);
        assertThat(evaluation.precision("judicial_transparency_violation")).isZero();
        assertThat(report).contains("macro-F1").contains("group accuracy").contains("top-3 accuracy")
                .contains("confusion matrix").contains("detention");
    }

    @Test
    void aBadLabeledLineIsNamed() {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> LabeledSet.read(new BufferedReader(
                new StringReader("{\"text\": \"x\", \"category\": \"detention\"}\n{\"text\": \"y\", \"category\": \"nope\"}\n"))));
        assertThat(thrown).hasMessageContaining("line 2").hasMessageContaining("nope");
    }

    @Test
    void anEvaluationCountsCategoriesTheModelDoesNotProposeAsMissed() throws Exception {
        String labeled = """
                {"text": "Полиция задержала журналиста на митинге", "category": "detention"}
                {"text": "The ministry denied the reports as untrue", "category": "official_reply"}
                """;
        LabeledSet set = LabeledSet.read(new BufferedReader(new StringReader(labeled)), false);
        Evaluation evaluation = Evaluation.of(TriageModel.shipped(), set.all());
        assertThat(evaluation.recall("official_reply")).isZero();
        assertThat(evaluation.recall("detention")).isEqualTo(1.0);
        assertThat(evaluation.report()).contains("official_reply");
    }

    @Test
    void bothCommandsAreRegisteredForTheJar() {
        List<String> names = java.util.ServiceLoader.load(org.kuzet.cli.Command.class).stream()
                .map(p -> p.get().name()).toList();
        assertThat(names).contains("triage-classify", "triage-eval");
    }
}
