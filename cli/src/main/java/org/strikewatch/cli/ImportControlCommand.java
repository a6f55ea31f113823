package org.strikewatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.strikewatch.geo.boundary.DataDir;
import org.strikewatch.geo.control.ControlImport;
import org.strikewatch.geo.control.SupplementLocator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code strikewatch data import-control FILE}: stores a control layer under the data dir. */
@Command(
    name = "import-control",
    mixinStandardHelpOptions = true,
    description =
        "Import a control layer: GeoJSON with validFrom/validTo, a dated snapshot (DeepStateMap),"
            + " or CSV place_id,date,status.")
public final class ImportControlCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "the layer file (.geojson/.json/.csv)")
  Path file = Path.of("");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Path data = DataDir.require();
    ControlImport.Result r;
    try {
      r = ControlImport.importFile(file, data, new SupplementLocator());
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    spec.commandLine()
        .getOut()
        .println(
            (r.alreadyImported() ? "already imported as " : "imported as ")
                + r.storedAs()
                + " ("
                + r.kind()
                + ", "
                + r.features()
                + " features)");
    return 0;
  }
}
