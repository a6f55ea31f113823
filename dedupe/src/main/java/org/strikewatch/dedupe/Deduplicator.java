package org.strikewatch.dedupe;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Clusters incident mentions into strikes. The result depends only on the set of mentions and
 * constraints, never on their order.
 */
public interface Deduplicator {

  /**
   * Groups the mentions into merged incidents, honouring the user's cannot-link decisions. Every
   * mention ends up in exactly one merged incident; the list is ordered by first source.
   */
  List<MergedIncident> deduplicate(Collection<Mention> mentions, Set<CannotLink> constraints);

  /**
   * The mentions among {@code candidates} that {@code mention} could merge with directly (used to
   * grow the neighbourhood a stored database must re-cluster around new mentions).
   */
  List<Mention> linkable(Mention mention, Collection<Mention> candidates);
}
