package dev.claimex.pipeline;

/** What a stage adds to an {@link Analysis}; stages declare the layers they require and provide. */
public enum Layer {
  TOKENS, SENTENCES, REGIONS, LANGUAGE, NAME_TAGS, NAMED_ENTITIES, TIME_EXPRESSIONS, ENTITIES,
  POS_TAGS, DEPENDENCIES, QUOTES, CLAIMS
}
