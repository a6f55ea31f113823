package org.strikewatch.extract.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Place;
import org.strikewatch.time.TimeMention;

/** An incident being assembled from the sentences of one report. Mutable; one thread. */
final class Draft {

  final Place place;
  final int placeStart;
  final int placeEnd;
  final int paragraph;
  final int firstSentence;
  @Nullable TimeMention ownTime;
  final List<Facts.WeaponFact> weapons = new ArrayList<>();
  final List<Facts.CasualtyFact> casualties = new ArrayList<>();
  final List<Facts.ActorFact> actors = new ArrayList<>();
  final List<Facts.CueFact> cues = new ArrayList<>();
  final List<Facts.DistanceFact> distances = new ArrayList<>();
  final List<Facts.AttributionFact> attributions = new ArrayList<>();
  final List<Integer> sentences = new ArrayList<>();

  Draft(Place place, int placeStart, int placeEnd, int paragraph, int firstSentence) {
    this.place = place;
    this.placeStart = placeStart;
    this.placeEnd = placeEnd;
    this.paragraph = paragraph;
    this.firstSentence = firstSentence;
  }

  String key() {
    return place.name() + "|" + place.precision() + "|" + place.country() + "|" + place.admin1();
  }

  void absorb(Draft other) {
    if (ownTime == null) {
      ownTime = other.ownTime;
    }
    weapons.addAll(other.weapons);
    casualties.addAll(other.casualties);
    actors.addAll(other.actors);
    cues.addAll(other.cues);
    distances.addAll(other.distances);
    attributions.addAll(other.attributions);
    sentences.addAll(other.sentences);
  }
}
