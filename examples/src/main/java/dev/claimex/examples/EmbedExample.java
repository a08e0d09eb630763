package dev.claimex.examples;

import dev.claimex.Claimex;
import dev.claimex.api.Document;
import dev.claimex.api.EntityType;
import dev.claimex.api.Metadata;
import dev.claimex.pipeline.Pipeline;
import java.time.LocalDate;

/**
 * Embeds Claimex in a program: build the pipeline once, process a text with its publication date,
 * print the people, places and dates it found. Run it with
 * {@code mvn -q -pl examples exec:java -Dexec.mainClass=dev.claimex.examples.EmbedExample}
 * after {@code mvn -q -B install -DskipTests}.
 */
public final class EmbedExample {
  private EmbedExample() {}

  public static void main(String[] args) {
    String text = "Mayor Sarah Collins said on Tuesday that the flood barrier in Hamburg had failed. "
        + "Engineers from Rotterdam will inspect it next week, Collins told reporters.";

    Pipeline claimex = Claimex.pipeline();   // loads every model once: build one, share it between threads
    Document doc = claimex.process(text, Metadata.of("hamburg-1", LocalDate.parse("2025-03-12")));
    doc.entities().stream().filter(e -> e.type() == EntityType.PERSON)
        .forEach(e -> System.out.println("person  " + e.name()));
    doc.entities().stream().filter(e -> e.type() == EntityType.LOCATION)
        .forEach(e -> System.out.println("place   " + e.name()));
    doc.mentions().stream().filter(m -> m.type().isTemporal())
        .forEach(m -> System.out.println("date    " + m.text() + " = " + m.value().orElse("?")));
  }
}
