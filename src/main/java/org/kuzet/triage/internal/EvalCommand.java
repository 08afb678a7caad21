package org.kuzet.triage.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.kuzet.cli.Command;
import org.kuzet.cli.CommandContext;

/** {@code triage-eval FILE.jsonl}: precision, recall, F1 per category, macro-F1, group and top-3 accuracy, and the confusion matrix. No database. */
public final class EvalCommand implements Command {

    @Override
    public String name() {
        return "triage-eval";
    }

    @Override
    public String usage() {
        return "FILE.jsonl: evaluate the shipped triage model on {\"text\", \"category\"} lines (use 'held-out' for the shipped held-out part)";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws IOException {
        if (args.size() != 1) {
            context.err().println("Usage: triage-eval " + usage());
            return 2;
        }
        List<LabeledItem> items;
        if (args.getFirst().equals("held-out")) {
            items = LabeledSet.shipped().heldOut();
        } else {
            try (BufferedReader reader = Files.newBufferedReader(Path.of(args.getFirst()), StandardCharsets.UTF_8)) {
                items = LabeledSet.read(reader, false).all();
                items.stream().map(LabeledItem::category).filter(c -> !TriageCategories.isKnown(c)).distinct()
                        .forEach(c -> context.err().println("category '" + c + "' is not one the model proposes: its items count as missed"));
            } catch (NoSuchFileException e) {
                context.err().println("FILE: no such file " + args.getFirst());
                return 1;
            } catch (IllegalArgumentException e) {
                context.err().println(args.getFirst() + ": " + e.getMessage());
                return 1;
            }
        }
        TriageModel model = TriageModel.shipped();
        context.out().print(Evaluation.of(model, items).report());
        if (args.getFirst().equals("held-out")) {
            Evaluation unseen = Evaluation.of(model, LabeledSet.shipped().heldOutInUnseenWordings());
            context.out().printf(java.util.Locale.ROOT, "of them in wordings never trained on: items %d, macro-F1 %.3f, group accuracy %.3f, top-3 accuracy %.3f%n",
                    unseen.total(), unseen.macroF1(), unseen.groupAccuracy(), unseen.topThreeAccuracy());
        }
        CueCalibration calibration = model.calibration();
        context.out().println("calibration (fitted on the training part's folds): " + calibration);
        return 0;
    }
}
