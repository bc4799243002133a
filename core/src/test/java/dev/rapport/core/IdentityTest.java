package dev.rapport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The identity of the typed ids, whose {@code equals} and {@code hashCode} are written out (not
 * left to the record), and the tie-breaks of {@link Relation#STRONGEST_FIRST}.
 */
class IdentityTest {

  static Stream<Named<Function<String, EntityId<?>>>> kinds() {
    return Stream.of(
        Named.of("need", NeedId::of),
        Named.of("sign", SignId::of),
        Named.of("cause", CauseId::of),
        Named.of("intervention", InterventionId::of),
        Named.of("scenario", ScenarioId::of));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void equals_sameSlug_isEqualWithTheSlugsHashCode(Function<String, EntityId<?>> id) {
    EntityId<?> one = id.apply("being-heard");
    EntityId<?> same = id.apply(new String("being-heard"));

    assertEquals(one, same);
    assertEquals("being-heard".hashCode(), one.hashCode());
    assertEquals(one.hashCode(), same.hashCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void equals_otherSlugOrOtherKind_isNotEqual(Function<String, EntityId<?>> id) {
    EntityId<?> one = id.apply("being-heard");

    assertNotEquals(one, id.apply("quality-time"));
    assertNotEquals("being-heard".hashCode(), id.apply("quality-time").hashCode());
    assertNotEquals(one, "being-heard");
    assertNotEquals(one, null);
    for (Named<Function<String, EntityId<?>>> other : kinds().toList()) {
      EntityId<?> sameSlug = other.getPayload().apply("being-heard");
      if (sameSlug.getClass() != one.getClass()) {
        assertNotEquals(one, sameSlug, other.getName());
      }
    }
  }

  @Test
  void strongestFirst_sameWeightAndEnd_ordersByStart() {
    Relation fromLonely =
        new Relation(Fixtures.LONELY, Fixtures.HEARD, 0.5, Grounding.EDITORIAL, List.of());
    Relation fromApart =
        new Relation(Fixtures.APART, Fixtures.HEARD, 0.5, Grounding.EDITORIAL, List.of());
    Relation heavier =
        new Relation(Fixtures.LONELY, Fixtures.TIME, 0.7, Grounding.EDITORIAL, List.of());
    Relation otherEnd =
        new Relation(Fixtures.APART, Fixtures.TIME, 0.5, Grounding.EDITORIAL, List.of());

    List<Relation> sorted = new ArrayList<>(List.of(otherEnd, fromLonely, heavier, fromApart));
    sorted.sort(Relation.STRONGEST_FIRST);

    assertEquals(List.of(heavier, fromApart, fromLonely, otherEnd), sorted);
    assertEquals(0, Relation.STRONGEST_FIRST.compare(fromLonely, fromLonely));
  }
}
