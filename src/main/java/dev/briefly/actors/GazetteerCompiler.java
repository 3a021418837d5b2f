package dev.briefly.actors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compiles the name tables of the gazetteer dictionaries ({@link Lexicon#GAZETTEERS}) into the class output, so
 * that an article in another language loads a small table instead of a whole dictionary; the build runs it after
 * compiling ({@code exec-maven-plugin}, phase {@code process-classes}).
 *
 * <p>Usage: {@code GazetteerCompiler OUTPUT_ROOT}, e.g. {@code target/classes}; files go to
 * {@code OUTPUT_ROOT/dev/briefly/actors/gazetteer-<lang>.bin} ({@link NameTable}), and the city and region names
 * of every supported language to {@code places-<lang>.txt} ({@link PlaceNames}). Not meant for library users.
 */
public final class GazetteerCompiler {

    private GazetteerCompiler() {
    }

    /** Writes the name tables under the folder named by {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: GazetteerCompiler OUTPUT_ROOT");
        }
        Path folder = Files.createDirectories(Path.of(args[0]).resolve("dev/briefly/actors"));
        for (String language : Lexicon.GAZETTEERS) {
            Lexicon.compileGazetteer(language, folder);
        }
        PlaceNames.compile(dev.briefly.text.Languages.supported(), folder);
    }
}
