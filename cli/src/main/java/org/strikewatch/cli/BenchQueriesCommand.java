package org.strikewatch.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.strikewatch.bench.querydb.QueryLatency;
import org.strikewatch.model.Weapon;
import org.strikewatch.store.query.BoundingBox;
import org.strikewatch.store.query.IncidentFilter;
import org.strikewatch.store.query.IncidentQueries;
import org.strikewatch.store.query.IncidentSort;
import org.strikewatch.store.query.QueryOptions;
import org.strikewatch.store.query.StatsRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code strikewatch bench queries}: latency percentiles of typical filtered queries. */
@Command(
    name = "queries",
    mixinStandardHelpOptions = true,
    description = "Time typical filtered stats and listing queries (p50/p95/p99) in process.")
public final class BenchQueriesCommand implements Callable<Integer> {

  @Mixin DbOption database = new DbOption();

  @Option(
      names = "--runs",
      defaultValue = "200",
      paramLabel = "N",
      description = "Measured runs per query (default ${DEFAULT-VALUE}).")
  int runs = 200;

  @Option(
      names = "--warmup",
      defaultValue = "20",
      paramLabel = "N",
      description = "Unmeasured runs first (default ${DEFAULT-VALUE}).")
  int warmup = 20;

  @Option(
      names = "--memory-index",
      description =
          "Answer from the in-memory index (as serve does) instead of SQL; its read time is"
              + " printed.")
  boolean memoryIndex;

  @Option(
      names = "--rendered-rows",
      defaultValue = "0",
      paramLabel = "N",
      description =
          "Listing items the in-memory index keeps rendered, as serve does (default"
              + " ${DEFAULT-VALUE}).")
  int renderedRows;

  private static final List<String> REGIONS =
      List.of(
          "Belgorod Oblast",
          "Kursk Oblast",
          "Kharkiv Oblast",
          "Sumy Oblast",
          "Donetsk Oblast",
          "Zaporizhzhia Oblast");

  @Override
  public Integer call() {
    Random r = new Random(7);
    long t0 = System.nanoTime();
    try (IncidentQueries q =
        database.openQueries(
            QueryOptions.DEFAULTS
                .withReaders(2)
                .withMemoryIndex(memoryIndex)
                .withRenderedRows(renderedRows))) {
      if (memoryIndex) {
        System.out.printf("in-memory index read in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      }
      System.out.println(
          "database: " + q.describe() + ", incidents: " + q.count(IncidentFilter.ALL));
      print(
          QueryLatency.measure(
              "stats month, admin1 + one year",
              warmup,
              runs,
              () -> {
                int year = 2022 + r.nextInt(4);
                return q.stats(
                    IncidentFilter.builder()
                        .admin1(REGIONS.get(r.nextInt(REGIONS.size())))
                        .from(LocalDate.of(year, 1, 1))
                        .to(LocalDate.of(year, 12, 31))
                        .build(),
                    new StatsRequest(StatsRequest.Bucket.MONTH, null));
              }));
      print(
          QueryLatency.measure(
              "stats week, own territory, RU, 2 months",
              warmup,
              runs,
              () -> {
                LocalDate from = LocalDate.of(2022, 3, 1).plusMonths(r.nextInt(44));
                return q.stats(
                    IncidentFilter.builder()
                        .ownTerritory(true)
                        .launchedBy("RU")
                        .from(from)
                        .to(from.plusMonths(2).minusDays(1))
                        .build(),
                    new StatsRequest(StatsRequest.Bucket.WEEK, null));
              }));
      print(
          QueryLatency.measure(
              "stats month by weapon, admin1, 1 quarter",
              warmup,
              runs,
              () -> {
                LocalDate from = LocalDate.of(2022, 4, 1).plusMonths(3L * r.nextInt(14));
                return q.stats(
                    IncidentFilter.builder()
                        .admin1(REGIONS.get(r.nextInt(REGIONS.size())))
                        .from(from)
                        .to(from.plusMonths(3).minusDays(1))
                        .build(),
                    new StatsRequest(StatsRequest.Bucket.MONTH, StatsRequest.Group.WEAPON));
              }));
      print(
          QueryLatency.measure(
              "stats month, drone, country RU, all time",
              warmup,
              Math.max(20, runs / 10),
              () ->
                  q.stats(
                      IncidentFilter.builder().country("RU").weapon(Weapon.DRONE).build(),
                      new StatsRequest(StatsRequest.Bucket.MONTH, null))));
      print(
          QueryLatency.measure(
              "incidents bbox 0.5°, newest 50",
              warmup,
              runs,
              () -> {
                return q.find(
                    IncidentFilter.builder().bbox(randomBox(r)).build(),
                    IncidentSort.NEWEST,
                    50,
                    null);
              }));
      print(
          QueryLatency.measure(
              "incidents bbox 0.5°, newest 50, as JSON",
              warmup * 10,
              runs * 10,
              () -> {
                return q.findJson(
                    IncidentFilter.builder().bbox(randomBox(r)).build(),
                    IncidentSort.NEWEST,
                    50,
                    null);
              }));
    }
    return 0;
  }

  private static void print(QueryLatency.Result r) {
    System.out.println(r);
  }

  /** A random 0.5° box over eastern Ukraine and the bordering Russian regions. */
  private static BoundingBox randomBox(Random r) {
    double lat = 46.5 + r.nextDouble() * 6;
    double lon = 30 + r.nextDouble() * 9;
    return new BoundingBox(lon, lat, lon + 0.5, lat + 0.5);
  }
}
