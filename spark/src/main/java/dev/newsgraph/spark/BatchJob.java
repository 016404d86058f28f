package dev.newsgraph.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.split;

import dev.newsgraph.analysis.Analyzer;
import dev.newsgraph.reading.BadInputException;
import dev.newsgraph.reading.InputReader;
import dev.newsgraph.reading.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The batch job. The driver only lists the input files; executors read them (JSON Lines split
 * by line ranges, other files whole through {@link dev.newsgraph.reading.InputReader}), analyse
 * each article with their own Analyzer and hand back rows. Outputs under {@code --out}:
 * {@code records.jsonl/} (the records, as {@code analyze --format jsonl} prints them, in input
 * order), {@code records.parquet/} ({@link RecordRows#SCHEMA}), {@code duplicates/} (articles
 * sharing a {@link TextFingerprint}), {@code entities/} (each entity name and type with the
 * number of articles naming it), {@code tables/} (the five tables of {@code export --format parquet},
 * merged across articles: {@link CorpusTables}) and {@code failures/} (items that could not be read
 * or analysed). Only fingerprints, ids, keys and the tables' small facts are shuffled, never texts or
 * records.
 */
public final class BatchJob {
    /**
     * The one reader of an executor JVM, shared by its task threads as {@link Analyzer#shared()} is:
     * set up where the class loads, never serialised from the driver.
     */
    private static final InputReader READER = new InputReader();

    private final SparkSession spark;
    private final JobOptions options;

    BatchJob(SparkSession spark, JobOptions options) {
        this.spark = spark;
        this.options = options;
    }

    /** What a run did. */
    record Summary(long records, long failures, long duplicateGroups, double seconds) {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("newsgraph spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder b = SparkSession.builder().appName("newsgraph");
        if (options.master() != null) {
            b.master(options.master());
        } else if (!new org.apache.spark.SparkConf().contains("spark.master")) {
            b.master("local[*]");
        }
        SparkSession spark = b.config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        int rc = 0;
        try {
            Summary s = new BatchJob(spark, options).run();
            System.err.printf(Locale.ROOT, "newsgraph spark: %d records, %d failures, %d duplicate groups in %.1f s "
                    + "(%.2f articles/s) under %s%n", s.records(), s.failures(), s.duplicateGroups(), s.seconds(),
                    s.seconds() > 0 ? s.records() / s.seconds() : 0, options.out());
            rc = s.failures() > 0 ? 3 : 0;
        } catch (BadInputException e) {
            System.err.println("newsgraph spark: " + e.getMessage());
            rc = 3;
        } catch (IllegalArgumentException e) {
            System.err.println("newsgraph spark: " + e.getMessage());
            rc = 2;
        } catch (IOException | RuntimeException e) {
            System.err.println("newsgraph spark: failed (" + e.getMessage() + ")");
            rc = 1;
        } finally {
            spark.stop();
        }
        System.exit(rc);
    }

    Summary run() throws IOException, BadInputException {
        long t0 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Path outPath = new Path(options.out());
        if (!options.overwrite() && outPath.getFileSystem(jsc.hadoopConfiguration()).exists(outPath)) {
            throw new IllegalArgumentException("--out " + options.out() + " exists already (--overwrite replaces it)");
        }
        List<String> jsonl = new ArrayList<>();
        List<String> files = new ArrayList<>();
        listInputs(jsc.hadoopConfiguration(), jsonl, files);
        int minPartitions = options.partitions() > 0 ? options.partitions() : jsc.defaultParallelism();
        String published = options.published();

        List<JavaRDD<Row>> parts = new ArrayList<>();
        for (String f : jsonl) {
            String name = f;
            parts.add(jsc.textFile(f, minPartitions).mapPartitions(lines -> analyseLines(name, lines, published)));
        }
        if (!files.isEmpty()) {
            parts.add(jsc.binaryFiles(String.join(",", files), minPartitions)
                    .mapPartitions(items -> analyseFiles(items, published)));
        }
        JavaRDD<Row> rows = parts.size() == 1 ? parts.get(0) : jsc.union(parts.toArray(JavaRDD[]::new));
        Dataset<Row> table = spark.createDataFrame(rows, RecordRows.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            String out = options.out().replaceAll("/+$", "");
            Dataset<Row> ok = table.filter(col("record").isNotNull());
            ok.write().mode(mode).parquet(out + "/records.parquet");
            ok.select("record").write().mode(mode).text(out + "/records.jsonl");
            Dataset<Row> failures = table.filter(col("error").isNotNull()).select("origin", "error");
            failures.write().mode(mode).json(out + "/failures");
            Dataset<Row> dups = duplicates(ok);
            dups.write().mode(mode).json(out + "/duplicates");
            entities(ok).write().mode(mode).json(out + "/entities");
            CorpusTables.write(spark, ok, out + "/tables", mode);
            long records = ok.count();
            long failed = failures.count();
            long groups = dups.count();
            return new Summary(records, failed, groups, (System.nanoTime() - t0) / 1e9);
        } finally {
            table.unpersist();
        }
    }

    /** Articles whose words are the same: one row per group of two or more, with their ids and origins. */
    static Dataset<Row> duplicates(Dataset<Row> ok) {
        return ok.groupBy("fingerprint")
                .agg(count("*").as("copies"), first("title").as("title"), collect_list("id").as("ids"),
                        collect_list("origin").as("origins"))
                .filter(col("copies").gt(1))
                .orderBy(col("copies").desc(), col("fingerprint"));
    }

    /** Each entity (type and name) with the number of distinct articles that name it, most named first. */
    static Dataset<Row> entities(Dataset<Row> ok) {
        Dataset<Row> keys = ok.select(col("id"), explode(col("entity_keys")).as("key"));
        return keys.groupBy("key").agg(countDistinct("id").as("articles"))
                .select(split(col("key"), "\t").getItem(1).as("name"), split(col("key"), "\t").getItem(0).as("type"),
                        col("articles"))
                .orderBy(col("articles").desc(), col("name"));
    }

    /**
     * Each line goes through {@link dev.newsgraph.reading.InputReader} as a one-line JSON Lines input, so
     * that it becomes the very article {@code analyze} reads from that line (cleaning, date, language).
     */
    private static Iterator<Row> analyseLines(String input, Iterator<String> lines, String published) {
        String name = input.replaceFirst("(?i)\\.gz$", "");
        return new MappedIterator<>(lines, line -> {
            if (line.isBlank()) {
                return null;
            }
            try (Stream<ReadResult> items = READER.read(name,
                    new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), published)) {
                ReadResult r = items.findFirst().orElse(ReadResult.failed(input, "no article"));
                return RecordRows.analyse(r.ok() ? ReadResult.ok(input, r.article()) : ReadResult.failed(input, r.error()));
            } catch (BadInputException e) {
                return RecordRows.failed(input, e.getMessage());
            } catch (RuntimeException e) {
                return RecordRows.failed(input, "cannot be read (" + e.getMessage() + ")");
            }
        });
    }

    /** File by file, so that a partition holds one file's records at a time. */
    private static Iterator<Row> analyseFiles(Iterator<Tuple2<String, PortableDataStream>> files, String published) {
        return MappedIterator.flat(files, f -> analyseFile(f._1(), f._2(), published));
    }

    private static List<Row> analyseFile(String name, PortableDataStream data, String published) {
        List<Row> out = new ArrayList<>();
        try (InputStream in = data.open();
             Stream<ReadResult> items = READER.read(name, in, published)) {
            items.forEach(r -> out.add(RecordRows.analyse(r)));
        } catch (BadInputException e) {
            out.add(RecordRows.failed(name, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            out.add(RecordRows.failed(name, "cannot be read (" + e.getMessage() + ")"));
        }
        return out;
    }

    /** Expands folders and globs on the driver (names only), sorting JSON Lines from other files. */
    private void listInputs(Configuration conf, List<String> jsonl, List<String> files)
            throws IOException, BadInputException {
        for (String input : options.inputs()) {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(p);
            if (matches == null || matches.length == 0) {
                throw new BadInputException(input, "no such file");
            }
            for (FileStatus m : matches) {
                if (m.isDirectory()) {
                    List<String> inDir = new ArrayList<>();
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
                    while (it.hasNext()) {
                        LocatedFileStatus s = it.next();
                        String n = s.getPath().getName();
                        if (!n.startsWith(".") && !n.startsWith("_")) {
                            inDir.add(s.getPath().toString());
                        }
                    }
                    inDir.sort(null);
                    for (String f : inDir) {
                        (isJsonLines(f) ? jsonl : files).add(f);
                    }
                } else {
                    String f = m.getPath().toString();
                    (isJsonLines(f) ? jsonl : files).add(f);
                }
            }
        }
    }

    private static boolean isJsonLines(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonl.gz");
    }
}
