package dev.claimex.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimex} command line. */
@Command(name = "claimex", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Typed claims and attributed quotes from raw English news text.",
    subcommands = {ExtractCommand.class, BenchCommand.class, BaselineCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: extract, bench or baseline");
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit status (0 ok, 1 some documents failed, 2 bad usage). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("claimex: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try 'claimex " + (ex.getCommandLine().getCommandName().equals("claimex") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help'.");
      return 2;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("claimex: " + oneLine(ex));
      if (parseResult.hasMatchedOption("--verbose")) {
        ex.printStackTrace(commandLine.getErr());
      }
      return 2;
    });
    return cl.execute(args);
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage();
    return (m == null || m.isBlank() ? e.getClass().getSimpleName() : m).replace('\n', ' ');
  }
}
