package dev.claimex.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What the caller knows about a document besides its text. Everything is optional. */
public record Metadata(Optional<String> id, Optional<LocalDate> published, Optional<String> outlet,
                       Optional<String> url) {
  public static final Metadata EMPTY = new Metadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public Metadata {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(url, "url");
  }

  public static Metadata of(String id, LocalDate published) {
    return new Metadata(Optional.ofNullable(id), Optional.ofNullable(published), Optional.empty(), Optional.empty());
  }

  public Metadata withId(String newId) {
    return new Metadata(Optional.of(newId), published, outlet, url);
  }

  public Metadata withPublished(LocalDate date) {
    return new Metadata(id, Optional.of(date), outlet, url);
  }
}
