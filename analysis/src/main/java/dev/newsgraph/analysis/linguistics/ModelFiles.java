package dev.newsgraph.analysis.linguistics;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * Makes the compact model files at build time (Maven runs {@link #main} after compiling this
 * module, into its classes folder, so that the files go into the jar): the part-of-speech tagger's
 * and the NER's models, each loaded once with CoreNLP's own loader, copied into ours and written
 * as {@link CompactModelOutput} writes. At run time they load in a fraction of the time CoreNLP's
 * loaders take ({@link TaggerModel#english}, {@link NerModel#of}). A file newer than CoreNLP's
 * models jar and than the classes that write it is left as it is, so that a build that changed
 * nothing of either does not load the models again.
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
        if (stale(tagger, TaggerModel.ENGLISH, TaggerModel.class)) {
            write(tagger, TaggerModel.KIND, TaggerModel.ENGLISH, out -> TaggerModel.englishFromCoreNlp().write(out));
        }
        Path ner = folder.resolve(NerModel.ENGLISH_3CLASS_COMPACT);
        if (stale(ner, NerModel.ENGLISH_3CLASS, NerModel.class)) {
            write(ner, NerModel.KIND, NerModel.ENGLISH_3CLASS, out -> NerModel.fromCoreNlp(NerModel.ENGLISH_3CLASS).write(out));
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

    /** Whether {@code file} is missing or older than the CoreNLP file it is made from or a class that writes it. */
    private static boolean stale(Path file, String source, Class<?> model) throws IOException {
        if (!Files.exists(file)) {
            return true;
        }
        FileTime made = Files.getLastModifiedTime(file);
        for (URL input : List.of(resource(ModelFiles.class, source), resource(model, model.getSimpleName() + ".class"),
                resource(CompactModelOutput.class, "CompactModelOutput.class"),
                resource(CompactModelInput.class, "CompactModelInput.class"))) {
            Path path = pathOf(input);
            if (path == null || Files.getLastModifiedTime(path).compareTo(made) > 0) {
                return true;
            }
        }
        System.out.println("compact model " + file.getFileName() + " is up to date");
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
