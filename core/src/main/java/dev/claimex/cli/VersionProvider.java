package dev.claimex.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"claimex " + dev.claimex.pipeline.Pipeline.class.getPackage().getImplementationVersion()};
  }
}
