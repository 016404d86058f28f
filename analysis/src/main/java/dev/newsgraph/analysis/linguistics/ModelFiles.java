package dev.newsgraph.analysis.linguistics;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes the compact model files at build time (Maven runs {@link #main} after compiling this
 * module, into its classes folder, so that the files go into the jar): the part-of-speech tagger's
 * and the NER's models, and the dependency parser's ({@link ParserNetwork#load}), each loaded once with CoreNLP's own loader, copied into ours and written
 * as {@link CompactModelOutput} writes. At run time they load in a fraction of the time CoreNLP's
 * loaders take ({@link TaggerModel#english}, {@link NerModel#of}); their one lexicon of clusters
 * goes into a file of its own ({@link ClusterLexicons}). Files newer than CoreNLP's models jar and
 * than the classes that write them are left as they are, so that a build that changed nothing of
 * either does not load the models again.
 */
public final class ModelFiles {
    private ModelFiles() {
    }

    /** Writes the compact model files into the folder of this package under the classes folder {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ModelFiles CLASSES-FOLDER");
            System.exit(2);
        }
        Path folder = Path.of(args[0], ModelFiles.class.getPackageName().replace('.', '/'));
        Files.createDirectories(folder);
        Path tagger = folder.resolve(TaggerModel.ENGLISH_COMPACT);
        Path ner = folder.resolve(NerModel.ENGLISH_3CLASS_COMPACT);
        Path parser = folder.resolve(ParserNetwork.compactNameOf(TransitionParser.ENGLISH_UD));
        // the parser's file stands alone: made again only when its own inputs changed
        if (stale(List.of(parser), List.of(resource(ModelFiles.class, TransitionParser.ENGLISH_UD),
                resource(ParserNetwork.class, "ParserNetwork.class")))) {
            write(parser, ParserNetwork.KIND, TransitionParser.ENGLISH_UD, out -> ParserNetwork.write(TransitionParser.ENGLISH_UD, out));
        } else {
            System.out.println("compact model file is up to date: " + parser.getFileName());
        }
        // the files are made together: the NER's refers to the lexicon of clusters written with the tagger's
        List<Path> files = List.of(tagger, ner, folder.resolve(ClusterLexicons.fileNamedAfter(TaggerModel.ENGLISH_COMPACT)));
        if (!stale(files, List.of(resource(ModelFiles.class, TaggerModel.ENGLISH), resource(ModelFiles.class, NerModel.ENGLISH_3CLASS),
                resource(TaggerModel.class, "TaggerModel.class"), resource(NerModel.class, "NerModel.class"),
                resource(ClusterLexicons.class, "ClusterLexicons.class")))) {
            System.out.println("compact model files are up to date: " + files.stream().map(Path::getFileName).toList());
            return;
        }
        ClusterLexicons.Naming lexicons = new ClusterLexicons.Naming();
        write(tagger, TaggerModel.KIND, TaggerModel.ENGLISH, out -> TaggerModel.englishFromCoreNlp()
                .write(out, lexicon -> lexicons.fileOf(lexicon, TaggerModel.ENGLISH_COMPACT, TaggerModel.ENGLISH)));
        write(ner, NerModel.KIND, NerModel.ENGLISH_3CLASS, out -> NerModel.fromCoreNlp(NerModel.ENGLISH_3CLASS)
                .write(out, lexicon -> lexicons.fileOf(lexicon, NerModel.ENGLISH_3CLASS_COMPACT, NerModel.ENGLISH_3CLASS)));
        for (int i = 0; i < lexicons.files().size(); i++) {
            Map<String, String> lexicon = lexicons.lexicons().get(i);
            ClusterLexicons.LexiconFile file = lexicons.files().get(i);
            write(folder.resolve(file.name()), ClusterLexicons.KIND, file.source(), out -> ClusterLexicons.write(lexicon, out));
        }
    }

    private interface ModelWriting {
        void write(CompactModelOutput out) throws IOException;
    }

    /** Writes beside {@code file} and then moves into place, so that a failed build leaves no half-written model. */
    private static void write(Path file, String kind, String source, ModelWriting model) throws IOException {
        long start = System.nanoTime();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream bytes = Files.newOutputStream(partial);
                CompactModelOutput out = new CompactModelOutput(bytes, kind, source)) {
            model.write(out);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("compact model %s from %s: %,d bytes in %.1f s%n", file.getFileName(), source, Files.size(file),
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * Whether a file is missing or older than one of the {@code models} (CoreNLP's models jar, where they are)
     * or a class that writes the files: the {@code models}' own, this one and those of the format.
     */
    private static boolean stale(List<Path> files, List<URL> models) throws IOException {
        List<URL> inputs = new ArrayList<>(models);
        inputs.addAll(List.of(resource(ModelFiles.class, "ModelFiles.class"),
                resource(CompactModelOutput.class, "CompactModelOutput.class"),
                resource(CompactModelInput.class, "CompactModelInput.class")));
        for (Path file : files) {
            if (!Files.exists(file)) {
                return true;
            }
            FileTime made = Files.getLastModifiedTime(file);
            for (URL input : inputs) {
                Path path = pathOf(input);
                if (path == null || Files.getLastModifiedTime(path).compareTo(made) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static URL resource(Class<?> near, String name) throws IOException {
        URL url = name.contains("/") ? near.getClassLoader().getResource(name) : near.getResource(name);
        if (url == null) {
            throw new IOException("not on the class path: " + name);
        }
        return url;
    }

    /** The file of a resource, or of the jar it is in; null where it is neither. */
    private static Path pathOf(URL url) {
        try {
            String s = url.toString();
            if (s.startsWith("jar:")) {
                s = s.substring(4, s.indexOf("!/"));
            }
            return s.startsWith("file:") ? Path.of(new URL(s).toURI()) : null;
        } catch (IOException | URISyntaxException e) {
            return null;
        }
    }
}
