package dev.briefly.cli;

import picocli.CommandLine.Command;

/** Groups the commands that measure Briefly's quality on evaluation data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures Briefly on evaluation data (JSON Lines or CoNLL files) and prints the figures.",
        subcommands = {EvalSpeedCommand.class, EvalLangIdCommand.class, EvalSegmentationCommand.class, EvalSummariesCommand.class, EvalExtractionCommand.class, EvalQuotesCommand.class, EvalTrainSpeakersCommand.class, EvalActorsCommand.class, EvalGrammarCommand.class, TranslationEvalCommand.class})
final class EvalCommand {
}
