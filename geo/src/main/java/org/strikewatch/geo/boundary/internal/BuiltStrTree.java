package org.strikewatch.geo.boundary.internal;

import org.locationtech.jts.index.strtree.STRtree;

/**
 * A JTS {@link STRtree} that, once built, is queried without taking its lock. JTS calls its
 * synchronized {@code build()} at the start of every query and nearest-neighbour search; built
 * trees never change, but the lock is still taken, so threads querying one tree pass its monitor
 * between cores on every look-up. Build it (or insert nothing more) before sharing it.
 */
public final class BuiltStrTree extends STRtree {

  private volatile boolean ready;

  @Override
  public void build() {
    if (ready) {
      return;
    }
    super.build();
    ready = true;
  }
}
