package dev.claimex.stages.quotes;

import dev.claimex.api.Span;

/**
 * A reporting frame read off one sentence's parse: a cue, its speaker (head token and
 * mention), its content where the sentence holds one, an addressee or channel, and for relayed
 * attribution ("citing an official") the original source. Token indices are sentence-local;
 * a missing part is -1 or null. {@code nominal}: the content is a noun phrase or prepositional
 * object ("denied the report", "called for talks"), not a clause.
 */
record Frame(DepParse parse, int cue, Span cueSpan, int speakerHead, Span speakerSpan, Span content,
             Span channel, int sourceHead, Span sourceSpan, boolean accordingTo, boolean nominal) {
  boolean hasSpeaker() {
    return speakerSpan != null;
  }

  /** This frame with another mention of the same speaker. */
  Frame withSpeakerSpan(Span mention) {
    return new Frame(parse, cue, cueSpan, speakerHead, mention, content, channel, sourceHead, sourceSpan, accordingTo,
        nominal);
  }

  /** This frame reporting another content span. */
  Frame withContent(Span other) {
    return new Frame(parse, cue, cueSpan, speakerHead, speakerSpan, other, channel, sourceHead, sourceSpan, accordingTo,
        nominal);
  }

  /** Where the attribution itself ends: the last of cue, speaker and channel. */
  int attributionEnd() {
    int e = cueSpan.end();
    if (speakerSpan != null && (content == null || !content.contains(speakerSpan))) {
      e = Math.max(e, speakerSpan.end());
    }
    if (channel != null) {
      e = Math.max(e, channel.end());
    }
    return e;
  }

  /** Where the attribution starts: the first of cue and speaker. */
  int attributionStart() {
    int s = cueSpan.start();
    if (speakerSpan != null) {
      s = Math.min(s, speakerSpan.start());
    }
    return s;
  }
}
