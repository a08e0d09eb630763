package dev.claimex.models.claims;

import java.util.Locale;

/** Counts for evaluating a {@link CheckworthinessModel}: per-class and check-worthy-vs-rest figures. */
final class Evaluation {
  private final int[][] confusion = new int[3][3];
  private int cwTp;
  private int cwFp;
  private int cwFn;
  private final java.util.List<double[]> scored = new java.util.ArrayList<>();

  void add(CheckworthinessModel.Label gold, CheckworthinessModel.Scores scores) {
    confusion[gold.ordinal()][scores.best().ordinal()]++;
    scored.add(new double[] {scores.checkworthy(), gold == CheckworthinessModel.Label.CFS ? 1 : 0,
        scores.nonFactual(), gold == CheckworthinessModel.Label.NFS ? 1 : 0});
    boolean predicted = scores.checkworthy() >= 0.5;
    boolean actual = gold == CheckworthinessModel.Label.CFS;
    if (predicted && actual) {
      cwTp++;
    } else if (predicted) {
      cwFp++;
    } else if (actual) {
      cwFn++;
    }
  }

  double checkworthyF1() {
    return f1(cwTp, cwFp, cwFn);
  }

  String report() {
    StringBuilder b = new StringBuilder();
    int n = 0;
    int right = 0;
    for (CheckworthinessModel.Label l : CheckworthinessModel.Label.values()) {
      int i = l.ordinal();
      int tp = confusion[i][i];
      int fp = 0;
      int fn = 0;
      for (int j = 0; j < 3; j++) {
        n += confusion[i][j];
        if (j != i) {
          fp += confusion[j][i];
          fn += confusion[i][j];
        }
      }
      right += tp;
      b.append(String.format(Locale.ROOT, "  %s (argmax): P %.3f R %.3f F1 %.3f (support %d)%n", l,
          ratio(tp, tp + fp), ratio(tp, tp + fn), f1(tp, fp, fn), tp + fn));
    }
    b.append(String.format(Locale.ROOT, "  accuracy (argmax): %.3f of %d%n", ratio(right, n), n));
    b.append(String.format(Locale.ROOT, "  check-worthy (P(CFS) >= 0.5) vs rest: P %.3f R %.3f F1 %.3f%n",
        ratio(cwTp, cwTp + cwFp), ratio(cwTp, cwTp + cwFn), checkworthyF1()));
    b.append("  check-worthy F1 by threshold:");
    for (double t = 0.2; t < 0.65; t += 0.05) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (double[] s : scored) {
        boolean p = s[0] >= t;
        if (p && s[1] > 0) {
          tp++;
        } else if (p) {
          fp++;
        } else if (s[1] > 0) {
          fn++;
        }
      }
      b.append(String.format(Locale.ROOT, " %.2f:%.3f", t, f1(tp, fp, fn)));
    }
    b.append('\n');
    b.append("  P(NFS) >= t: non-factual caught / factual caught:");
    for (double t = 0.5; t < 0.96; t += 0.1) {
      int nf = 0;
      int f = 0;
      for (double[] s : scored) {
        if (s[2] >= t) {
          if (s[3] > 0) {
            nf++;
          } else {
            f++;
          }
        }
      }
      b.append(String.format(Locale.ROOT, " %.1f:%d/%d", t, nf, f));
    }
    b.append('\n');
    b.append("  confusion (rows gold NFS/UFS/CFS, columns predicted):\n");
    for (int[] row : confusion) {
      b.append(String.format(Locale.ROOT, "    %6d %6d %6d%n", row[0], row[1], row[2]));
    }
    return b.toString();
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(int tp, int fp, int fn) {
    double p = ratio(tp, tp + fp);
    double r = ratio(tp, tp + fn);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
