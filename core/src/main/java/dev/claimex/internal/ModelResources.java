package dev.claimex.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.Hashing;
import dev.claimex.api.ModelInfo;
import dev.claimex.pipeline.ModelLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads Claimex's own models and lexicons from the {@code claimex-models} jar: each resource
 * {@code dev/claimex/models/<dir>/<name>.model.json} describes a file beside it (name, version,
 * sha256, training data). A missing file or a checksum that does not match fails loudly.
 */
public final class ModelResources {
  private static final String ROOT = "/dev/claimex/models/";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A loaded resource: its bytes and its descriptor. */
  public record Loaded(ModelInfo info, JsonNode descriptor, byte[] bytes) {
    /** The file as UTF-8 lines, without blank lines and '#' comments, trimmed. */
    public List<String> lines() {
      List<String> out = new ArrayList<>();
      for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
      return out;
    }
  }

  private ModelResources() {}

  /** Loads {@code dev/claimex/models/<path>.model.json} and the file it describes. */
  public static Loaded load(String path) {
    String descriptorPath = ROOT + path + ".model.json";
    JsonNode desc;
    try (InputStream in = ModelResources.class.getResourceAsStream(descriptorPath)) {
      if (in == null) {
        throw new ModelLoadException("model descriptor '" + descriptorPath
            + "' not found on the classpath: is claimex-models on it?");
      }
      desc = JSON.readTree(in);
    } catch (IOException e) {
      throw new ModelLoadException("cannot read model descriptor '" + descriptorPath + "': " + e.getMessage(), e);
    }
    String dir = descriptorPath.substring(0, descriptorPath.lastIndexOf('/') + 1);
    String file = dir + desc.path("file").asText();
    byte[] bytes;
    try (InputStream in = ModelResources.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new ModelLoadException("model file '" + file + "' named by '" + descriptorPath + "' not found");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new ModelLoadException("cannot read model file '" + file + "': " + e.getMessage(), e);
    }
    String want = desc.path("sha256").asText();
    String got = Hashing.sha256().hashBytes(bytes).toString();
    if (!want.equals(got)) {
      throw new ModelLoadException("model file '" + file + "' has sha256 " + got + " but its descriptor says '"
          + want + "': the resource is corrupt or the descriptor stale (run models/tools/checksums.py)");
    }
    ModelInfo info = new ModelInfo(desc.path("name").asText(path), desc.path("version").asText("unknown"),
        "dev.claimex:claimex-models");
    return new Loaded(info, desc, bytes);
  }
}
