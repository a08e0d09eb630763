package dev.claimex.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimex.api.Claim;
import dev.claimex.api.Document;
import dev.claimex.api.Entity;
import dev.claimex.api.EntityMention;
import dev.claimex.api.ModelInfo;
import dev.claimex.api.Quote;
import dev.claimex.api.QuoteKind;
import dev.claimex.api.Region;
import dev.claimex.api.Sentence;
import dev.claimex.api.Span;
import dev.claimex.api.Speaker;
import dev.claimex.api.TextSpan;
import dev.claimex.api.Token;
import dev.claimex.api.Warning;
import dev.claimex.pipeline.Result;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes documents and failures as JSON (one object per document, for JSON Lines). The data
 * model stays free of JSON concerns; this class owns the field names, which the evaluation kit
 * and users' scripts rely on. Thread-safe.
 */
public final class DocumentJson {
  /**
   * What to include besides the always-present fields, and which kinds of quotes to list (a claim
   * keeps its claimant when its quote is left out, but then names no quote).
   */
  public record Options(boolean text, boolean tokens, Set<QuoteKind> quoteKinds) {
    public static final Options DEFAULT = new Options(true, false);

    public Options {
      if (quoteKinds.isEmpty()) {
        throw new IllegalArgumentException("quoteKinds is empty: name at least one kind of quote to list");
      }
      quoteKinds = Collections.unmodifiableSet(EnumSet.copyOf(quoteKinds));
    }

    /** Every kind of quote. */
    public Options(boolean text, boolean tokens) {
      this(text, tokens, EnumSet.allOf(QuoteKind.class));
    }
  }

  private final ObjectMapper mapper = new ObjectMapper();
  private final Options options;

  public DocumentJson(Options options) {
    this.options = options;
  }

  public DocumentJson() {
    this(Options.DEFAULT);
  }

  /** One line of JSON (no line break) for a batch result. */
  public String line(Result result) {
    ObjectNode node = result instanceof Result.Success ok ? toJson(ok.document()) : failure((Result.Failure) result);
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a JSON tree", e);
    }
  }

  public ObjectNode failure(Result.Failure f) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", f.id());
    ObjectNode err = n.putObject("error");
    err.put("stage", f.stage());
    err.put("message", f.message());
    return n;
  }

  public ObjectNode toJson(Document d) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", d.id());
    d.published().ifPresentOrElse(p -> n.put("published", p.toString()), () -> n.putNull("published"));
    d.metadata().outlet().ifPresent(o -> n.put("outlet", o));
    d.metadata().url().ifPresent(u -> n.put("url", u));
    d.language().ifPresent(l -> {
      ObjectNode ln = n.putObject("language");
      ln.put("code", l.code());
      ln.put("confidence", round(l.confidence()));
    });
    if (options.text()) {
      n.put("text", d.text());
    }
    ArrayNode sentences = n.putArray("sentences");
    for (Sentence s : d.sentences()) {
      ObjectNode sn = span(sentences.addObject(), s.span());
      sn.put("firstToken", s.tokens().start());
      sn.put("endToken", s.tokens().end());
    }
    if (options.tokens()) {
      ArrayNode tokens = n.putArray("tokens");
      for (Token t : d.tokens()) {
        span(tokens.addObject().put("text", t.text()), t.span());
      }
    }
    ArrayNode regions = n.putArray("regions");
    for (Region r : d.regions()) {
      span(regions.addObject().put("kind", r.kind().name()), r.span());
    }
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : d.entities()) {
      byId.put(e.id(), e);
    }
    ArrayNode entities = n.putArray("entities");
    for (EntityMention m : d.mentions()) {
      ObjectNode mn = entities.addObject();
      mn.put("id", m.id());
      mn.put("type", m.type().name());
      mn.put("text", m.text());
      span(mn, m.span());
      m.entityId().map(byId::get).ifPresent(e -> {
        mn.put("name", e.name());
        mn.put("entity", e.id());
      });
      m.value().ifPresent(v -> mn.put("value", v));
    }
    ArrayNode groups = n.putArray("canonicalEntities");
    for (Entity e : d.entities()) {
      ObjectNode en = groups.addObject();
      en.put("id", e.id());
      en.put("type", e.type().name());
      en.put("name", e.name());
      ArrayNode ms = en.putArray("mentions");
      e.mentionIds().forEach(ms::add);
    }
    ArrayNode quotes = n.putArray("quotes");
    Set<String> listed = new HashSet<>();
    for (Quote q : d.quotes()) {
      if (options.quoteKinds().contains(q.kind())) {
        quote(quotes.addObject(), q);
        listed.add(q.id());
      }
    }
    ArrayNode claims = n.putArray("claims");
    for (Claim c : d.claims()) {
      claim(claims.addObject(), c, listed);
    }
    ArrayNode warnings = n.putArray("warnings");
    for (Warning w : d.warnings()) {
      warnings.addObject().put("stage", w.stage()).put("code", w.code()).put("message", w.message());
    }
    ObjectNode prov = n.putObject("provenance");
    prov.put("claimex", d.provenance().libraryVersion());
    ArrayNode st = prov.putArray("stages");
    d.provenance().stages().forEach(st::add);
    ArrayNode models = prov.putArray("models");
    for (ModelInfo m : d.provenance().models()) {
      models.addObject().put("name", m.name()).put("version", m.version()).put("source", m.source());
    }
    return n;
  }

  private void quote(ObjectNode qn, Quote q) {
    qn.put("id", q.id());
    qn.put("kind", q.kind().name());
    span(qn, q.content());
    qn.put("text", q.text());
    ArrayNode frags = qn.putArray("fragments");
    for (Span f : q.fragments()) {
      span(frags.addObject(), f);
    }
    q.speaker().ifPresent(s -> speaker(qn.putObject("speaker"), s));
    q.cue().ifPresent(c -> textSpan(qn.putObject("cue"), c));
    q.channel().ifPresent(c -> textSpan(qn.putObject("channel"), c));
    qn.put("confidence", round(q.confidence()));
  }

  private void claim(ObjectNode cn, Claim c, Set<String> listedQuotes) {
    cn.put("id", c.id());
    cn.put("type", c.type().name());
    span(cn, c.span());
    cn.put("text", c.text());
    cn.put("confidence", round(c.confidence()));
    c.claimant().ifPresentOrElse(s -> speaker(cn.putObject("claimant"), s),
        () -> cn.putObject("claimant").put("type", "AUTHOR"));
    c.quoteId().filter(listedQuotes::contains).ifPresent(q -> cn.put("quote", q));
    ArrayNode ms = cn.putArray("mentions");
    c.mentionIds().forEach(ms::add);
    c.time().ifPresent(t -> cn.put("time", t));
    ArrayNode hedges = cn.putArray("hedges");
    for (TextSpan h : c.hedges()) {
      textSpan(hedges.addObject(), h);
    }
    cn.put("polarity", c.polarity().name());
    cn.put("checkworthiness", round(c.checkworthiness()));
  }

  private void speaker(ObjectNode sn, Speaker s) {
    sn.put("type", s.type().name());
    textSpan(sn, s.mention());
    s.name().ifPresent(v -> sn.put("name", v));
    s.entityId().ifPresent(v -> sn.put("entity", v));
    s.source().ifPresent(src -> speaker(sn.putObject("source"), src));
  }

  private static ObjectNode textSpan(ObjectNode n, TextSpan t) {
    n.put("text", t.text());
    return span(n, t.span());
  }

  private static ObjectNode span(ObjectNode n, Span s) {
    n.put("start", s.start());
    n.put("end", s.end());
    return n;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
