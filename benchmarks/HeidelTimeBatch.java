// Runs HeidelTime standalone over many documents in one JVM, so that the benchmark times the
// tagging and not the start-up of Java for each document.
//
//   java -cp de.unihd.dbs.heideltime.standalone.jar HeidelTimeBatch.java LANGUAGE config.props < jobs
//
// Each line of jobs: path TAB document creation date (YYYY-MM-DD). For each job it prints
// "#DOC path nanoseconds" and then the TimeML result, and "#END" after it.
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;

public class HeidelTimeBatch {
    public static void main(String[] args) throws Exception {
        Language language = Language.getLanguageFromString(args[0]);
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(language, DocumentType.NEWS, OutputType.TIMEML,
                args[1], POSTagger.NO);
        SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd");
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        BufferedReader jobs = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = jobs.readLine()) != null; ) {
            String[] job = line.split("\t");
            String text = new String(Files.readAllBytes(Paths.get(job[0])), StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            String result = tagger.process(text, iso.parse(job[1]));
            long took = System.nanoTime() - t0;
            out.println("#DOC " + job[0] + " " + took);
            out.println(result);
            out.println("#END");
        }
    }
}
