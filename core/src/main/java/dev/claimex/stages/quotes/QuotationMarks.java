package dev.claimex.stages.quotes;

import dev.claimex.api.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs double quotation marks in a text: curly (“ ”), straight ("), and the doubled single
 * marks some wires use ('' and ``). Single quotes are left alone: inside a double quote they
 * nest, and elsewhere they are mostly apostrophes.
 *
 * <p>News convention: a quote running over several paragraphs leaves each paragraph open and
 * reopens the next one with an opening mark; such a quote is one {@link Quoted} with one inner
 * span a paragraph. A quote still open at the end of a paragraph whose successor does not
 * reopen it ends with its paragraph.
 */
final class QuotationMarks {
  /** One quotation: {@code outer} from the first mark to the last, {@code inner} the quoted text per paragraph. */
  record Quoted(Span outer, List<Span> inner) {
    Span content() {
      return new Span(inner.get(0).start(), inner.get(inner.size() - 1).end());
    }

    int innerLength() {
      return inner.stream().mapToInt(Span::length).sum();
    }
  }

  private enum Mark { OPEN, CLOSE, EITHER }

  private record Found(int start, int end, Mark mark) {}

  private QuotationMarks() {}

  static List<Quoted> find(String text) {
    List<Found> marks = marks(text);
    List<Quoted> out = new ArrayList<>();
    int openEnd = -1;
    int openStart = -1;
    int segStart = -1;
    List<Span> inner = new ArrayList<>();
    for (int k = 0; k < marks.size(); k++) {
      Found m = marks.get(k);
      if (openStart >= 0) {
        int brk = paragraphBreak(text, segStart, m.start);
        if (brk >= 0) {
          // the quote stays open across a paragraph end: continued only where the next paragraph reopens it
          int next = firstNonSpace(text, brk);
          if (next == m.start && m.mark != Mark.CLOSE && text.charAt(m.start) == text.charAt(openStart)) {
            // reopened with the same kind of mark ("“" after "“"): a straight mark followed by a curly one is a stray
            addInner(text, inner, segStart, brk);
            segStart = m.end;
            continue;
          }
          addInner(text, inner, segStart, brk);
          emit(text, out, openStart, trimEnd(text, brk), inner);
          openStart = -1;
          inner = new ArrayList<>();
        }
      }
      if (openStart < 0) {
        if (m.mark == Mark.CLOSE && !looksOpening(text, m)) {
          continue; // stray closing mark
        }
        if (m.mark == Mark.EITHER && looksClosing(text, m)) {
          continue;
        }
        openStart = m.start;
        openEnd = m.end;
        segStart = m.end;
      } else {
        if (m.mark == Mark.OPEN && !looksClosing(text, m)) {
          // a second opening mark: the first one was stray (one typed where a closing mark belongs, after a word
          // and before a space, closes: "… problems for her here,“ said Jim Clyburn")
          inner = new ArrayList<>();
          openStart = m.start;
          openEnd = m.end;
          segStart = m.end;
          continue;
        }
        addInner(text, inner, segStart, m.start);
        emit(text, out, openStart, m.end, inner);
        openStart = -1;
        inner = new ArrayList<>();
      }
    }
    if (openStart >= 0) {
      int brk = paragraphBreak(text, segStart, text.length());
      int end = brk >= 0 ? brk : text.length();
      addInner(text, inner, segStart, end);
      emit(text, out, openStart, trimEnd(text, end), inner);
    }
    return out;
  }

  /** Whether a span lies inside the quoted text of one of the quotations (found by {@link #find}, in text order). */
  static boolean inside(List<Quoted> quoted, Span s) {
    for (Quoted q : quoted) {
      if (q.outer().start() > s.end()) {
        break;
      }
      for (Span in : q.inner()) {
        if (in.contains(s)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void emit(String text, List<Quoted> out, int start, int end, List<Span> inner) {
    if (!inner.isEmpty() && end > start) {
      out.add(new Quoted(new Span(start, end), List.copyOf(inner)));
    }
  }

  private static void addInner(String text, List<Span> inner, int from, int to) {
    int b = from;
    int e = to;
    while (b < e && space(text.charAt(b))) {
      b++;
    }
    while (e > b && space(text.charAt(e - 1))) {
      e--;
    }
    if (e > b) {
      inner.add(new Span(b, e));
    }
  }

  private static int trimEnd(String text, int e) {
    while (e > 0 && space(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static int firstNonSpace(String text, int i) {
    while (i < text.length() && space(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Offset of the first line break in [from, to), or -1. */
  private static int paragraphBreak(String text, int from, int to) {
    for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        return i;
      }
    }
    return -1;
  }

  /**
   * A closing mark typed where an opening one belongs: at the start of a line, or after a space,
   * and right before a word ("”Mr. Trump embodies ..."), with no quotation open.
   */
  private static boolean looksOpening(String text, Found m) {
    boolean before = m.start == 0 || space(text.charAt(m.start - 1));
    boolean after = m.end < text.length() && (Character.isLetterOrDigit(text.charAt(m.end)) || text.charAt(m.end) == '‘');
    return before && after;
  }

  private static boolean looksClosing(String text, Found m) {
    boolean before = m.start > 0 && !space(text.charAt(m.start - 1));
    boolean after = m.end >= text.length() || space(text.charAt(m.end))
        || ".,;:!?)]}—–-".indexOf(text.charAt(m.end)) >= 0;
    return before && after;
  }

  private static List<Found> marks(String text) {
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '„') {
        out.add(new Found(i, i + 1, Mark.OPEN));
      } else if (c == '”') {
        out.add(new Found(i, i + 1, Mark.CLOSE));
      } else if (c == '"') {
        out.add(new Found(i, i + 1, Mark.EITHER));
      } else if ((c == '\'' || c == '`') && i + 1 < text.length() && text.charAt(i + 1) == c) {
        if (c == '\'' && text.startsWith("'''", i) && i > 0 && !space(text.charAt(i - 1))) {
          i++; // "''… the word 'old-school,''' said Slayton": a single mark closes first, then the double one
        }
        out.add(new Found(i, i + 2, c == '`' ? Mark.OPEN : Mark.EITHER));
        i++;
      }
    }
    return out;
  }

  /** Whitespace, the no-break spaces web text puts around quotation marks included. */
  static boolean space(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
  }
}
