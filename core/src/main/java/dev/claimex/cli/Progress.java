package dev.claimex.cli;

import dev.claimex.pipeline.Result;
import java.io.PrintWriter;

/** Progress on standard error: silent for short runs, a line every few seconds for long ones. */
final class Progress {
  private static final long EVERY_NANOS = 5_000_000_000L;

  private final PrintWriter err;
  private final boolean quiet;
  private final long start = System.nanoTime();
  private long lastReport = start;
  private long loadedAt;
  private long documents;
  private long failures;
  private long reportedDocuments = -1;

  Progress(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  void loaded() {
    loadedAt = System.nanoTime();
  }

  void failed(Result.Failure f) {
    failures++;
    if (!quiet) {
      err.println("claimex: document " + f.id() + " failed in stage " + f.stage() + ": " + f.message());
      err.flush();
    }
  }

  void done() {
    documents++;
    long now = System.nanoTime();
    if (!quiet && now - lastReport >= EVERY_NANOS) {
      lastReport = now;
      report(now);
    }
  }

  long failures() {
    return failures;
  }

  void finish() {
    if (!quiet && reportedDocuments >= 0 && reportedDocuments != documents) {
      report(System.nanoTime());
    }
  }

  private void report(long now) {
    reportedDocuments = documents;
    double secs = (now - loadedAt) / 1e9;
    err.printf("claimex: %,d documents, %,d failed, %.1f documents/s%n", documents, failures,
        secs > 0 ? documents / secs : 0.0);
    err.flush();
  }
}
