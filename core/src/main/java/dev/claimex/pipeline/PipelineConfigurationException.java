package dev.claimex.pipeline;

/** The pipeline cannot be built: stages out of order, a requirement nobody provides, a model missing. */
public class PipelineConfigurationException extends RuntimeException {
  public PipelineConfigurationException(String message) {
    super(message);
  }

  public PipelineConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
